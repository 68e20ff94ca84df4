package fr.reperes.procedure;

import fr.reperes.core.Facts;
import fr.reperes.core.time.LegalDelays;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The procedure check a lawyer runs from the dates on the papers: for each point (certificates, the judge's control,
 * maintien decisions, isolement and contention) whether it was on time, late, or is to check, with its consequence
 * and its basis. Nothing is kept: each call works on the facts it is given.
 */
@Service
public class ProcedureCheck {

    private final ProcedureRules rules;
    private final ProcedureTexts texts;

    public ProcedureCheck(LegalDelays delays, ProcedureTexts texts) {
        this.rules = new ProcedureRules(delays);
        this.texts = texts;
    }

    /** Every point, in a fixed order; events that are not usable must have been refused before (ProcedureEvents). */
    public List<ProcedureItem> check(Facts facts) {
        Facts usable = facts == null ? Facts.unknown() : facts;
        if (usable.eventsProblem().isPresent()) {
            usable = usable.withEvents(List.of());
        }
        return rules.apply(usable).stream().map(texts::item).toList();
    }
}
