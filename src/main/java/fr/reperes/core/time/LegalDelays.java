package fr.reperes.core.time;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that counts legal time limits: in days and months as the Code de procédure civile counts them
 * (CPC 640 to 642, Paris time), and in hours where a text counts hours (CSP L.3211-2-2, L.3213-2, L.3222-5-1).
 * Which delay applies, from which event, and whether CPC 642 extends it, is for the rule that states the delay.
 */
@Component
public class LegalDelays {

    /** R.3211-32 and Cass. avis 6 March 2024 n° 23-70.017: the 7 days of the isolement re-control are 168 hours. */
    private static final Duration SEVEN_DAYS = Duration.ofHours(168);

    private final FrenchPublicHolidays holidays;

    public LegalDelays(FrenchPublicHolidays holidays) {
        this.holidays = holidays;
    }

    /**
     * A delay of so many days, e.g. the 10-day appeal (CSP R.3211-18). CPC 640: it runs from the act, decision or
     * notification; CPC 641 al. 1: that day does not count, so the last day is {@code start + days}; CPC 642: it
     * ends at 24:00 on its last day and, when {@code extension} says so, a last day on a Saturday, Sunday or public
     * holiday moves to the next working day.
     *
     * @param start the day of the act or notification (Paris time)
     */
    public DayDeadline days(LocalDate start, int days, Extension extension) {
        return delay(start, Period.ofDays(days), extension);
    }

    /**
     * A delay of so many months, e.g. 6 months. CPC 641 al. 2: it expires on the day of the last month bearing the
     * same number as the start day, or on that month's last day when it has none (31 January + 1 month = 28 or
     * 29 February); CPC 642 as for {@link #days}.
     */
    public DayDeadline months(LocalDate start, int months, Extension extension) {
        return delay(start, Period.ofMonths(months), extension);
    }

    /**
     * A delay in months and days (years count as 12 months). CPC 641 al. 3: the months are counted first (al. 2),
     * then the days (al. 1); CPC 642 as for {@link #days}.
     */
    public DayDeadline delay(LocalDate start, Period length, Extension extension) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A delay lasts at least one day: " + length);
        }
        Period normalized = Period.of(0, Math.toIntExact(length.toTotalMonths()), length.getDays());
        LocalDate nominal = start.plusMonths(normalized.getMonths()).plusDays(normalized.getDays());

        List<NonWorkingDay> offAtEnd = new ArrayList<>();
        LocalDate firstWorking = nominal;
        for (Optional<NonWorkingDay> off = holidays.nonWorkingDay(firstWorking); off.isPresent();
             off = holidays.nonWorkingDay(firstWorking)) {
            offAtEnd.add(off.get());
            firstWorking = firstWorking.plusDays(1);
        }
        LocalDate legal = extension == Extension.NOT_EXTENDED ? nominal : firstWorking;
        return new DayDeadline(start, normalized, extension, nominal, legal, offAtEnd, cautious(start, nominal));
    }

    /**
     * A delay in hours from a Paris wall-clock time, counted minute by minute in elapsed time, never extended to a
     * working day: the 24 h and 72 h certificates (CSP L.3211-2-2, counted in hours: Cass. 1re civ. 26 October 2022
     * n° 20-22.827), the mayor's 48 h (L.3213-2), isolement and contention limits (L.3222-5-1), the 24-hour appeal
     * on them (R.3211-42). Across a clock change the end is elapsed time, so it moves on the wall clock by an hour.
     *
     * @throws IllegalArgumentException when {@code start} does not exist in Paris (skipped when clocks go forward)
     */
    public HourDeadline hours(LocalDateTime start, long hours) {
        HourDeadline.StartKnown known = ParisTime.isRepeated(start)
                ? HourDeadline.StartKnown.REPEATED_HOUR : HourDeadline.StartKnown.EXACTLY;
        return new HourDeadline(Duration.ofHours(hours), ParisTime.earliest(start), ParisTime.latest(start), known);
    }

    /**
     * The same delay in hours when only the day of the start is known: it may have started at any minute of that
     * day, so the end lies between {@code hours} after 00:00 and {@code hours} after 23:59 (Paris time).
     */
    public HourDeadline hoursFromDay(LocalDate startDay, long hours) {
        return new HourDeadline(Duration.ofHours(hours), ParisTime.earliest(startDay.atStartOfDay()),
                ParisTime.latest(startDay.atTime(LocalTime.of(23, 59))), HourDeadline.StartKnown.DAY_ONLY);
    }

    /**
     * The 7-day rhythm of the isolement re-control (L.3222-5-1 II; R.3211-32): 168 hours counted to the minute from
     * the judge's last decision, with no extension to a working day (Cass. avis 6 March 2024 n° 23-70.017). The
     * seizure due at least 24 hours before it is {@code hours(start, 144)}.
     */
    public HourDeadline sevenDays(LocalDateTime start) {
        return hours(start, SEVEN_DAYS.toHours());
    }

    /**
     * A delay counted back from an end: "at least {@code days} days before", e.g. the judge seized at least 15 days
     * before the 6 months run out (CSP L.3211-12-1 I 3°). The last day to act is {@code days} days before the end.
     * CPC 642 only moves an expiring delay forward; moving this day forward would shorten the time left before the
     * end, so it is never extended.
     */
    public LocalDate daysBefore(LocalDate end, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("A delay lasts at least one day: " + days);
        }
        return end.minusDays(days);
    }

    /**
     * The last working day on or before {@code day} (not a Saturday, Sunday or public holiday): the cautious day to
     * act by when a date the law sets may fall when the offices are closed.
     */
    public LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < 10 && !holidays.isWorkingDay(candidate); i++) {
            candidate = candidate.minusDays(1);
        }
        return holidays.isWorkingDay(candidate) ? candidate : day;
    }

    /** The last working day after the start and up to the nominal last day, or the nominal last day if none. */
    private LocalDate cautious(LocalDate start, LocalDate nominal) {
        for (LocalDate day = nominal; day.isAfter(start); day = day.minusDays(1)) {
            if (holidays.isWorkingDay(day)) {
                return day;
            }
        }
        return nominal;
    }
}
