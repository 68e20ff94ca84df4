package fr.reperes.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A delay counted in days or months as the Code de procédure civile counts it (CPC 640 to 642), made by
 * {@link LegalDelays}. The legal last day is what the law allows; the cautious last day may be shown beside it,
 * never instead of it.
 *
 * @param start             the day of the act, decision or notification that makes the delay run (CPC 640); it
 *                          does not count itself (CPC 641 al. 1)
 * @param length            the delay: days, months, or months then days (CPC 641)
 * @param extension         whether CPC 642 al. 2 applies to this delay
 * @param nominalLastDay    the last day by CPC 641 alone, before any extension
 * @param legalLastDay      the last day once CPC 642 is applied: the first working day from the nominal last day
 *                          when {@link Extension#EXTENDED}, the nominal last day when {@link Extension#NOT_EXTENDED},
 *                          and the later reading (the extended day) when {@link Extension#UNCERTAIN}
 * @param nonWorkingDaysAtEnd the Saturdays, Sundays and holidays running from the nominal last day, oldest first:
 *                          empty when the nominal last day is a working day; they say why the delay was (or would
 *                          have been) extended, e.g. samedi, dimanche, lundi de Pentecôte
 * @param cautiousLastDay   "agissez au plus tard le": the last working day after the start and up to the nominal
 *                          last day (the nominal last day when there is none), so that acting then never relies on
 *                          an extension; always on or before the legal last day
 */
public record DayDeadline(LocalDate start, Period length, Extension extension, LocalDate nominalLastDay,
                          LocalDate legalLastDay, List<NonWorkingDay> nonWorkingDaysAtEnd,
                          LocalDate cautiousLastDay) {

    public DayDeadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(nominalLastDay, "nominalLastDay");
        Objects.requireNonNull(legalLastDay, "legalLastDay");
        Objects.requireNonNull(cautiousLastDay, "cautiousLastDay");
        nonWorkingDaysAtEnd = List.copyOf(nonWorkingDaysAtEnd);
    }

    /** CPC 642 al. 2: whether the legal last day is later than the nominal one. */
    public boolean extended() {
        return !legalLastDay.equals(nominalLastDay);
    }

    /**
     * Whether the two readings of an {@link Extension#UNCERTAIN} delay give different last days, that is whether
     * its nominal last day is not a working day. The legal last day is then only the latest arguable one.
     */
    public boolean uncertain() {
        return extension == Extension.UNCERTAIN && !nonWorkingDaysAtEnd.isEmpty();
    }

    /** The legal last day under the strictest reading: the nominal last day when uncertain, else the legal one. */
    public LocalDate earliestLegalLastDay() {
        return uncertain() ? nominalLastDay : legalLastDay;
    }

    /** CPC 642 al. 1: the instant the delay expires, 24:00 Paris time on the legal last day. */
    public ZonedDateTime legalEnd() {
        return ParisTime.endOfDay(legalLastDay);
    }

    /** CPC 641 and 642 al. 1: 24:00 Paris time on the nominal last day, before any extension. */
    public ZonedDateTime nominalEnd() {
        return ParisTime.endOfDay(nominalLastDay);
    }

    /**
     * CPC 642 al. 1: whether something done that day was within the delay. The delay runs to 24:00, so any time of
     * the last day is in time and the next day is late. Between the two readings of an uncertain delay the answer
     * is {@link Timeliness#TO_CHECK}.
     */
    public Timeliness timelinessOf(LocalDate doneOn) {
        if (!doneOn.isAfter(earliestLegalLastDay())) {
            return Timeliness.ON_TIME;
        }
        return doneOn.isAfter(legalLastDay) ? Timeliness.LATE : Timeliness.TO_CHECK;
    }

    /** CPC 642 al. 1: as {@link #timelinessOf(LocalDate)}; the hour does not matter for a delay in days (Paris time). */
    public Timeliness timelinessOf(LocalDateTime doneAt) {
        return timelinessOf(doneAt.toLocalDate());
    }
}
