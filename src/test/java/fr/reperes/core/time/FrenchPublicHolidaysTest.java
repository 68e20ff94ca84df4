package fr.reperes.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static fr.reperes.core.time.FrenchPublicHoliday.ALL_SAINTS_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.ARMISTICE_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.ASCENSION_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.ASSUMPTION_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.BASTILLE_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.CHRISTMAS_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.EASTER_MONDAY;
import static fr.reperes.core.time.FrenchPublicHoliday.LABOUR_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.NEW_YEARS_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.VICTORY_IN_EUROPE_DAY;
import static fr.reperes.core.time.FrenchPublicHoliday.WHIT_MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The eleven jours fériés of C. trav. L.3133-1, as the delays of CPC 642 see them. */
class FrenchPublicHolidaysTest {

    private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theElevenPublicHolidaysOf2026WithTheirNamesInTheCodeDuTravail() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(d("2026-01-01"), "1er janvier");
        expected.put(d("2026-04-06"), "lundi de Pâques");
        expected.put(d("2026-05-01"), "1er mai");
        expected.put(d("2026-05-08"), "8 mai");
        expected.put(d("2026-05-14"), "Ascension");
        expected.put(d("2026-05-25"), "lundi de Pentecôte");
        expected.put(d("2026-07-14"), "14 juillet");
        expected.put(d("2026-08-15"), "Assomption");
        expected.put(d("2026-11-01"), "Toussaint");
        expected.put(d("2026-11-11"), "11 novembre");
        expected.put(d("2026-12-25"), "Noël");

        Map<LocalDate, String> actual = new LinkedHashMap<>();
        HOLIDAYS.publicHolidays(2026).forEach((date, holiday) -> actual.put(date, holiday.frenchName()));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    /** Easter Sundays from published calendars; the holidays that follow them are computed by the library. */
    @ParameterizedTest(name = "Pâques {0} le {1} : lundi de Pâques, Ascension, lundi de Pentecôte")
    @CsvSource({
            "2024, 2024-03-31, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-20, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-05, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-28, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-16, 2028-04-17, 2028-05-25, 2028-06-05",
            "2029, 2029-04-01, 2029-04-02, 2029-05-10, 2029-05-21",
            "2030, 2030-04-21, 2030-04-22, 2030-05-30, 2030-06-10"})
    void easterBasedHolidaysFollowTheKnownEasterSunday(int year, LocalDate easter, LocalDate easterMonday,
                                                       LocalDate ascension, LocalDate whitMonday) {
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(HOLIDAYS.isPublicHoliday(easter)).as("Pâques est un dimanche, pas un jour férié de la liste")
                .isFalse();
        assertThat(HOLIDAYS.publicHoliday(easterMonday)).contains(EASTER_MONDAY);
        assertThat(HOLIDAYS.publicHoliday(ascension)).contains(ASCENSION_DAY);
        assertThat(HOLIDAYS.publicHoliday(whitMonday)).contains(WHIT_MONDAY);
        assertThat(easterMonday).isEqualTo(easter.plusDays(1));
        assertThat(ascension).isEqualTo(easter.plusDays(39));
        assertThat(whitMonday).isEqualTo(easter.plusDays(50));
        assertThat(HOLIDAYS.publicHolidays(year)).hasSize(11);
    }

    @ParameterizedTest(name = "{0} : les jours fériés à date fixe")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void fixedHolidaysFallOnTheSameDateEveryYear(int year) {
        Map<MonthDay, FrenchPublicHoliday> fixed = Map.of(
                MonthDay.of(1, 1), NEW_YEARS_DAY, MonthDay.of(5, 1), LABOUR_DAY,
                MonthDay.of(5, 8), VICTORY_IN_EUROPE_DAY, MonthDay.of(7, 14), BASTILLE_DAY,
                MonthDay.of(8, 15), ASSUMPTION_DAY, MonthDay.of(11, 1), ALL_SAINTS_DAY,
                MonthDay.of(11, 11), ARMISTICE_DAY, MonthDay.of(12, 25), CHRISTMAS_DAY);
        fixed.forEach((day, holiday) -> assertThat(HOLIDAYS.publicHoliday(day.atYear(year))).contains(holiday));
    }

    @Test
    void everyYearHasItsElevenHolidaysAndNoneTheCodeDoesNotList() {
        // Loading maps every holiday the library returns to one of ours, or fails: a library update cannot slip in
        // a day C. trav. L.3133-1 does not list.
        Set<Integer> ascensionOnAFixedHoliday = Set.of(2008, 2059, 2070, 2081, 2092);
        IntStream.rangeClosed(2008, 2100).forEach(year -> assertThat(HOLIDAYS.publicHolidays(year)).as("%d", year)
                .hasSize(ascensionOnAFixedHoliday.contains(year) ? 10 : 11));
    }

    @Test
    void whenAscensionFallsOnFirstOrEighthMayTheDayIsNamedAfterTheFixedHoliday() {
        assertThat(HOLIDAYS.publicHoliday(d("2008-05-01"))).contains(LABOUR_DAY);
        assertThat(HOLIDAYS.isWorkingDay(d("2008-05-01"))).isFalse();
        assertThat(HOLIDAYS.publicHoliday(d("2059-05-08"))).contains(VICTORY_IN_EUROPE_DAY);
    }

    @Test
    void whitMondayStaysAPublicHolidayDespiteTheJourneeDeSolidarite() {
        assertThat(HOLIDAYS.isWorkingDay(d("2026-05-25"))).isFalse();
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-05-25")).orElseThrow().reason()).isEqualTo("lundi de Pentecôte");
    }

    @Test
    void alsaceMoselleLocalHolidaysAreNotNationalOnes() {
        assertThat(HOLIDAYS.isPublicHoliday(d("2026-04-03"))).as("Vendredi saint").isFalse();
        assertThat(HOLIDAYS.isPublicHoliday(d("2026-12-26"))).as("26 décembre").isFalse();
        assertThat(HOLIDAYS.isWorkingDay(d("2026-04-03"))).isTrue();
    }

    @Test
    void saturdaySundayAndHolidaysAreNotWorkingDaysMondayToFridayAre() {
        assertThat(HOLIDAYS.isWorkingDay(d("2026-12-11"))).as("vendredi").isTrue();
        assertThat(HOLIDAYS.isWorkingDay(d("2026-12-14"))).as("lundi").isTrue();
        assertThat(HOLIDAYS.isWorkingDay(d("2026-12-12"))).as("samedi").isFalse();
        assertThat(HOLIDAYS.isWorkingDay(d("2026-12-13"))).as("dimanche").isFalse();
        assertThat(HOLIDAYS.isWorkingDay(d("2026-07-14"))).as("14 juillet, un mardi").isFalse();
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-12-11"))).isEmpty();
    }

    @Test
    void theReasonADayIsNotWorkedNamesTheHolidayOrTheWeekendDay() {
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-12-12")).orElseThrow().reason()).isEqualTo("samedi");
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-12-13")).orElseThrow().reason()).isEqualTo("dimanche");
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-04-06")).orElseThrow().reason()).isEqualTo("lundi de Pâques");
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-11-01")).orElseThrow().reason())
                .as("la Toussaint 2026 tombe un dimanche").isEqualTo("Toussaint");
        assertThat(HOLIDAYS.nonWorkingDay(d("2026-08-15")).orElseThrow().holiday()).contains(ASSUMPTION_DAY);
    }
}
