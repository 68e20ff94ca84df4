package fr.reperes.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Legal time in France is Paris wall-clock time. Twice a year that clock is not a simple line: on the last Sunday of
 * March 02:00–02:59 does not exist, on the last Sunday of October 02:00–02:59 happens twice. A time written on a
 * paper is therefore turned into an instant here, and only here.
 */
public final class ParisTime {

    /** The time zone of metropolitan France. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("H'h'mm 'le' dd/MM/yyyy");

    private ParisTime() {
    }

    /** False for a wall-clock time skipped when clocks go forward (last Sunday of March, 02:00 to 02:59). */
    public static boolean exists(LocalDateTime wallClock) {
        return !ZONE.getRules().getValidOffsets(wallClock).isEmpty();
    }

    /** True for a wall-clock time that happened twice when clocks went back (last Sunday of October, 02:00–02:59). */
    public static boolean isRepeated(LocalDateTime wallClock) {
        return ZONE.getRules().getValidOffsets(wallClock).size() > 1;
    }

    /**
     * CPC 642 al. 1: a delay in days ends on its last day at 24:00, which is the first instant of the next day.
     * Anything done strictly before that instant is within the delay.
     */
    public static ZonedDateTime endOfDay(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZONE);
    }

    /** The first instant the wall-clock time can mean (summer time when it was repeated). */
    static ZonedDateTime earliest(LocalDateTime wallClock) {
        return ZonedDateTime.ofLocal(existing(wallClock), ZONE, null).withEarlierOffsetAtOverlap();
    }

    /** The last instant the wall-clock time can mean (winter time when it was repeated). */
    static ZonedDateTime latest(LocalDateTime wallClock) {
        return ZonedDateTime.ofLocal(existing(wallClock), ZONE, null).withLaterOffsetAtOverlap();
    }

    private static LocalDateTime existing(LocalDateTime wallClock) {
        if (!exists(wallClock)) {
            // A time inside the spring gap is a mistake on the paper; silently moving it an hour would hide that.
            throw new IllegalArgumentException("L'heure " + wallClock.format(SPOKEN)
                    + " n'existe pas à Paris : ce jour-là, les horloges passent de 2 h à 3 h (heure d'été).");
        }
        return wallClock;
    }
}
