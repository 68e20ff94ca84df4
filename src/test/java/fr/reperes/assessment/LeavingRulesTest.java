package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

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
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Priority.IMPORTANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Wanting to leave, to change doctor or treatment: what it means depends on the regime, and it never means an abrupt stop. */
class LeavingRulesTest {

    @Test
    void adultAtCmpInSoinsLibresWantingToLeave() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertThat(a.regimes()).hasSize(1);
        assertThat(step(a, "mettre-fin-au-suivi").letter()).isEqualTo(LetterId.CESSATION_PRISE_EN_CHARGE);
        assertThat(step(a, "mettre-fin-au-suivi").page()).isEqualTo("quitter-un-cmp");
        assertThat(a.letters()).first().isEqualTo(LetterId.CESSATION_PRISE_EN_CHARGE);
        assertThat(warning(a, "arret-brutal-traitement")).contains("progressive");
        assertThat(warning(a, "numeros-de-crise")).contains("3114").contains("15").contains("112");
        assertThat(notOffered(a, LetterId.SAISINE_JUGE_MAINLEVEE)).contains("soins libres");
    }

    @Test
    void hospitalisedInSoinsLibresMayLeaveSigningAnAttestation() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().wanting(Goal.LEAVE_CARE)
                .admitted(TODAY.minusDays(4)));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertNoRegime(a, RegimeCode.HOSPITALISATION_COMPLETE);
        assertThat(step(a, "sortir-de-l-hopital-en-soins-libres").body()).contains("CSP R.1112-62");
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("CSP R.1112-62");
        assertThat(a.deadlines()).as("pas de contrôle du juge en soins libres").isEmpty();
    }

    @Test
    void soinsLibresWantingAnotherPsychiatristChoosesFreely() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.CHANGE_DOCTOR));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertThat(step(a, "changer-de-psychiatre").body()).contains("CSP L.3211-1");
        assertThat(notOffered(a, LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION)).contains("injonction de soins");
    }

    @Test
    void sdreHospitalisedWantingToLeave() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SDRE, CERTAIN);
        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, CERTAIN);
        assertThat(step(a, "demander-la-mainlevee-au-juge").letter()).isEqualTo(LetterId.SAISINE_JUGE_MAINLEVEE);
        assertThat(step(a, "parler-de-la-levee-au-psychiatre-et-au-prefet").body()).contains("CSP L.3213-5");
        assertThat(warning(a, "ne-pas-partir-seul")).contains("fugue");
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("soins sans consentement");
    }

    @Test
    void programmeDeSoinsUnderSdtWantingToStopInjections() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).outpatient().programme(true)
                .wanting(Goal.CHANGE_TREATMENT));

        assertRegime(a, RegimeCode.SDT, CERTAIN);
        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
        var treatment = step(a, "changer-de-traitement-sans-arret-brutal");
        assertThat(treatment.priority()).isEqualTo(IMPORTANT);
        assertThat(treatment.body()).contains("progressive").contains("CSP L.1111-4");
        assertThat(step(a, "demander-a-modifier-le-programme").priority()).isEqualTo(IMPORTANT);
        assertThat(hasWarning(a, "arret-brutal-traitement")).isTrue();
        assertThat(hasStep(a, "preparer-un-plan-de-crise")).isTrue();
    }
}
