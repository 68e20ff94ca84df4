package fr.reperes.core.time;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;

import static fr.reperes.core.time.Extension.EXTENDED;
import static fr.reperes.core.time.Extension.NOT_EXTENDED;
import static fr.reperes.core.time.Extension.UNCERTAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delays in days and months: CPC 640 (from the act), 641 (how days and months count), 642 (24:00, extension). */
class DayDelaysTest {

    private static final LegalDelays DELAYS = new LegalDelays(new FrenchPublicHolidays());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static String reasons(DayDeadline deadline) {
        return String.join(", ", deadline.nonWorkingDaysAtEnd().stream().map(NonWorkingDay::reason).toList());
    }

    @Nested
    class Cpc641DaysAndMonths {

        @Test
        void theDayOfTheNotificationDoesNotCount() {
            assertThat(DELAYS.days(d("2026-12-01"), 1, EXTENDED).nominalLastDay()).isEqualTo(d("2026-12-02"));
        }

        @Test
        void tenDayAppealNotifiedTuesday1December2026EndsFriday11DecemberAtMidnight() {
            DayDeadline appeal = DELAYS.days(d("2026-12-01"), 10, EXTENDED);

            assertThat(appeal.nominalLastDay()).isEqualTo(d("2026-12-11"));
            assertThat(appeal.legalLastDay()).isEqualTo(d("2026-12-11"));
            assertThat(appeal.legalEnd()).isEqualTo(ZonedDateTime.parse("2026-12-12T00:00+01:00[Europe/Paris]"));
            assertThat(appeal.extended()).isFalse();
            assertThat(appeal.nonWorkingDaysAtEnd()).isEmpty();
            assertThat(appeal.cautiousLastDay()).isEqualTo(d("2026-12-11"));
        }

        @ParameterizedTest(name = "{0} + {1} mois = {2}")
        @CsvSource({
                "2026-01-15, 1, 2026-02-15",
                "2027-01-31, 1, 2027-02-28",
                "2028-01-31, 1, 2028-02-29",
                "2026-08-31, 1, 2026-09-30",
                "2026-03-31, 6, 2026-09-30",
                "2028-02-29, 12, 2029-02-28",
                "2026-10-31, 2, 2026-12-31"})
        void aDelayInMonthsEndsOnTheSameNumberedDayOrTheLastDayOfAShorterMonth(LocalDate start, int months,
                                                                                 LocalDate lastDay) {
            assertThat(DELAYS.months(start, months, NOT_EXTENDED).nominalLastDay()).isEqualTo(lastDay);
        }

