package fr.reperes.core.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A delay counted in hours, minute by minute, in Paris time, made by {@link LegalDelays}. Hours are elapsed time:
 * the night clocks go back has 25 hours, so 24 hours later is an hour earlier on the clock; the night they go
 * forward has 23, so it is an hour later. No Saturday, Sunday or holiday extends such a delay (CPC 642 counts days).
 *
 * <p>When the start is not known to the minute (only its day is, or its time was repeated when clocks went back),
 * the delay has an earliest and a latest possible end; when it is known, both are the same instant.
 *
 * @param length        the delay
 * @param earliestStart the earliest instant the start can be
 * @param latestStart   the latest instant the start can be
 * @param startKnown    how precisely the start is known
 */
public record HourDeadline(Duration length, ZonedDateTime earliestStart, ZonedDateTime latestStart,
                           StartKnown startKnown) {

    /** How precisely the start of an hour delay is known. */
    public enum StartKnown {
        /** Day, hour and minute, at a time that happened once. */
        EXACTLY,
        /** Day, hour and minute, but in the hour repeated when clocks went back: two instants are possible. */
        REPEATED_HOUR,
        /** Only the day: the start can be any minute of it. */
        DAY_ONLY
    }

    public HourDeadline {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(latestStart, "latestStart");
        Objects.requireNonNull(startKnown, "startKnown");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A delay lasts some time: " + length);
        }
        if (latestStart.isBefore(earliestStart)) {
            throw new IllegalArgumentException("The latest start is before the earliest: " + earliestStart);
        }
    }

    /** The earliest instant the delay can expire; the one to act before. Paris time. */
    public ZonedDateTime earliestEnd() {
        return earliestStart.plus(length);
    }

    /** The latest instant the delay can expire; something done after it is late whatever the start was. */
    public ZonedDateTime latestEnd() {
        return latestStart.plus(length);
    }

    /**
     * The last day on which acting is in time whatever the start was: the day of the last minute before the
     * earliest end (Paris time). The cautious day to show beside {@link #latestEndDay()}.
     */
    public LocalDate safeLastDay() {
        return earliestEnd().minusMinutes(1).toLocalDate();
    }

    /** The day of the latest possible end (Paris time): after it, the delay is over whatever the start was. */
    public LocalDate latestEndDay() {
        return latestEnd().toLocalDate();
    }

    /** Whether the start, hence the end, is known to the minute. */
    public boolean exact() {
        return startKnown == StartKnown.EXACTLY;
    }

    /**
     * Whether something done at that Paris time was within the delay. The expiry minute itself is within it:
     * papers give the minute, not the second, so a certificate written exactly 24 hours after the admission
     * cannot be shown to be late, and one written a minute later is. A time in the repeated hour is checked under
     * both of its meanings.
     *
     * @throws IllegalArgumentException for a time that does not exist in Paris (spring clock change)
     */
    public Timeliness timelinessOf(LocalDateTime doneAt) {
        return timeliness(ParisTime.earliest(doneAt), ParisTime.latest(doneAt));
    }

    /** Whether something done that day, hour unknown, was within the delay: any minute of the day is possible. */
    public Timeliness timelinessOf(LocalDate doneOn) {
        return timeliness(ParisTime.earliest(doneOn.atStartOfDay()),
                ParisTime.latest(doneOn.atTime(LocalTime.of(23, 59))));
    }

    private Timeliness timeliness(ZonedDateTime doneEarliest, ZonedDateTime doneLatest) {
        if (!doneLatest.isAfter(earliestEnd())) {
            return Timeliness.ON_TIME;
        }
        return doneEarliest.isAfter(latestEnd()) ? Timeliness.LATE : Timeliness.TO_CHECK;
    }
}
