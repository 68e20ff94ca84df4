package fr.reperes.assessment;

import fr.reperes.assessment.rules.DeadlineId;
import fr.reperes.assessment.rules.TextKey;
import fr.reperes.core.Certainty;
import fr.reperes.core.RegimeCode;

import java.util.ArrayList;
import java.util.List;

/** The texts of "En bref" ({@code content/assessment/en-bref.yml}), checked at start-up with the others. */
final class InBriefKeys {

    private record Key(String key, List<String> params) implements TextKey {
    }

    static final TextKey TITLE = key("titre");
    static final TextKey NO_REGIME = key("aucun-regime");
    static final TextKey OTHER_REGIMES = key("autres-regimes", "regimes");
    static final TextKey FIRST_STEP = key("a-faire", "etape");
    static final TextKey NO_STEP = key("aucune-etape");
    static final TextKey NEXT_DATE = key("prochaine-date", "date", "quoi");
    static final TextKey NO_DATE = key("aucune-date");
    static final TextKey DATE_PASSED = key("date-depassee", "date", "quoi");

    private InBriefKeys() {
    }

    static TextKey regime(RegimeCode code) {
        return key("regimes." + code.name());
    }

    static TextKey certainty(Certainty certainty) {
        return key("certitude." + certainty.name());
    }

    /** What a deadline is, in a few words, by its id ({@code juge-decision-12-jours}). */
    static TextKey date(String deadlineId) {
        return key("dates." + deadlineId);
    }

    static List<TextKey> all() {
        List<TextKey> keys = new ArrayList<>(List.of(TITLE, NO_REGIME, OTHER_REGIMES, FIRST_STEP, NO_STEP, NEXT_DATE,
                NO_DATE, DATE_PASSED));
        for (RegimeCode code : RegimeCode.values()) {
            keys.add(regime(code));
        }
        for (Certainty certainty : Certainty.values()) {
            keys.add(certainty(certainty));
        }
        for (DeadlineId deadline : DeadlineId.values()) {
            keys.add(date(deadline.id()));
        }
        return keys;
    }

    private static TextKey key(String name, String... params) {
        return new Key("en-bref." + name, List.of(params));
    }
}
