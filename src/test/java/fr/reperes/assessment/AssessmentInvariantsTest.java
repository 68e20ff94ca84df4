package fr.reperes.assessment;

import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.core.Priority;
import fr.reperes.core.RegimeCode;

import fr.reperes.core.Certainty;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold in every situation, checked over some thousands of combinations of answers: where each letter
 * fits, the safety rules, and that every regime code can be reached.
 */
class AssessmentInvariantsTest {

    private static final Set<RegimeCode> COMPULSORY = EnumSet.of(RegimeCode.SDT, RegimeCode.SDT_URGENCE,
            RegimeCode.PERIL_IMMINENT, RegimeCode.SDRE, RegimeCode.MESURE_PROVISOIRE_MAIRE,
            RegimeCode.SDRE_IRRESPONSABILITE_PENALE, RegimeCode.SOINS_DETENU,
            RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, RegimeCode.HOSPITALISATION_COMPLETE,
            RegimeCode.PROGRAMME_DE_SOINS);

    private record Case(Facts facts, Assessment assessment) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void assessManySituations() {
        Boolean[] unknownYesNo = {null, true, false};
        List<List<DocumentHeld>> papers = List.of(List.of(), List.of(DocumentHeld.PREFECT_ORDER),
                List.of(DocumentHeld.DIRECTOR_DECISION, DocumentHeld.JUDGE_DECISION_CARE),
                List.of(DocumentHeld.CRIMINAL_SENTENCE, DocumentHeld.PROGRAMME_DE_SOINS));
        List<List<Goal>> goalSets = List.of(List.of(Goal.LEAVE_CARE, Goal.CHANGE_TREATMENT),
                List.of(Goal.CONTEST_MEASURE, Goal.CHANGE_DOCTOR, Goal.ACCESS_RECORDS, Goal.COMPLAIN));
        Respondent[] respondents = {Respondent.PERSON, Respondent.RELATIVE, Respondent.LAWYER};
        CareSetting[] settings = {null, CareSetting.NONE, CareSetting.OUTPATIENT, CareSetting.FULL_HOSPITALISATION};
        int i = 0;
        for (CareBasis basis : withNull(CareBasis.values())) {
            for (CareSetting setting : settings) {
                for (Boolean minor : unknownYesNo) {
                    for (Boolean programme : unknownYesNo) {
                        for (List<DocumentHeld> held : papers) {
                            i++;
                            Restraint restraint = i % 3 == 0 ? Restraint.ISOLATION : i % 3 == 1 ? null : Restraint.NONE;
                            JusticeMeasure justice = JusticeMeasure.values()[i % JusticeMeasure.values().length];
                            Protection protection = Protection.values()[i % Protection.values().length];
                            Facts facts = new Facts(respondents[i % respondents.length], minor, setting, basis,
                                    i % 7 == 0, programme, held, TODAY.minusDays(i % 40), i % 5 == 0 ? TODAY.minusDays(100) : null,
                                    restraint, justice, protection, goalSets.get(i % 2),
                                    i % 4 == 0 ? TODAY.minusDays(i % 15) : null, i % 6 == 0 ? TODAY.minusDays(i % 14) : null);
                            CASES.add(new Case(facts, AssessmentFixtures.SERVICE.assess(facts)));
                        }
                    }
                }
            }
        }
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> list = new ArrayList<>(Arrays.asList(values));
        list.add(null);
        return list;
    }

    private static boolean has(Assessment a, RegimeCode code) {
        return a.regimes().stream().anyMatch(r -> r.code() == code);
    }

    private static boolean hasAny(Assessment a, Set<RegimeCode> codes) {
        return a.regimes().stream().anyMatch(r -> codes.contains(r.code()));
    }

    @Test
    void everyRegimeCodeIsReachable() {
        Set<RegimeCode> reached = EnumSet.noneOf(RegimeCode.class);
        CASES.forEach(c -> c.assessment().regimes().forEach(r -> reached.add(r.code())));
        assertThat(reached).containsExactlyInAnyOrder(RegimeCode.values());
        Set<Certainty> certainties = EnumSet.noneOf(Certainty.class);
        CASES.forEach(c -> c.assessment().regimes().forEach(r -> certainties.add(r.certainty())));
        assertThat(certainties).containsExactlyInAnyOrder(Certainty.values());
    }

    @Test
    void cessationLetterOnlyForAdultsInSoinsLibres() {
        for (Case c : CASES) {
            Assessment a = c.assessment();
            if (!a.letters().contains(LetterId.CESSATION_PRISE_EN_CHARGE)) {
                continue;
            }
            assertThat(hasAny(a, COMPULSORY)).as("sous contrainte : %s", c.facts()).isFalse();
            assertThat(c.facts().minor()).as("mineur : %s", c.facts()).isNotEqualTo(Boolean.TRUE);
            assertThat(has(a, RegimeCode.SOINS_MINEUR_PARENTS)).isFalse();
            assertThat(has(a, RegimeCode.INJONCTION_DE_SOINS)).as("injonction : %s", c.facts()).isFalse();
            assertThat(a.regimes()).filteredOn(r -> r.code() == RegimeCode.SOINS_LIBRES)
                    .extracting(Assessment.Regime::certainty).containsAnyOf(Certainty.CERTAIN, Certainty.PROBABLE);
            if (has(a, RegimeCode.OBLIGATION_DE_SOINS) || has(a, RegimeCode.INJONCTION_THERAPEUTIQUE)) {
                assertThat(a.warnings()).extracting(Assessment.Warning::id).contains("obligation-suivi-ailleurs");
            }
        }
    }

