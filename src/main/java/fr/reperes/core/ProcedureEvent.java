package fr.reperes.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated event of a compulsory-care procedure, as written on the papers a lawyer reads: {@code type} and
 * {@code at}, a Paris date ({@code 2026-11-02}) or date and time ({@code 2026-11-02T10:00}). Part of the facts
 * ({@code events}); checked by {@link ProcedureEvents} before any use.
 */
public record ProcedureEvent(Type type, String at) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::00)?)?");

    /** What happened. The names are a contract of the API and the answers file. */
    public enum Type {
        ADMISSION_DECISION, CERTIFICATE_24H, CERTIFICATE_72H, FORM_OF_CARE_DECISION, JUDGE_SEIZED, JUDGE_HEARING,
        JUDGE_DECISION, MAINTIEN_DECISION, ISOLATION_START, ISOLATION_END, RESTRAINT_START, RESTRAINT_END,
        JUDGE_INFORMED
    }

    /** When it happened, as far as the paper says: the day, and the time when it is written. */
    public record When(LocalDate day, LocalTime time) {

        public boolean hasTime() {
            return time != null;
        }

        /** The wall-clock time, when known. */
        public Optional<LocalDateTime> dateTime() {
            return hasTime() ? Optional.of(day.atTime(time)) : Optional.empty();
        }
    }

    /** The day and time written in {@code at}, or empty when it is not a well-formed real date (and time). */
    public Optional<When> when() {
        if (at == null) {
            return Optional.empty();
        }
        Matcher matcher = WRITTEN.matcher(at);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(matcher.group(1));
            LocalTime time = matcher.group(2) == null ? null : LocalTime.parse(matcher.group(2));
            return Optional.of(new When(day, time));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return type + " " + at;
    }
}
