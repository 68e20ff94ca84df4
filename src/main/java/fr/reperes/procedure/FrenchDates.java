package fr.reperes.procedure;

import fr.reperes.core.ProcedureEvent.When;
import fr.reperes.core.time.HourDeadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a French paper writes them: "3 novembre 2026 à 10 h 00". */
final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

    private FrenchDates() {
    }

    static String day(LocalDate day) {
        String written = day.format(DAY);
        return day.getDayOfMonth() == 1 ? "1er" + written.substring(1) : written;
    }

    static String time(LocalTime time) {
        return time.format(TIME);
    }

    static String when(When when) {
        return when.hasTime() ? day(when.day()) + " à " + time(when.time()) : day(when.day()) + " (heure non indiquée)";
    }

    /** The end of a delay in hours; a range when the start is not known to the minute. */
    static String deadline(HourDeadline deadline) {
        var earliest = deadline.earliestEnd().toLocalDateTime();
        var latest = deadline.latestEnd().toLocalDateTime();
        if (earliest.equals(latest)) {
            return day(earliest.toLocalDate()) + " à " + time(earliest.toLocalTime());
        }
        return "entre le " + day(earliest.toLocalDate()) + " à " + time(earliest.toLocalTime()) + " et le "
                + day(latest.toLocalDate()) + " à " + time(latest.toLocalTime());
    }
}
