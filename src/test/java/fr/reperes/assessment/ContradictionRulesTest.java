package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers that cannot all be true are reported, and the regimes involved are left to confirm. */
class ContradictionRulesTest {

    @Test
    void soinsLibresButAPrefectOrderHeld() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().holding(DocumentHeld.PREFECT_ORDER));

        assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
        assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
        assertThat(warning(a, "contradiction-consentement-papiers")).contains("un arrêté du préfet");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("Suis-je en soins libres"))
                .anyMatch(q -> q.contains("mainlevée"));
        assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
    }

    @Test
    void thirdPartyStatedButAPrefectOrderHeld() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().holding(DocumentHeld.PREFECT_ORDER));

        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
        assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
        assertThat(warning(a, "contradiction-base-papiers")).contains("CSP L.3213-6");
        assertThat(hasStep(a, "controle-automatique-du-juge")).isTrue();
    }

    @Test
    void protectorsConsentDoesNotMakeSoinsLibres() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().protection(Protection.TUTELLE)
                .wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertRegime(a, RegimeCode.TUTELLE, CERTAIN);
        assertThat(warning(a, "consentement-protecteur")).contains("CSP L.1111-4").contains("ne transforme pas");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("Qui a donné l'accord"));
    }

    @Test
    void compulsoryBasisStatedButNoCurrentCare() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).setting(CareSetting.NONE));

        assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
        assertThat(warning(a, "mesure-sans-soins")).contains("programme de soins");
    }

    @Test
    void compulsoryCareOutsideHospitalWithoutAProgramme() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).outpatient().programme(false));

        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, A_CONFIRMER);
        assertThat(warning(a, "ambulatoire-sans-programme")).contains("CSP L.3211-2-1");
    }

    @Test
    void rehospitalisedFullTimeDuringAProgramme() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().programme(true));

        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, CERTAIN);
        assertThat(warning(a, "rehospitalisation")).contains("12e jour").contains("CSP L.3211-11");
    }

    @Test
    void adultAdmittedAtTheParentsRequest() {
        Assessment a = assess(adult().basis(CareBasis.PARENTS).hospitalised());

        assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, A_CONFIRMER);
        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
        assertThat(warning(a, "parents-majeur")).contains("CSP L.3212-1");
    }

    @Test
    void childrenJudgePlacementForAnAdult() {
        Assessment a = assess(adult().basis(CareBasis.CHILDREN_JUDGE).hospitalised());

        assertRegime(a, RegimeCode.PLACEMENT_JUGE_DES_ENFANTS, A_CONFIRMER);
        assertThat(warning(a, "juge-enfants-majeur")).contains("CC 375-9");
    }
}
