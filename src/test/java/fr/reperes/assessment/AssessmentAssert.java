package fr.reperes.assessment;

import fr.reperes.assessment.Assessment.Deadline;
import fr.reperes.assessment.Assessment.Regime;
import fr.reperes.assessment.Assessment.Step;
import fr.reperes.core.Certainty;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Reading an assessment the way a user or a lawyer would check it. */
final class AssessmentAssert {

    private AssessmentAssert() {
    }

    /** The result for these facts, with the real rules and wording and "today" fixed. */
    static Assessment assess(FactsBuilder facts) {
        return AssessmentFixtures.SERVICE.assess(facts.build());
    }

    static Regime regime(Assessment assessment, RegimeCode code) {
        return assessment.regimes().stream().filter(r -> r.code() == code).findFirst()
                .orElseGet(() -> fail("Régime attendu absent : " + code + " ; trouvés : "
                        + assessment.regimes().stream().map(r -> r.code() + "/" + r.certainty()).toList()));
    }

    static void assertRegime(Assessment assessment, RegimeCode code, Certainty certainty) {
        assertThat(regime(assessment, code).certainty()).as("certitude de " + code).isEqualTo(certainty);
    }

    static void assertNoRegime(Assessment assessment, RegimeCode... codes) {
        assertThat(assessment.regimes()).extracting(Regime::code).doesNotContain(codes);
    }

    static Step step(Assessment assessment, String id) {
        return assessment.steps().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseGet(() -> fail("Étape attendue absente : " + id + " ; trouvées : "
                        + assessment.steps().stream().map(Step::id).toList()));
    }

    static boolean hasStep(Assessment assessment, String id) {
        return assessment.steps().stream().anyMatch(s -> s.id().equals(id));
    }

    static String warning(Assessment assessment, String id) {
        return assessment.warnings().stream().filter(w -> w.id().equals(id)).findFirst()
                .map(Assessment.Warning::text)
                .orElseGet(() -> fail("Avertissement attendu absent : " + id + " ; trouvés : "
                        + assessment.warnings().stream().map(Assessment.Warning::id).toList()));
    }

    static boolean hasWarning(Assessment assessment, String id) {
        return assessment.warnings().stream().anyMatch(w -> w.id().equals(id));
    }

    static String notOffered(Assessment assessment, LetterId letter) {
        return assessment.lettersNotOffered().stream().filter(n -> n.letter() == letter).findFirst()
                .map(Assessment.NotOffered::reason)
                .orElseGet(() -> fail("La lettre « " + letter + " » devrait être écartée avec une raison ; écartées : "
                        + assessment.lettersNotOffered()));
    }

    static Deadline deadline(Assessment assessment, String id) {
        return assessment.deadlines().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseGet(() -> fail("Échéance attendue absente : " + id + " ; trouvées : "
                        + assessment.deadlines().stream().map(Deadline::id).toList()));
    }

    static Optional<Deadline> findDeadline(Assessment assessment, String id) {
        return assessment.deadlines().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Everything the user reads, in one string. */
    static String allText(Assessment assessment) {
        List<String> texts = new ArrayList<>();
        assessment.regimes().forEach(r -> texts.addAll(r.because()));
        assessment.steps().forEach(s -> {
            texts.add(s.title());
            texts.add(s.body());
        });
        assessment.warnings().forEach(w -> texts.add(w.text()));
        assessment.lettersNotOffered().forEach(n -> texts.add(n.reason()));
        assessment.deadlines().forEach(d -> {
            texts.add(d.label());
            texts.add(d.whatNow());
        });
        texts.addAll(assessment.toClarify());
        return String.join("\n", texts);
    }
}
