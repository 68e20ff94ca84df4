package fr.reperes.situation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Deadlines as an iCalendar file (RFC 5545): one all-day event per deadline ({@code VALUE=DATE}, so no time zone
 * can shift it to the day before), a display reminder two days before, the legal basis and what to do in the
 * description. Text values are escaped and lines folded at 75 octets without splitting a UTF-8 character; lines
 * end with CRLF. No METHOD: this is a plain file to import, not an iTIP message (RFC 5546 would then require an
 * ORGANIZER, and there is nobody to name).
 */
final class IcsCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private IcsCalendar() {
    }

    static String write(List<TimelineEntry> deadlines, Instant now, SituationContent content) {
        StringBuilder ics = new StringBuilder(4096);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Reperes//Echeances//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(content.text("agenda.nom")));
        line(ics, "X-WR-TIMEZONE:Europe/Paris");
        for (TimelineEntry deadline : deadlines) {
            line(ics, "BEGIN:VEVENT");
            // Stable across downloads, so that importing again updates the event instead of doubling it.
            line(ics, "UID:" + deadline.id() + "-" + deadline.date().format(DATE) + "@reperes");
            line(ics, "DTSTAMP:" + STAMP.format(now));
            line(ics, "DTSTART;VALUE=DATE:" + deadline.date().format(DATE));
            line(ics, "DTEND;VALUE=DATE:" + deadline.date().plusDays(1).format(DATE));
            line(ics, "SUMMARY:" + text(deadline.title()));
            line(ics, "DESCRIPTION:" + text(description(deadline, content)));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "TRIGGER:-P2D");
            line(ics, "DESCRIPTION:" + text(content.text("agenda.rappel", "titre", deadline.title())));
            line(ics, "END:VALARM");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String description(TimelineEntry deadline, SituationContent content) {
        StringBuilder text = new StringBuilder();
        if (deadline.detail() != null) {
            text.append(deadline.detail()).append("\n\n");
        }
        if (deadline.whatNow() != null) {
            text.append(content.text("libelles.a-faire")).append(" : ").append(deadline.whatNow()).append("\n\n");
        }
        if (!deadline.legalBasis().isEmpty()) {
            text.append(content.text("libelles.textes")).append(" : ").append(String.join(", ", deadline.legalBasis()))
                    .append("\n\n");
        }
        return text.append(content.text("agenda.avertissement")).toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** RFC 5545 §3.1: a content line longer than 75 octets goes on in lines that start with one space. */
    static void line(StringBuilder ics, String contentLine) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
