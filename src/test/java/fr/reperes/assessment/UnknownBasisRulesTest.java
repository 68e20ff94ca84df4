package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentAssert.assertNoRegime;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.assessment.FactsBuilder.nothingKnown;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Priority.IMPORTANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The basis not stated: what is possible, what the papers held point to, and which question or paper settles it. */
class UnknownBasisRulesTest {

    @Test
    void nothingKnownAsksTheQuestionAndNamesThePapers() {
        Assessment a = assess(nothingKnown());

        assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
        assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER);
        assertThat(a.toClarify()).anyMatch(q -> q.contains("« Suis-je en soins libres ou en soins sans consentement ? »"));
        assertThat(a.toClarify()).anyMatch(q -> q.contains("arrêté du préfet") && q.contains("SDRE"));
        assertThat(a.toClarify()).anyMatch(q -> q.contains("décision du directeur") && q.contains("péril imminent"));
        assertThat(step(a, "verifier-votre-situation").priority()).isEqualTo(IMPORTANT);
        assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE, LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void followedOutsideHospitalWithoutProgrammeIsProbablySoinsLibres() {
        Assessment a = assess(adult().outpatient().programme(false).wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_LIBRES, PROBABLE);
        assertNoRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER);
        assertThat(regime(a, RegimeCode.SOINS_LIBRES).legalBasis()).contains("CSP L.3211-2-1");
        assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE);
    }

    @Test
    void prefectOrderHeldWithBasisUnknownIsProbablyAnSdre() {
        Assessment a = assess(adult().hospitalised().holding(DocumentHeld.PREFECT_ORDER));

        assertRegime(a, RegimeCode.SDRE, PROBABLE);
        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
        assertThat(regime(a, RegimeCode.SDRE).because()).anyMatch(b -> b.contains("arrêté du préfet"));
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void directorsDecisionHeldMeansThirdPartyOrImminentPeril() {
        Assessment a = assess(adult().hospitalised().holding(DocumentHeld.DIRECTOR_DECISION));

        assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertRegime(a, RegimeCode.PERIL_IMMINENT, A_CONFIRMER);
        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
        assertThat(a.toClarify()).anyMatch(q -> q.contains("décision du directeur"));
    }

    @Test
    void programmeStatedWithBasisUnknownIsCompulsoryCare() {
        Assessment a = assess(adult().outpatient().programme(true).wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
        assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
        assertNoRegime(a, RegimeCode.SOINS_LIBRES);
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("soins sans consentement");
        assertThat(a.letters()).contains(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
    }

    @Test
    void protectionJudgmentHeldButMeasureUnknown() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.UNKNOWN)
                .holding(DocumentHeld.PROTECTION_JUDGMENT));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertThat(a.regimes()).extracting(Assessment.Regime::code).doesNotContain(RegimeCode.CURATELLE,
                RegimeCode.TUTELLE);
        assertThat(a.toClarify()).anyMatch(q -> q.contains("juge des contentieux de la protection"));
    }

    @Test
    void criminalSentenceHeldButCareMeasureUnknown() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().holding(DocumentHeld.CRIMINAL_SENTENCE)
                .justice(JusticeMeasure.UNKNOWN).wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.INJONCTION_DE_SOINS, A_CONFIRMER);
        assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, A_CONFIRMER);
        assertRegime(a, RegimeCode.INJONCTION_THERAPEUTIQUE, A_CONFIRMER);
        assertThat(a.toClarify()).anyMatch(q -> q.contains("jugement pénal"));
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("jugement pénal");
    }
}