        @Test
        void thirtyFirstJanuary2026PlusOneMonthIsSaturday28FebruaryExtendedToMonday2March() {
            DayDeadline deadline = DELAYS.months(d("2026-01-31"), 1, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(d("2026-02-28"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-03-02"));
            assertThat(reasons(deadline)).isEqualTo("samedi, dimanche");
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-02-27"));
        }

        @Test
        void monthsAreCountedFirstThenDays() {
            DayDeadline deadline = DELAYS.delay(d("2026-01-31"), Period.of(0, 1, 2), EXTENDED);

            assertThat(deadline.nominalLastDay()).as("28 février puis 2 jours").isEqualTo(d("2026-03-02"));
        }

        @Test
        void aYearIsTwelveMonths() {
            assertThat(DELAYS.delay(d("2028-02-29"), Period.ofYears(1), EXTENDED).nominalLastDay())
                    .isEqualTo(d("2029-02-28"));
        }

        @Test
        void aDelayLastsAtLeastOneDay() {
            assertThatThrownBy(() -> DELAYS.days(d("2026-12-01"), 0, EXTENDED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DELAYS.days(d("2026-12-01"), -3, EXTENDED))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Cpc642ExtensionToTheNextWorkingDay {

        @Test
        void aTenDayDelayEndingOnSaturdayRunsToMonday() {
            DayDeadline deadline = DELAYS.days(d("2026-12-02"), 10, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(d("2026-12-12"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-12-14"));
            assertThat(deadline.extended()).isTrue();
            assertThat(reasons(deadline)).isEqualTo("samedi, dimanche");
            assertThat(deadline.legalEnd()).isEqualTo(ZonedDateTime.parse("2026-12-15T00:00+01:00[Europe/Paris]"));
            assertThat(deadline.cautiousLastDay()).as("le vendredi, sans compter sur la prorogation")
                    .isEqualTo(d("2026-12-11"));
        }

        @Test
        void aDelayEndingOnSundayRunsToMonday() {
            DayDeadline deadline = DELAYS.days(d("2026-12-03"), 10, EXTENDED);

            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-12-14"));
            assertThat(reasons(deadline)).isEqualTo("dimanche");
        }

        @Test
        void aDelayEndingOnSaturdayBeforeWhitMondayRunsToTuesday() {
            DayDeadline deadline = DELAYS.days(d("2026-05-13"), 10, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(d("2026-05-23"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-05-26"));
            assertThat(reasons(deadline)).isEqualTo("samedi, dimanche, lundi de Pentecôte");
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-05-22"));
        }

        /** 2026, a delay of 10 days whose nominal last day is the holiday. */
        @ParameterizedTest(name = "se terminant le {1} ({2}) : prorogé au {3}, agir au plus tard le {4}")
        @CsvSource(delimiter = ';', value = {
                "2026-03-27; 2026-04-06; lundi de Pâques;            2026-04-07; 2026-04-03",
                "2026-04-21; 2026-05-01; 1er mai, samedi, dimanche;  2026-05-04; 2026-04-30",
                "2026-04-28; 2026-05-08; 8 mai, samedi, dimanche;    2026-05-11; 2026-05-07",
                "2026-05-04; 2026-05-14; Ascension;                  2026-05-15; 2026-05-13",
                "2026-07-04; 2026-07-14; 14 juillet;                 2026-07-15; 2026-07-13",
                "2026-08-05; 2026-08-15; Assomption, dimanche;       2026-08-17; 2026-08-14",
                "2026-10-22; 2026-11-01; Toussaint;                  2026-11-02; 2026-10-30",
                "2026-11-01; 2026-11-11; 11 novembre;                2026-11-12; 2026-11-10",
                "2026-12-15; 2026-12-25; Noël, samedi, dimanche;     2026-12-28; 2026-12-24",
                "2026-12-22; 2027-01-01; 1er janvier, samedi, dimanche; 2027-01-04; 2026-12-31"})
        void aDelayEndingOnAPublicHolidayRunsToTheNextWorkingDay(LocalDate start, LocalDate holiday, String why,
                                                                 LocalDate legalLastDay, LocalDate cautious) {
            DayDeadline deadline = DELAYS.days(start, 10, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(holiday);
            assertThat(deadline.legalLastDay()).isEqualTo(legalLastDay);
            assertThat(reasons(deadline)).isEqualTo(why);
            assertThat(deadline.cautiousLastDay()).isEqualTo(cautious);
        }

        @ParameterizedTest(name = "fin d''année {0} : Noël le {1} → {2}, 1er janvier le {3} → {4}")
        @CsvSource({
                "2024, 2024-12-25, 2024-12-26, 2025-01-01, 2025-01-02",
                "2025, 2025-12-25, 2025-12-26, 2026-01-01, 2026-01-02",
                "2027, 2027-12-25, 2027-12-27, 2028-01-01, 2028-01-03",
                "2028, 2028-12-25, 2028-12-26, 2029-01-01, 2029-01-02",
                "2029, 2029-12-25, 2029-12-26, 2030-01-01, 2030-01-02",
                "2030, 2030-12-25, 2030-12-26, 2031-01-01, 2031-01-02"})
        void yearEndsAcrossSeveralYears(int year, LocalDate christmas, LocalDate afterChristmas, LocalDate newYear,
                                        LocalDate afterNewYear) {
            assertThat(DELAYS.days(christmas.minusDays(10), 10, EXTENDED).legalLastDay()).isEqualTo(afterChristmas);
            assertThat(DELAYS.days(newYear.minusDays(10), 10, EXTENDED).legalLastDay()).isEqualTo(afterNewYear);
        }

        @ParameterizedTest(name = "{0} : lundi de Pâques {1} → {2}, Ascension {3} → {4}, Pentecôte {5} → {6}")
        @CsvSource({
                "2024, 2024-04-01, 2024-04-02, 2024-05-09, 2024-05-10, 2024-05-20, 2024-05-21",
                "2025, 2025-04-21, 2025-04-22, 2025-05-29, 2025-05-30, 2025-06-09, 2025-06-10",
                "2027, 2027-03-29, 2027-03-30, 2027-05-06, 2027-05-07, 2027-05-17, 2027-05-18",
                "2028, 2028-04-17, 2028-04-18, 2028-05-25, 2028-05-26, 2028-06-05, 2028-06-06",
                "2029, 2029-04-02, 2029-04-03, 2029-05-10, 2029-05-11, 2029-05-21, 2029-05-22",
                "2030, 2030-04-22, 2030-04-23, 2030-05-30, 2030-05-31, 2030-06-10, 2030-06-11"})
        void easterBasedHolidaysAcrossSeveralYears(int year, LocalDate easterMonday, LocalDate afterEasterMonday,
                                                   LocalDate ascension, LocalDate afterAscension,
                                                   LocalDate whitMonday, LocalDate afterWhitMonday) {
            assertThat(DELAYS.days(easterMonday.minusDays(10), 10, EXTENDED).legalLastDay())
                    .isEqualTo(afterEasterMonday);
            assertThat(DELAYS.days(ascension.minusDays(10), 10, EXTENDED).legalLastDay()).isEqualTo(afterAscension);
            assertThat(DELAYS.days(whitMonday.minusDays(10), 10, EXTENDED).legalLastDay())
                    .isEqualTo(afterWhitMonday);
        }

        @Test
        void aFourteenJulyOnAFridayCarriesTheDelayOverTheWeekend() {
            DayDeadline deadline = DELAYS.days(d("2028-07-04"), 10, EXTENDED);

            assertThat(deadline.legalLastDay()).isEqualTo(d("2028-07-17"));
            assertThat(reasons(deadline)).isEqualTo("14 juillet, samedi, dimanche");
        }
    }

    @Nested
    class Cpc642EndsAtMidnight {

        @Test
        void actingAt2359OnTheLastDayIsInTimeAndAtMidnightIsLate() {
            DayDeadline appeal = DELAYS.days(d("2026-12-01"), 10, EXTENDED);

            assertThat(appeal.timelinessOf(LocalDateTime.parse("2026-12-11T23:59"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(appeal.timelinessOf(LocalDateTime.parse("2026-12-12T00:00"))).isEqualTo(Timeliness.LATE);
            assertThat(appeal.legalEnd().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-12T00:00"));
        }

        @Test
        void anExtendedDelayIsInTimeOnTheMondayAndLateOnTheTuesday() {
            DayDeadline deadline = DELAYS.days(d("2026-12-02"), 10, EXTENDED);

            assertThat(deadline.timelinessOf(d("2026-12-12"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(d("2026-12-14"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(d("2026-12-15"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void theEndIsMidnightInParisInSummerTimeToo() {
            DayDeadline deadline = DELAYS.days(d("2026-06-30"), 10, EXTENDED);

            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-07-10"));
            assertThat(deadline.legalEnd().toInstant()).isEqualTo(ZonedDateTime.parse("2026-07-10T22:00Z").toInstant());
        }
    }

    @Nested
    class WhereATextExcludesCpc642 {

        @Test
        void aDelayEndingOnSundayStaysOnSunday() {
            DayDeadline deadline = DELAYS.days(d("2026-12-03"), 10, NOT_EXTENDED);

            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-12-13"));
            assertThat(deadline.extended()).isFalse();
            assertThat(reasons(deadline)).as("still says the last day is a Sunday").isEqualTo("dimanche");
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-12-11"));
            assertThat(deadline.timelinessOf(d("2026-12-14"))).isEqualTo(Timeliness.LATE);
        }
    }

    @Nested
    class WhereTheLawIsUnclear {

        @Test
        void bothReadingsAreKeptAndOnlyTheEarlierIsSureToBeInTime() {
            DayDeadline deadline = DELAYS.days(d("2026-12-02"), 10, UNCERTAIN);

            assertThat(deadline.uncertain()).isTrue();
            assertThat(deadline.earliestLegalLastDay()).isEqualTo(d("2026-12-12"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-12-14"));
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-12-11"));
            assertThat(deadline.timelinessOf(d("2026-12-12"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(d("2026-12-13"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(deadline.timelinessOf(d("2026-12-14"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(deadline.timelinessOf(d("2026-12-15"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void onAWorkingDayTheDoubtDoesNotMatter() {
            DayDeadline deadline = DELAYS.days(d("2026-12-01"), 10, UNCERTAIN);

            assertThat(deadline.uncertain()).isFalse();
            assertThat(deadline.legalLastDay()).isEqualTo(deadline.earliestLegalLastDay()).isEqualTo(d("2026-12-11"));
            assertThat(deadline.timelinessOf(d("2026-12-12"))).isEqualTo(Timeliness.LATE);
        }
    }

    @Nested
    class TheCautiousDate {

        @Test
        void isNeverBeforeTheDayAfterTheNotification() {
            // Notified on a Saturday, one day: no working day in the delay; acting on the nominal Sunday is the
            // most the delay itself allows.
            DayDeadline deadline = DELAYS.days(d("2026-12-12"), 1, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(d("2026-12-13"));
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-12-13"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-12-14"));
        }

        @Test
        void skipsAHolidayBeforeTheWeekend() {
            // 1 May 2026 is a Friday: acting "before the weekend" means Thursday 30 April.
            DayDeadline deadline = DELAYS.days(d("2026-04-22"), 10, EXTENDED);

            assertThat(deadline.nominalLastDay()).isEqualTo(d("2026-05-02"));
            assertThat(deadline.cautiousLastDay()).isEqualTo(d("2026-04-30"));
            assertThat(deadline.legalLastDay()).isEqualTo(d("2026-05-04"));
        }
    }

    @Nested
    class CountedBack {

        @Test
        void fifteenDaysBeforeTheEndOfSixMonthsIsNeverExtended() {
            // CSP L.3211-12-1 I 3°: seized at least 15 days before; Sunday 30 August 2026 stays a Sunday.
            assertThat(DELAYS.daysBefore(d("2026-09-14"), 15)).isEqualTo(d("2026-08-30"));
        }

        @Test
        void theWorkingDayOnOrBeforeStepsBackOverWeekendsAndHolidays() {
            assertThat(DELAYS.workingDayOnOrBefore(d("2026-12-27"))).isEqualTo(d("2026-12-24"));
            assertThat(DELAYS.workingDayOnOrBefore(d("2026-05-25"))).as("lundi de Pentecôte").isEqualTo(d("2026-05-22"));
            assertThat(DELAYS.workingDayOnOrBefore(d("2026-11-23"))).isEqualTo(d("2026-11-23"));
        }

        @Test
        void aDelayCountedBackLastsAtLeastOneDay() {
            assertThatThrownBy(() -> DELAYS.daysBefore(d("2026-09-14"), 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
