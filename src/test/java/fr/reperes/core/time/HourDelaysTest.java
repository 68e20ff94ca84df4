package fr.reperes.core.time;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delays in hours (certificates CSP L.3211-2-2, counted in hours per Cass. 1re civ. 26 Oct 2022 n° 20-22.827; the
 * mayor's 48 h, L.3213-2; isolement and contention, L.3222-5-1; the 24-hour appeal, R.3211-42): elapsed time in
 * Paris, to the minute, never moved to a working day.
 */
class HourDelaysTest {

    private static final LegalDelays DELAYS = new LegalDelays(new FrenchPublicHolidays());

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static ZonedDateTime paris(String iso) {
        return ZonedDateTime.parse(iso);
    }

    @Nested
    class CountedToTheMinute {

        @Test
        void aCertificateWrittenExactly24HoursAfterAdmissionIsInTimeAMinuteLaterItIsLate() {
            HourDeadline certificate = DELAYS.hours(t("2026-11-02T10:00"), 24);

            assertThat(certificate.exact()).isTrue();
            assertThat(certificate.earliestEnd()).isEqualTo(paris("2026-11-03T10:00+01:00[Europe/Paris]"));
            assertThat(certificate.timelinessOf(t("2026-11-03T09:59"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(certificate.timelinessOf(t("2026-11-03T10:00"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(certificate.timelinessOf(t("2026-11-03T10:01"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void aCertificateWrittenAfter28HoursIsLate() {
            assertThat(DELAYS.hours(t("2026-11-02T10:00"), 24).timelinessOf(t("2026-11-03T14:00")))
                    .isEqualTo(Timeliness.LATE);
        }

        @Test
        void fromMidnightTheDelayEndsAtMidnightAndTheMinuteBeforeIsInTime() {
            HourDeadline deadline = DELAYS.hours(t("2026-11-02T00:00"), 24);

            assertThat(deadline.timelinessOf(t("2026-11-02T23:59"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(t("2026-11-03T00:00"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(t("2026-11-03T00:01"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void noWeekendExtension24HoursFromSaturdayEndOnSunday() {
            HourDeadline appeal = DELAYS.hours(t("2026-12-12T15:30"), 24);

            assertThat(appeal.earliestEnd()).isEqualTo(paris("2026-12-13T15:30+01:00[Europe/Paris]"));
            assertThat(appeal.timelinessOf(t("2026-12-14T09:00"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void noHolidayExtensionEither() {
            HourDeadline mayor = DELAYS.hours(t("2026-07-13T09:00"), 48);

            assertThat(mayor.earliestEnd()).as("across 14 July").isEqualTo(paris("2026-07-15T09:00+02:00[Europe/Paris]"));
        }
    }

    @Nested
    class AcrossTheClockChanges {

        @Test
        void lastSundayOfOctober24ElapsedHoursEndAnHourEarlierOnTheClock() {
            HourDeadline certificate = DELAYS.hours(t("2026-10-24T10:00"), 24);

            assertThat(certificate.earliestEnd()).isEqualTo(paris("2026-10-25T09:00+01:00[Europe/Paris]"));
            assertThat(Duration.between(certificate.earliestStart(), certificate.earliestEnd())).hasHours(24);
            assertThat(certificate.timelinessOf(t("2026-10-25T09:00"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(certificate.timelinessOf(t("2026-10-25T09:30")))
                    .as("10:00 on the clock would already be 25 hours").isEqualTo(Timeliness.LATE);
        }

        @Test
        void lastSundayOfMarch24ElapsedHoursEndAnHourLaterOnTheClock() {
            HourDeadline certificate = DELAYS.hours(t("2026-03-28T10:00"), 24);

            assertThat(certificate.earliestEnd()).isEqualTo(paris("2026-03-29T11:00+02:00[Europe/Paris]"));
            assertThat(certificate.timelinessOf(t("2026-03-29T10:30")))
                    .as("only 23 h 30 have elapsed").isEqualTo(Timeliness.ON_TIME);
            assertThat(certificate.timelinessOf(t("2026-03-29T11:01"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void the72HourCertificateAcrossOctober() {
            assertThat(DELAYS.hours(t("2026-10-23T14:00"), 72).earliestEnd())
                    .isEqualTo(paris("2026-10-26T13:00+01:00[Europe/Paris]"));
        }

        @Test
        void theMayors48HoursAcrossMarch() {
            assertThat(DELAYS.hours(t("2026-03-28T20:00"), 48).earliestEnd())
                    .isEqualTo(paris("2026-03-30T21:00+02:00[Europe/Paris]"));
        }

        @Test
        void aStartInTheRepeatedHourOfOctoberGivesTwoPossibleEnds() {
            HourDeadline deadline = DELAYS.hours(t("2026-10-25T02:30"), 24);

            assertThat(deadline.startKnown()).isEqualTo(HourDeadline.StartKnown.REPEATED_HOUR);
            assertThat(deadline.exact()).isFalse();
            assertThat(deadline.earliestStart()).isEqualTo(paris("2026-10-25T02:30+02:00[Europe/Paris]"));
            assertThat(deadline.latestStart()).isEqualTo(paris("2026-10-25T02:30+01:00[Europe/Paris]"));
            assertThat(deadline.earliestEnd()).isEqualTo(paris("2026-10-26T01:30+01:00[Europe/Paris]"));
            assertThat(deadline.latestEnd()).isEqualTo(paris("2026-10-26T02:30+01:00[Europe/Paris]"));
            assertThat(deadline.timelinessOf(t("2026-10-26T01:30"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(deadline.timelinessOf(t("2026-10-26T02:00"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(deadline.timelinessOf(t("2026-10-26T02:31"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void somethingDoneInTheRepeatedHourIsCheckedUnderBothMeanings() {
            // Clocks go back at 03:00 summer time: 02:30 that night is 00:30 or 01:30 UTC.
            HourDeadline endsBefore = DELAYS.hours(t("2026-10-24T01:45"), 24);
            HourDeadline endsBetween = DELAYS.hours(t("2026-10-24T02:40"), 24);
            HourDeadline endsAfter = DELAYS.hours(t("2026-10-24T10:00"), 24);

            assertThat(endsBetween.earliestEnd()).isEqualTo(paris("2026-10-25T02:40+02:00[Europe/Paris]"));
            assertThat(endsBefore.timelinessOf(t("2026-10-25T02:30"))).isEqualTo(Timeliness.LATE);
            assertThat(endsBetween.timelinessOf(t("2026-10-25T02:30"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(endsAfter.timelinessOf(t("2026-10-25T02:30"))).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void aTimeSkippedWhenClocksGoForwardIsRefusedNotMoved() {
            assertThat(ParisTime.exists(t("2026-03-29T02:30"))).isFalse();
            assertThat(ParisTime.exists(t("2026-03-29T03:00"))).isTrue();
            assertThatThrownBy(() -> DELAYS.hours(t("2026-03-29T02:30"), 24))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("n'existe pas à Paris")
                    .hasMessageContaining("2h30 le 29/03/2026");
        }
    }

    @Nested
    class IsolementSevenDayRhythm {

        @Test
        void sevenDaysAre168HoursToTheMinuteAcrossOctober() {
            HourDeadline rhythm = DELAYS.sevenDays(t("2026-10-19T10:00"));

            assertThat(rhythm.earliestEnd()).isEqualTo(paris("2026-10-26T09:00+01:00[Europe/Paris]"));
            assertThat(rhythm.timelinessOf(t("2026-10-26T09:01"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void theSeizure24HoursBeforeIs144Hours() {
            assertThat(DELAYS.hours(t("2026-10-19T10:00"), 144).earliestEnd())
                    .isEqualTo(paris("2026-10-25T09:00+01:00[Europe/Paris]"));
        }

        @Test
        void sevenDaysEndingOnASundayAreNotExtended() {
            assertThat(DELAYS.sevenDays(t("2026-12-06T18:00")).earliestEnd())
                    .isEqualTo(paris("2026-12-13T18:00+01:00[Europe/Paris]"));
        }
    }

    @Nested
    class WhenOnlyTheDayIsKnown {

        @Test
        void theEndLiesBetweenMidnightAnd2359TheNextDay() {
            HourDeadline certificate = DELAYS.hoursFromDay(LocalDate.parse("2026-11-02"), 24);

            assertThat(certificate.startKnown()).isEqualTo(HourDeadline.StartKnown.DAY_ONLY);
            assertThat(certificate.earliestEnd()).isEqualTo(paris("2026-11-03T00:00+01:00[Europe/Paris]"));
            assertThat(certificate.latestEnd()).isEqualTo(paris("2026-11-03T23:59+01:00[Europe/Paris]"));
        }

        @Test
        void aCertificateTheSameDayIsInTimeTheNextDayDependsOnTheHoursTwoDaysLaterIsLate() {
            HourDeadline certificate = DELAYS.hoursFromDay(LocalDate.parse("2026-11-02"), 24);

            assertThat(certificate.timelinessOf(LocalDate.parse("2026-11-02"))).isEqualTo(Timeliness.ON_TIME);
            assertThat(certificate.timelinessOf(t("2026-11-03T12:00"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(certificate.timelinessOf(LocalDate.parse("2026-11-03"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(certificate.timelinessOf(t("2026-11-04T00:00"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void anExactStartWithACertificateDatedWithoutTimeTheNextDayIsToCheck() {
            HourDeadline certificate = DELAYS.hours(t("2026-11-02T10:00"), 24);

            assertThat(certificate.timelinessOf(LocalDate.parse("2026-11-03"))).isEqualTo(Timeliness.TO_CHECK);
            assertThat(certificate.timelinessOf(LocalDate.parse("2026-11-04"))).isEqualTo(Timeliness.LATE);
        }

        @Test
        void onTheDayClocksGoBackTheDayHas25Hours() {
            HourDeadline deadline = DELAYS.hoursFromDay(LocalDate.parse("2026-10-25"), 72);

            assertThat(deadline.earliestStart()).isEqualTo(paris("2026-10-25T00:00+02:00[Europe/Paris]"));
            assertThat(deadline.latestEnd()).isEqualTo(paris("2026-10-28T23:59+01:00[Europe/Paris]"));
            assertThat(Duration.between(deadline.earliestEnd(), deadline.latestEnd()))
                    .isEqualTo(Duration.ofHours(24).plusMinutes(59));
        }
    }
}