    @Test
    void judgeLetterOnlyWhereThereIsSomethingToLift() {
        for (Case c : CASES) {
            Assessment a = c.assessment();
            boolean minorWithSdt = Boolean.TRUE.equals(c.facts().minor()) && c.facts().careBasis() != null
                    && Set.of(CareBasis.THIRD_PARTY, CareBasis.THIRD_PARTY_URGENT, CareBasis.IMMINENT_PERIL)
                    .contains(c.facts().careBasis());
            if (minorWithSdt) {
                assertThat(a.letters()).as("mineur avec décision SDT : %s", c.facts()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
            }
            boolean onlyFreeCare = a.regimes().stream().noneMatch(r -> COMPULSORY.contains(r.code()))
                    && c.facts().restraint() != Restraint.ISOLATION;
            if (onlyFreeCare) {
                assertThat(a.letters()).as("rien à lever : %s", c.facts()).doesNotContain(LetterId.SAISINE_JUGE_MAINLEVEE);
            }
        }
    }

    @Test
    void offeredLettersAreKnownFitAndExplainedOtherwise() {
        for (Case c : CASES) {
            Assessment a = c.assessment();
            List<LetterId> refused = a.lettersNotOffered().stream().map(Assessment.NotOffered::letter).toList();
            assertThat(a.letters()).as("%s", c.facts()).doesNotContainAnyElementsOf(refused);
            a.steps().stream().filter(s -> s.letter() != null)
                    .forEach(s -> assertThat(refused).as("étape %s", s.id()).doesNotContain(s.letter()));
            a.lettersNotOffered().forEach(n -> assertThat(n.reason()).isNotBlank());
        }
    }

    @Test
    void everyTextIsFilledInAndEveryPageExists() {
        for (Case c : CASES) {
            Assessment a = c.assessment();
            assertThat(AssessmentAssert.allText(a)).doesNotContain("{").doesNotContain("}");
            a.regimes().forEach(r -> {
                assertThat(r.label()).isEqualTo(r.code().label());
                assertThat(r.because()).isNotEmpty();
                assertThat(r.legalBasis()).isNotEmpty();
            });
            a.steps().forEach(s -> {
                assertThat(s.title()).isNotBlank();
                assertThat(s.body()).isNotBlank();
                if (s.page() != null) {
                    assertThat(AssessmentFixtures.LIBRARY.page(s.page())).as("fiche %s", s.page()).isPresent();
                }
            });
            a.deadlines().forEach(d -> assertThat(d.legalBasis()).isNotEmpty());
        }
    }

    @Test
    void aPassedDeadlineOfTheJudgeNeverSaysFreeToLeave() {
        int checked = 0;
        for (Case c : CASES) {
            for (Assessment.Deadline d : c.assessment().deadlines()) {
                if (d.passed() && (d.id().startsWith("juge-") || d.id().startsWith("maire-"))) {
                    checked++;
                    assertThat(d.whatNow()).containsAnyOf("avocat", "juge");
                    assertThat(d.whatNow()).containsAnyOf("Ne quittez pas l'hôpital seul", "ne doit pas quitter l'hôpital seule");
                }
            }
            assertThat(AssessmentAssert.allText(c.assessment()))
                    .doesNotContainPattern("(?i)libre de (partir|sortir)|vous pouvez partir|peut partir librement");
        }
        assertThat(checked).as("des échéances dépassées ont bien été vérifiées").isGreaterThan(50);
    }

    @Test
    void thirdPersonWordingForRelativesAndLawyers() {
        for (Case c : CASES) {
            if (c.facts().respondent() == Respondent.PERSON) {
                continue;
            }
            String text = AssessmentAssert.allText(c.assessment());
            assertThat(text).as("%s", c.facts())
                    .doesNotContain("Vous êtes convoqué").doesNotContain("votre hospitalisation")
                    .doesNotContain("vous concernent").doesNotContain("Vous êtes mineur");
        }
    }

    @Test
    void stepsComeByPriority() {
        for (Case c : CASES) {
            List<Priority> priorities = c.assessment().steps().stream().map(Assessment.Step::priority).toList();
            assertThat(priorities).isSorted();
        }
    }

    @Test
    void deadlinesComeInDateOrder() {
        for (Case c : CASES) {
            List<LocalDate> dates = c.assessment().deadlines().stream().map(Assessment.Deadline::date).toList();
            assertThat(dates).isSorted();
        }
    }
}
