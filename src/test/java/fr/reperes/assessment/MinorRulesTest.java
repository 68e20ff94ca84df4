package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentAssert.allText;
import static fr.reperes.assessment.AssessmentAssert.assertNoRegime;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.hasWarning;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.minor;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Minors: the parents decide, the director cannot admit them without consent, the judge stays open (CSP L.3211-10). */
class MinorRulesTest {

    @Test
    void parentOfAHospitalisedMinor() {
        Assessment a = assess(minor().answeredBy(Respondent.RELATIVE).basis(CareBasis.PARENTS).hospitalised()
                .admitted(TODAY.minusDays(20)).wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, CERTAIN);
        assertNoRegime(a, RegimeCode.SOINS_LIBRES, RegimeCode.HOSPITALISATION_COMPLETE, RegimeCode.SDT);
        var exit = step(a, "sortie-d-un-mineur");
        assertThat(exit.priority()).isEqualTo(IMPORTANT);
        assertThat(exit.body()).contains("CSP L.3211-10").contains("le mineur");
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("autorité parentale");
        assertThat(a.deadlines()).as("pas de délai du juge en soins libres").isEmpty();
    }

    @Test
    void minorWithAnSdtDecisionMustSeizeTheJudge() {
        Assessment a = assess(minor().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(TODAY.minusDays(3)));

        // CSP L.3211-10, avis 22-70.003: an irregular decision, never a regime that applies "with certainty".
        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertThat(regime(a, RegimeCode.SDT).because()).anySatisfy(b -> assertThat(b)
                .contains("décision irrégulière").contains("CSP L.3211-10"));
        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("Quel article cite la décision"));
        assertThat(regime(a, RegimeCode.SDT).legalBasis()).contains("Cass. avis, 18 mai 2022, n° 22-70.003");
        assertThat(warning(a, "mineur-sdt-irregulier")).contains("22-70.003").contains("juge");
        var judge = step(a, "saisir-le-juge-decision-irreguliere");
        assertThat(judge.priority()).isEqualTo(URGENT);
        assertThat(a.letters()).first().isEqualTo(LetterId.SAISINE_JUGE_MAINLEVEE);
        assertThat(allText(a)).doesNotContainPattern("(?i)pas de juge|aucun juge|pas de contrôle automatique");
    }

    @Test
    void minorAdmittedForImminentPeril() {
        Assessment a = assess(minor().basis(CareBasis.IMMINENT_PERIL).hospitalised());

        assertRegime(a, RegimeCode.PERIL_IMMINENT, A_CONFIRMER);
        assertThat(hasWarning(a, "mineur-sdt-irregulier")).isTrue();
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void minorWithAnUrgentSdtDecisionHeldWithTheDirectorsPaperIsStillNotCertain() {
        // The paper of the director would make an SDT "probable" for an adult: for a minor it stays irregular.
        Assessment a = assess(minor().basis(CareBasis.THIRD_PARTY_URGENT).hospitalised()
                .holding(DocumentHeld.DIRECTOR_DECISION));

        assertThat(a.regimes()).as("aucun régime de décision du directeur n'est certain pour un mineur")
                .filteredOn(r -> r.code() == RegimeCode.SDT_URGENCE || r.code() == RegimeCode.SDT)
                .isNotEmpty().allSatisfy(r -> assertThat(r.certainty()).isEqualTo(A_CONFIRMER));
        assertThat(hasWarning(a, "mineur-sdt-irregulier")).isTrue();
        assertThat(step(a, "saisir-le-juge-decision-irreguliere").priority()).isEqualTo(URGENT);
    }

    @Test
    void minorUnderAPrefectsDecisionIsPossible() {
        Assessment a = assess(minor().basis(CareBasis.PREFECT).hospitalised());

        assertRegime(a, RegimeCode.SDRE, CERTAIN);
        assertThat(hasWarning(a, "mineur-sdt-irregulier")).isFalse();
        assertThat(hasStep(a, "controle-automatique-du-juge")).isTrue();
    }

    @Test
    void minorPlacedByTheChildrenJudge() {
        Assessment a = assess(minor().basis(CareBasis.CHILDREN_JUDGE).hospitalised().wanting(Goal.CONTEST_MEASURE));

        assertRegime(a, RegimeCode.PLACEMENT_JUGE_DES_ENFANTS, CERTAIN);
        assertThat(step(a, "demander-au-juge-des-enfants").body()).contains("CC 375-9");
        assertThat(notOffered(a, LetterId.SAISINE_JUGE_MAINLEVEE)).contains("juge des enfants");
    }

    @Test
    void minorWhoConsentsIsStillAdmittedAtTheParentsRequest() {
        Assessment a = assess(minor().basis(CareBasis.CONSENT).outpatient().wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, PROBABLE);
        assertNoRegime(a, RegimeCode.SOINS_LIBRES);
        assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
    }

    @Test
    void directorsDecisionForAMinorMustBeChecked() {
        Assessment a = assess(minor().basis(CareBasis.PARENTS).hospitalised().holding(DocumentHeld.DIRECTOR_DECISION));

        assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, CERTAIN);
        assertThat(warning(a, "mineur-decision-a-verifier")).contains("L.3212-1");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("Quel article"));
    }
}
