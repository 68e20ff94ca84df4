package fr.reperes.core.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for any date: thousands of seeded random delays from 2000 to 2100. */
class DelayPropertiesTest {

    private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();
    private static final LegalDelays DELAYS = new LegalDelays(HOLIDAYS);
    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final int SPAN_DAYS = 36_500;

    @Test
    void anyDelayInDaysOrMonthsKeepsTheRulesOfCpc641And642() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 5_000; i++) {
            LocalDate start = FROM.plusDays(random.nextInt(SPAN_DAYS));
            Period length = random.nextBoolean()
                    ? Period.ofDays(1 + random.nextInt(400)) : Period.ofMonths(1 + random.nextInt(24));
            Extension extension = Extension.values()[random.nextInt(Extension.values().length)];
            DayDeadline deadline = DELAYS.delay(start, length, extension);
            String what = start + " + " + length + " " + extension;

            assertThat(deadline.nominalLastDay()).as(what).isAfter(start);
            assertThat(deadline.legalLastDay()).as(what).isAfterOrEqualTo(deadline.nominalLastDay());
            assertThat(deadline.earliestLegalLastDay()).as(what).isAfterOrEqualTo(deadline.nominalLastDay())
                    .isBeforeOrEqualTo(deadline.legalLastDay());
            assertThat(deadline.cautiousLastDay()).as(what).isAfter(start)
                    .isBeforeOrEqualTo(deadline.nominalLastDay()).isBeforeOrEqualTo(deadline.legalLastDay());
            assertThat(deadline.legalEnd()).as(what).isAfterOrEqualTo(deadline.nominalEnd());
            assertThat(deadline.timelinessOf(deadline.legalLastDay())).as(what).isNotEqualTo(Timeliness.LATE);
            assertThat(deadline.timelinessOf(deadline.legalLastDay().plusDays(1))).as(what)
                    .isEqualTo(Timeliness.LATE);
            assertThat(deadline.timelinessOf(deadline.cautiousLastDay())).as(what).isEqualTo(Timeliness.ON_TIME);
            if (extension == Extension.NOT_EXTENDED) {
                assertThat(deadline.legalLastDay()).as(what).isEqualTo(deadline.nominalLastDay());
            }
            if (deadline.extended()) {
                assertThat(HOLIDAYS.isWorkingDay(deadline.legalLastDay())).as(what).isTrue();
                for (LocalDate day = deadline.nominalLastDay(); day.isBefore(deadline.legalLastDay());
                     day = day.plusDays(1)) {
                    assertThat(HOLIDAYS.isWorkingDay(day)).as(what + " skips only days off").isFalse();
                }
            }
            if (deadline.nonWorkingDaysAtEnd().isEmpty()) {
                assertThat(deadline.legalLastDay()).as(what).isEqualTo(deadline.nominalLastDay());
                assertThat(deadline.cautiousLastDay()).as(what).isEqualTo(deadline.nominalLastDay());
            }
            if (HOLIDAYS.isWorkingDay(deadline.cautiousLastDay())) {
                for (LocalDate day = deadline.cautiousLastDay().plusDays(1);
                     !day.isAfter(deadline.nominalLastDay()); day = day.plusDays(1)) {
                    assertThat(HOLIDAYS.isWorkingDay(day)).as(what + " cautious is the last working day").isFalse();
                }
            }
        }
    }

    @Test
    void anyDelayInHoursIsExactlyThatManyElapsedHours() {
        Random random = new Random(20221026L);
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime start = FROM.plusDays(random.nextInt(SPAN_DAYS)).atStartOfDay()
                    .plusMinutes(random.nextInt(24 * 60));
            if (!ParisTime.exists(start)) {
                continue;
            }
            long hours = 1 + random.nextInt(200);
            HourDeadline deadline = DELAYS.hours(start, hours);
            String what = start + " + " + hours + " h";

            assertThat(Duration.between(deadline.earliestStart(), deadline.earliestEnd())).as(what)
                    .isEqualTo(Duration.ofHours(hours));
            assertThat(deadline.latestEnd()).as(what).isAfterOrEqualTo(deadline.earliestEnd());
            assertThat(deadline.exact()).as(what).isEqualTo(!ParisTime.isRepeated(start));
            LocalDateTime lastMinute = deadline.earliestEnd().toLocalDateTime();
            if (ParisTime.exists(lastMinute) && !ParisTime.isRepeated(lastMinute) && deadline.exact()) {
                assertThat(deadline.timelinessOf(lastMinute)).as(what).isEqualTo(Timeliness.ON_TIME);
                assertThat(deadline.timelinessOf(lastMinute.plusMinutes(1))).as(what).isEqualTo(Timeliness.LATE);
            }
        }
    }
}
