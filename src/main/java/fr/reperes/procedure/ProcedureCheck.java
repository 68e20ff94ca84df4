package fr.reperes.procedure;

import fr.reperes.core.Facts;
import fr.reperes.core.time.LegalDelays;
import fr.reperes.core.time.ParisTime;
import org.springframework.stereotype.Service;

import fr.reperes.core.ProcedureEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedure check a lawyer runs from the dates on the papers: for each point (certificates, the judge's control,
 * maintien decisions, isolement and contention) whether it was on time, late, or is to check, with its consequence
 * and its basis. Nothing is kept: each call works on the facts it is given.
 */
@Service
public class ProcedureCheck {

    private final ProcedureRules rules;
    private final ProcedureTexts texts;
    private final Clock clock;

    public ProcedureCheck(LegalDelays delays, ProcedureTexts texts, Clock clock) {
        this.rules = new ProcedureRules(delays);
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Every point, in a fixed order, as of today in Paris; events that are not usable must have been refused before
     * (ProcedureEvents).
     */
    public List<ProcedureItem> check(Facts facts) {
        return check(facts, LocalDate.now(clock.withZone(ParisTime.ZONE)));
    }

    /** Every point as of {@code today}: the periodic decisions due up to that day must be there. */
    List<ProcedureItem> check(Facts facts, LocalDate today) {
        Facts usable = facts == null ? Facts.unknown() : facts;
        if (usable.eventsProblem().isPresent()) {
            usable = usable.withEvents(List.of());
        }
        return rules.apply(usable, today).stream().map(texts::item).toList();
    }

    /** Which point each kind of act answers, for the marks of the chronology. */
    private static final Map<ProcedureEvent.Type, List<String>> CHECKED_BY = Map.of(
            ProcedureEvent.Type.CERTIFICATE_24H, List.of("certificat-24h"),
            ProcedureEvent.Type.CERTIFICATE_72H, List.of("certificat-72h"),
            ProcedureEvent.Type.JUDGE_SEIZED, List.of("saisine-du-juge"),
            ProcedureEvent.Type.JUDGE_DECISION, List.of("decision-du-juge-12-jours"),
            ProcedureEvent.Type.MAINTIEN_DECISION, List.of("maintien-sdt-mensuel", "arretes-maintien-sdre"));

    /** The periodic points and the act that answers each. */
    private static final Map<String, ProcedureEvent.Type> PERIODIC_ACT = Map.of(
            "controle-6-mois", ProcedureEvent.Type.JUDGE_DECISION,
            "maintien-sdt-mensuel", ProcedureEvent.Type.MAINTIEN_DECISION,
            "arretes-maintien-sdre", ProcedureEvent.Type.MAINTIEN_DECISION);
    private static final Set<String> PERIODIC = PERIODIC_ACT.keySet();

    /**
     * The events given, oldest first, the first act of each kind marked when its point is not respected because that
     * act was late; and, for a point whose act is not given, the day it was due, marked "à vérifier" — or "non
     * respecté" when a periodic decision is missing while the measure goes on.
     */
    public List<ChronologyLine> chronology(Facts facts, List<ProcedureItem> items) {
        List<ChronologyLine> lines = new ArrayList<>();
        Set<ProcedureEvent.Type> seen = EnumSet.noneOf(ProcedureEvent.Type.class);
        List<ProcedureEvent> events = facts == null || facts.eventsProblem().isPresent() ? List.of() : facts.events();
        // A periodic decision missing while the measure goes on: shown at its due day, not on an earlier act.
        List<ProcedureItem> missingAfterLast = items.stream().filter(item -> item.status() == ProcedureStatus.NON_RESPECTE
                && item.dueBy() != null && PERIODIC.contains(item.id())
                && events.stream().noneMatch(event -> event.type() == PERIODIC_ACT.get(item.id())
                        && event.at().compareTo(item.dueBy()) >= 0)).toList();
        events.stream().sorted(Comparator.comparing(ProcedureEvent::at)).forEach(event -> {
            boolean first = seen.add(event.type());
            boolean late = first && items.stream().anyMatch(item -> answers(event, item)
                    && item.status() == ProcedureStatus.NON_RESPECTE && !missingAfterLast.contains(item));
            lines.add(new ChronologyLine(event.at(), texts.text("evenements." + event.type().name()),
                    late ? ProcedureStatus.NON_RESPECTE : null, false));
        });
        CHECKED_BY.forEach((type, ids) -> {
            if (seen.contains(type)) {
                return;
            }
            items.stream().filter(item -> ids.contains(item.id()) && item.status() == ProcedureStatus.A_VERIFIER
                            && item.dueBy() != null)
                    .forEach(item -> lines.add(new ChronologyLine(item.dueBy(), item.label(),
                            ProcedureStatus.A_VERIFIER, true)));
        });
        missingAfterLast.forEach(item -> lines.add(new ChronologyLine(item.dueBy(), item.label(),
                        ProcedureStatus.NON_RESPECTE, true)));
        lines.sort(Comparator.comparing(ChronologyLine::at));
        return List.copyOf(lines);
    }

    /**
     * Whether the point's due day is a time limit still to watch: a point to check, or the next periodic decision
     * (maintien, arrêté, the judge's 6-month control) of a measure whose decisions so far are on time or not due yet.
     */
    public static boolean opensALimit(ProcedureItem item) {
        if (item.dueBy() == null) {
            return false;
        }
        return item.status() == ProcedureStatus.A_VERIFIER || (PERIODIC.contains(item.id())
                && (item.status() == ProcedureStatus.RESPECTE || item.status() == ProcedureStatus.SANS_OBJET));
    }

    private static boolean answers(ProcedureEvent event, ProcedureItem item) {
        return CHECKED_BY.getOrDefault(event.type(), List.of()).contains(item.id());
    }
}
