package fr.reperes.web.components;

import java.time.LocalDate;

/**
 * Which dates a {@link DateInput} accepts, each limit with the message that explains it ("La date doit être dans le
 * passé"). Build it from the day the screen is shown, never from a clock read inside the field.
 *
 * @param earliest     the first date accepted, or {@code null}
 * @param earliestText the message key shown for a date before it
 * @param latest       the last date accepted, or {@code null}
 * @param latestText   the message key shown for a date after it
 */
public record DateLimits(LocalDate earliest, String earliestText, LocalDate latest, String latestText) {

    /** Any real date. */
    public static DateLimits none() {
        return new DateLimits(null, null, null, null);
    }

    /** An event that has happened: today at the latest. */
    public static DateLimits pastOrToday(LocalDate today) {
        return new DateLimits(null, null, today, "passe-ou-aujourdhui");
    }

    /** Strictly before today (a date of birth, for instance). */
    public static DateLimits past(LocalDate today) {
        return new DateLimits(null, null, today.minusDays(1), "passe");
    }

    /** Today or later (a hearing to come, for instance). */
    public static DateLimits todayOrFuture(LocalDate today) {
        return new DateLimits(today, "futur-ou-aujourdhui", null, null);
    }

    /** Strictly after today. */
    public static DateLimits future(LocalDate today) {
        return new DateLimits(today.plusDays(1), "futur", null, null);
    }

    /** The same limits, and no date before {@code first} ("La date doit être le 1er janvier 1950 ou après"). */
    public DateLimits notBefore(LocalDate first) {
        return new DateLimits(first, "pas-avant", latest, latestText);
    }

    /** The same limits, and no date after {@code last}. */
    public DateLimits notAfter(LocalDate last) {
        return new DateLimits(earliest, earliestText, last, "pas-apres");
    }
}
