package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assertNoRegime;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Detainees: care with consent, or only on the préfet's order and in hospital (CSP L.3214-1 to L.3214-5). */
class DetaineeRulesTest {

    @Test
    void detaineeConsentingInAUhsaIsInSoinsLibres() {
        Assessment a = assess(adult().detained(true).basis(CareBasis.CONSENT).hospitalised()
                .admitted(TODAY.minusDays(5)));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertThat(regime(a, RegimeCode.SOINS_LIBRES).because()).anyMatch(b -> b.contains("UHSA"));
        assertThat(regime(a, RegimeCode.SOINS_LIBRES).legalBasis()).contains("CSP L.3214-1");
        assertNoRegime(a, RegimeCode.SOINS_DETENU, RegimeCode.HOSPITALISATION_COMPLETE);
        assertThat(a.deadlines()).isEmpty();
    }

    @Test
    void detaineeInSoinsLibresWantingToLeaveGoesBackToDetentionNotOut() {
        Assessment a = assess(adult().detained(true).basis(CareBasis.CONSENT).hospitalised().wanting(Goal.LEAVE_CARE));

        assertThat(step(a, "refuser-les-soins-en-detention").body()).contains("retourner en détention")
                .contains("CSP L.3214-3");
        assertThat(hasStep(a, "sortir-de-l-hopital-en-soins-libres")).isFalse();
    }

    @Test
    void detaineeOnAPrefectOrderIsOnlyHospitalisedFullTime() {
        LocalDate admission = TODAY.minusDays(2);
        Assessment a = assess(adult().detained(true).basis(CareBasis.DETAINEE).admitted(admission));

        assertRegime(a, RegimeCode.SOINS_DETENU, CERTAIN);
        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
        assertThat(regime(a, RegimeCode.SOINS_DETENU).legalBasis()).contains("CSP L.3214-3");
        assertThat(deadline(a, "juge-decision-12-jours").date()).isEqualTo(admission.plusDays(11));
    }

    @Test
    void detaineeSaidToBeInSdtIsContradictory() {
        Assessment a = assess(adult().detained(true).basis(CareBasis.THIRD_PARTY).hospitalised());

        assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
        assertRegime(a, RegimeCode.SOINS_DETENU, A_CONFIRMER);
        assertThat(warning(a, "detenu-base-incompatible")).contains("CSP L.3214-3");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("arrêté du préfet"));
    }

    @Test
    void detaineeInAProgrammeDeSoinsIsContradictory() {
        Assessment a = assess(adult().detained(true).basis(CareBasis.DETAINEE).outpatient().programme(true));

        assertRegime(a, RegimeCode.SOINS_DETENU, CERTAIN);
        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, A_CONFIRMER);
        assertThat(warning(a, "detenu-pas-de-programme")).contains("hospitalisation complète");
    }
}
