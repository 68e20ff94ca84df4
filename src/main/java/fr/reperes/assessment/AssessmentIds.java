package fr.reperes.assessment;

import fr.reperes.assessment.rules.DeadlineId;
import fr.reperes.assessment.rules.Rulebook;
import fr.reperes.assessment.rules.SignatoryRules;
import fr.reperes.assessment.rules.StepId;
import fr.reperes.assessment.rules.WarningId;
import fr.reperes.core.LetterId;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids an assessment can carry (steps, warnings, deadlines), the pages its rules cite and the letters a relative
 * may sign, for the features and the content that refer to them — so that nothing outside this package reaches into the rules.
 */
public final class AssessmentIds {

    private AssessmentIds() {
    }

    public static Set<String> steps() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(StepId.values()).forEach(step -> ids.add(step.id()));
        return ids;
    }

    public static Set<String> warnings() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(WarningId.values()).forEach(warning -> ids.add(warning.id()));
        return ids;
    }

    public static List<String> deadlines() {
        return Arrays.stream(DeadlineId.values()).map(DeadlineId::id).toList();
    }

    /** A step "read the page about your regime" (its id is suffixed with the page's slug). */
    public static boolean isReadingStep(String stepId) {
        return stepId.startsWith(StepId.COMPRENDRE.id() + "-");
    }

    /** The letters a relative may sign in their own name, where the rules propose it. */
    public static Set<LetterId> lettersARelativeSignsInOwnName() {
        return SignatoryRules.relativesActInOwnName();
    }

    /** Every page slug the rules point to: the page of each regime and the page of each step. */
    public static Set<String> citedPages() {
        Set<String> pages = new LinkedHashSet<>(Rulebook.regimePages());
        Arrays.stream(StepId.values()).filter(step -> step.page() != null).forEach(step -> pages.add(step.page()));
        return pages;
    }
}
