package fr.reperes.core;

import fr.reperes.core.time.ParisTime;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks the dated events of a procedure ({@link Facts#events()}) before anything is counted from them: a known type,
 * a real date between 1900 and 2100, a time that exists in Paris (not in the hour skipped when clocks go forward),
 * and an order that can happen (nothing before the admission, no end of isolement or contention before its start).
 * The message is French and names the event by its number and type, never by the value received.
 */
public final class ProcedureEvents {

    /** More events than any file holds: a longer list is a mistake or a hostile request. */
    public static final int MAX_EVENTS = 200;

    private ProcedureEvents() {
    }

    /** The first problem found, in French, or empty when the events can be used. */
    public static Optional<String> problem(List<ProcedureEvent> events) {
        if (events == null || events.isEmpty()) {
            return Optional.empty();
        }
        if (events.size() > MAX_EVENTS) {
            return Optional.of("La liste « events » compte " + events.size() + " événements : " + MAX_EVENTS
                    + " au plus sont acceptés.");
        }
        for (int i = 0; i < events.size(); i++) {
            Optional<String> alone = problemOf(i, events.get(i));
            if (alone.isPresent()) {
                return alone;
            }
        }
        return orderProblem(events);
    }

    /** "L'événement n° 3 (events[2], CERTIFICATE_24H)": how a message names an event. */
    public static String name(int index, ProcedureEvent event) {
        return "L'événement n° " + (index + 1) + " (events[" + index + "]"
                + (event.type() == null ? "" : ", " + event.type()) + ")";
    }

    private static Optional<String> problemOf(int index, ProcedureEvent event) {
        if (event.type() == null) {
            return Optional.of(name(index, event) + " n'a pas de type : indiquez par exemple "
                    + "\"type\": \"ADMISSION_DECISION\".");
        }
        if (event.at() == null || event.at().isBlank()) {
            return Optional.of(name(index, event) + " n'a pas de date : indiquez \"at\", par exemple "
                    + "\"2026-11-02\" ou \"2026-11-02T10:00\" (heure de Paris).");
        }
        Optional<ProcedureEvent.When> when = event.when();
        if (when.isEmpty()) {
            return Optional.of(name(index, event) + " a une date ou une heure impossible : une vraie date au "
                    + "format AAAA-MM-JJ est attendue, suivie si elle est connue de l'heure au format THH:MM "
                    + "(par exemple 2026-11-02T10:00).");
        }
        if (when.get().day().isBefore(Facts.EARLIEST_DATE) || when.get().day().isAfter(Facts.LATEST_DATE)) {
            return Optional.of(name(index, event) + " a une date invraisemblable : une date entre "
                    + Facts.EARLIEST_DATE.getYear() + " et " + Facts.LATEST_DATE.getYear() + " est attendue.");
        }
        if (when.get().hasTime() && !ParisTime.exists(when.get().day().atTime(when.get().time()))) {
            return Optional.of(name(index, event) + " a une heure qui n'existe pas à Paris : ce jour-là, les "
                    + "horloges passent de 2 h à 3 h (heure d'été). Vérifiez l'heure écrite sur la pièce.");
        }
        return Optional.empty();
    }

    private record Dated(int index, ProcedureEvent event, ZonedDateTime earliest, ZonedDateTime latest) {

        static Dated of(int index, ProcedureEvent event) {
            ProcedureEvent.When when = event.when().orElseThrow();
            LocalDateTime from = when.hasTime() ? when.day().atTime(when.time()) : when.day().atStartOfDay();
            LocalDateTime to = when.hasTime() ? from : when.day().atTime(LocalTime.of(23, 59));
            return new Dated(index, event,
                    ZonedDateTime.ofLocal(from, ParisTime.ZONE, null).withEarlierOffsetAtOverlap(),
                    ZonedDateTime.ofLocal(to, ParisTime.ZONE, null).withLaterOffsetAtOverlap());
        }

        /** Certainly before the other, whatever minute of an unknown hour each one happened at. */
        boolean certainlyBefore(Dated other) {
            return latest.isBefore(other.earliest);
        }

        ProcedureEvent.Type type() {
            return event.type();
        }
    }

    private static Optional<String> orderProblem(List<ProcedureEvent> events) {
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            dated.add(Dated.of(i, events.get(i)));
        }
        List<Dated> admissions = dated.stream().filter(d -> d.type() == ProcedureEvent.Type.ADMISSION_DECISION)
                .toList();
        if (admissions.size() > 1) {
            Dated second = admissions.get(1);
            return Optional.of(name(second.index(), second.event()) + " est une deuxième décision d'admission : "
                    + "une seule est acceptée par procédure (pour une nouvelle admission, faites un contrôle à part).");
        }
        if (!admissions.isEmpty()) {
            Dated admission = admissions.getFirst();
            for (Dated event : dated) {
                if (event != admission && event.certainlyBefore(admission)) {
                    return Optional.of(name(event.index(), event.event()) + " est daté avant la décision "
                            + "d'admission (événement n° " + (admission.index() + 1) + ") : c'est impossible, "
                            + "vérifiez les deux dates.");
                }
            }
        }
        return pairs(dated, ProcedureEvent.Type.ISOLATION_START, ProcedureEvent.Type.ISOLATION_END, "d'isolement")
                .or(() -> pairs(dated, ProcedureEvent.Type.RESTRAINT_START, ProcedureEvent.Type.RESTRAINT_END,
                        "de contention"));
    }

    /** The n-th end, in time, closes the n-th start: it cannot come first, nor without a start. */
    private static Optional<String> pairs(List<Dated> dated, ProcedureEvent.Type start, ProcedureEvent.Type end,
                                          String measure) {
        Comparator<Dated> inTime = Comparator.comparing(Dated::earliest);
        List<Dated> starts = dated.stream().filter(d -> d.type() == start).sorted(inTime).toList();
        List<Dated> ends = dated.stream().filter(d -> d.type() == end).sorted(inTime).toList();
        for (int i = 0; i < ends.size(); i++) {
            Dated closing = ends.get(i);
            if (i >= starts.size()) {
                return Optional.of(name(closing.index(), closing.event()) + " est une fin de mesure " + measure
                        + " sans début avant elle : ajoutez le début (" + start + ").");
            }
            if (closing.certainlyBefore(starts.get(i))) {
                return Optional.of(name(closing.index(), closing.event()) + " est une fin de mesure " + measure
                        + " datée avant son début (événement n° " + (starts.get(i).index() + 1)
                        + ") : vérifiez les deux dates.");
            }
        }
        return Optional.empty();
    }
}
