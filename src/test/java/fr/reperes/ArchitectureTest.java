package fr.reperes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package boundaries of docs/architecture.md, as a test: packages import each other in one direction, from the
 * core up to the screens; Vaadin stays in the screens and the web layer; a screen uses a feature's public side (its
 * root package), never its internals.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.reperes");

    /** Every package, sub-packages included, is a slice: no two import each other, directly or around a loop. */
    static final ArchRule NO_CYCLE = slices().matching("fr.reperes.(**)").should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Application").definedBy("fr.reperes")
            .layer("Shell").definedBy("fr.reperes.web.ui..")
            .layer("Screens").definedBy("fr.reperes.content.ui..", "fr.reperes.search.ui..",
                    "fr.reperes.interview.ui..", "fr.reperes.assessment.ui..", "fr.reperes.letters.ui..",
                    "fr.reperes.situation.ui..", "fr.reperes.procedure.ui..")
            .layer("Session").definedBy("fr.reperes.web.session..", "fr.reperes.web.navigation..")
            .layer("Components").definedBy("fr.reperes.web.components..")
            .layer("Http").definedBy("fr.reperes.web")
            .layer("Situation").definedBy("fr.reperes.situation")
            .layer("Letters").definedBy("fr.reperes.letters")
            .layer("Interview").definedBy("fr.reperes.interview")
            .layer("Assessment").definedBy("fr.reperes.assessment", "fr.reperes.assessment.rules")
            .layer("Procedure").definedBy("fr.reperes.procedure")
            .layer("Search").definedBy("fr.reperes.search")
            .layer("Documents").definedBy("fr.reperes.documents..")
            .layer("Content").definedBy("fr.reperes.content")
            .layer("Core").definedBy("fr.reperes.core..")
            .whereLayer("Core").mayNotAccessAnyLayer()
            .whereLayer("Content").mayOnlyAccessLayers("Core")
            .whereLayer("Documents").mayOnlyAccessLayers("Core")
            .whereLayer("Search").mayOnlyAccessLayers("Content", "Core")
            .whereLayer("Procedure").mayOnlyAccessLayers("Core")
            .whereLayer("Assessment").mayOnlyAccessLayers("Procedure", "Content", "Core")
            .whereLayer("Interview").mayOnlyAccessLayers("Core")
            .whereLayer("Letters").mayOnlyAccessLayers("Assessment", "Procedure", "Documents", "Core")
            .whereLayer("Situation").mayOnlyAccessLayers("Assessment", "Procedure", "Letters", "Documents", "Content",
                    "Core")
            .whereLayer("Http").mayOnlyAccessLayers("Core")
            .whereLayer("Session").mayOnlyAccessLayers("Interview", "Core")
            .whereLayer("Components").mayOnlyAccessLayers("Core")
            .whereLayer("Screens").mayOnlyAccessLayers("Components", "Session", "Situation", "Letters", "Interview", "Assessment",
                    "Procedure", "Search", "Content", "Documents", "Core")
            .whereLayer("Shell").mayOnlyAccessLayers("Screens", "Components", "Session", "Content", "Core")
            .whereLayer("Application").mayOnlyAccessLayers("Assessment", "Procedure", "Content", "Core");

    static final ArchRule VAADIN_ONLY_IN_SCREENS_AND_WEB = noClasses()
            .that().resideOutsideOfPackages("..ui..", "fr.reperes.web..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("the features are plain Java and Spring: only the screens and the web layer know Vaadin");

    static final ArchRule SCREENS_USE_THE_PUBLIC_SIDE_OF_FEATURES = classes()
            .that().resideInAPackage("fr.reperes.*.ui..")
            .should(useOnlyFeatureRootsCoreSessionAndNavigation());

    static final ArchRule RULES_STAY_INSIDE_THE_ASSESSMENT = noClasses()
            .that().resideOutsideOfPackage("fr.reperes.assessment..")
            .should().dependOnClassesThat().resideInAPackage("fr.reperes.assessment.rules..")
            .because("other features read the assessment's result and its ids (AssessmentIds), not its rules");

    @Test
    void noPackageCycle() {
        NO_CYCLE.check(MAIN);
    }

    @Test
    void packagesImportEachOtherFromTheCoreUpToTheScreens() {
        LAYERS.check(MAIN);
    }

    @Test
    void vaadinOnlyInScreensAndWeb() {
        VAADIN_ONLY_IN_SCREENS_AND_WEB.check(MAIN);
    }

    @Test
    void aScreenNeverReachesAFeaturesInternals() {
        SCREENS_USE_THE_PUBLIC_SIDE_OF_FEATURES.check(MAIN);
        RULES_STAY_INSIDE_THE_ASSESSMENT.check(MAIN);
    }

    /**
     * A screen may use its own package, a feature's root package (its public side), the core, and the session and
     * navigation of the web layer, the shared form fields of web.components — not another package's internals (rules) nor another feature's screens. One
     * exception, the hub: the result page shows the situation's timeline, lawyer's panel and sheet links.
     */
    private static ArchCondition<JavaClass> useOnlyFeatureRootsCoreSessionAndNavigation() {
        return new ArchCondition<>("use only their own package, feature roots, the core, web.session and web.navigation") {
            @Override
            public void check(JavaClass screen, ConditionEvents events) {
                for (Dependency dependency : screen.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!allowed(screen.getPackageName(), target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static boolean allowed(String origin, String target) {
        if (!target.startsWith("fr.reperes.") || target.equals(origin) || target.startsWith(origin + ".")) {
            return true;
        }
        if (target.startsWith("fr.reperes.core") || target.startsWith("fr.reperes.web.session")
                || target.startsWith("fr.reperes.web.navigation") || target.startsWith("fr.reperes.web.components")) {
            return true;
        }
        if (origin.equals("fr.reperes.assessment.ui") && target.equals("fr.reperes.situation.ui")) {
            return true;
        }
        return target.chars().filter(c -> c == '.').count() == 2;
    }
}
