package fr.reperes.procedure;

import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.core.ProcedureEvent.Type;
import fr.reperes.core.ProcedureEvent.When;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dated events of one file, in time order (events already checked by {@code ProcedureEvents}). */
final class Timeline {

    /** A measure of isolement or contention: its start and, when known, its end. */
    record Episode(When start, When end) {
    }

    private static final Comparator<When> IN_TIME = Comparator.comparing(
            (When when) -> when.hasTime() ? when.day().atTime(when.time()) : when.day().atStartOfDay());

    private final Facts facts;

    Timeline(Facts facts) {
        this.facts = facts;
    }

    Facts facts() {
        return facts;
    }

    /** Every event of that type, oldest first. */
    List<When> all(Type type) {
        return facts.events().stream().filter(event -> event.type() == type).map(ProcedureEvent::when)
                .flatMap(Optional::stream).sorted(IN_TIME).toList();
    }

    Optional<When> first(Type type) {
        return all(type).stream().findFirst();
    }

    /** The admission decision, or the admission day answered in the questionnaire (time unknown). */
    Optional<When> admission() {
        return first(Type.ADMISSION_DECISION)
                .or(() -> Optional.ofNullable(facts.admissionDate()).map(day -> new When(day, null)));
    }

    /** The first event of that type not certainly before {@code from}. */
    Optional<When> firstFrom(Type type, When from) {
        return all(type).stream().filter(when -> !certainlyBefore(when, from)).findFirst();
    }

    /** The measures: the n-th end closes the n-th start. */
    List<Episode> episodes(Type start, Type end) {
        List<When> starts = all(start);
        List<When> ends = all(end);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            episodes.add(new Episode(starts.get(i), i < ends.size() ? ends.get(i) : null));
        }
        return episodes;
    }

    /** Whether {@code a} happened before {@code b} whatever minute of an unknown hour each was. */
    static boolean certainlyBefore(When a, When b) {
        LocalDateTime aLatest = a.hasTime() ? a.day().atTime(a.time()) : a.day().atTime(LocalTime.of(23, 59));
        LocalDateTime bEarliest = b.hasTime() ? b.day().atTime(b.time()) : b.day().atStartOfDay();
        return aLatest.isBefore(bEarliest);
    }
}
