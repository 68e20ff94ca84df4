package fr.reperes.assessment;

import fr.reperes.BenchmarkReport;
import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Restraint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long an assessment takes, and how long the wording takes to load and check at start-up. Prints figures,
 * asserts nothing: {@code mvn -B -Pbenchmarks test -Dtest='AssessmentBenchmark'}.
 */
class AssessmentBenchmark {

    @Test
    void assessmentSpeed() {
        AssessmentService service = AssessmentFixtures.SERVICE;
        long loadStart = System.nanoTime();
        new AssessmentTexts(AssessmentFixtures.WORDING);
        long loadNanos = System.nanoTime() - loadStart;

        List<Facts> situations = new ArrayList<>();
        LocalDate today = AssessmentFixtures.TODAY;
        for (CareBasis basis : CareBasis.values()) {
            for (CareSetting setting : CareSetting.values()) {
                situations.add(new Facts(null, basis == CareBasis.PARENTS, setting, basis, false, null, List.of(),
                        today.minusDays(9), null, Restraint.NONE, JusticeMeasure.OBLIGATION_DE_SOINS, Protection.CURATELLE,
                        List.of(Goal.LEAVE_CARE, Goal.ACCESS_RECORDS, Goal.CHANGE_TREATMENT), today.minusDays(12),
                        today.minusDays(2)));
            }
        }
        for (int i = 0; i < 20_000; i++) {
            service.assess(situations.get(i % situations.size()));
        }
        int runs = 100_000;
        long start = System.nanoTime();
        int steps = 0;
        for (int i = 0; i < runs; i++) {
            steps += service.assess(situations.get(i % situations.size())).steps().size();
        }
        long nanos = System.nanoTime() - start;
        System.out.printf("Assessment: %d situations, %d runs, %.1f µs per assessment (%.1f steps on average)%n",
                situations.size(), runs, nanos / 1000.0 / runs, (double) steps / runs);
        System.out.printf("Wording: loaded and checked again (after a first load) in %.1f ms%n", loadNanos / 1_000_000.0);
        new BenchmarkReport("assessment")
                .row("Évaluation — règles seules (" + situations.size() + " situations, un fil)",
                        "%.1f µs par évaluation (%.1f étapes en moyenne)", nanos / 1000.0 / runs, (double) steps / runs)
                .row("Évaluation — textes chargés et vérifiés au démarrage", "%.1f ms", loadNanos / 1_000_000.0)
                .write();
    }
}
