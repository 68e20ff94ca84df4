package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assertNoRegime;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.findDeadline;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.hasWarning;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Priority.IMPORTANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Care ordered by a criminal court: injonction de soins, obligation de soins, injonction thérapeutique. */
class JusticeRulesTest {

    @Test
    void injonctionDeSoinsWantingAnotherDoctor() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.INJONCTION_DE_SOINS)
                .wanting(Goal.CHANGE_DOCTOR));

        assertRegime(a, RegimeCode.INJONCTION_DE_SOINS, CERTAIN);
        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        var change = step(a, "changer-de-medecin-par-le-coordonnateur");
        assertThat(change.letter()).isEqualTo(LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION);
        assertThat(change.body()).contains("médecin coordonnateur").contains("CSP R.3711-12");
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("médecin coordonnateur");
        assertThat(hasStep(a, "changer-de-psychiatre")).isFalse();
    }

    @Test
    void injonctionDeSoinsWantingToStopTreatment() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.INJONCTION_DE_SOINS)
                .wanting(Goal.CHANGE_TREATMENT));

        assertThat(warning(a, "injonction-arret")).contains("CSP L.3711-3");
        assertThat(step(a, "continuer-l-injonction-de-soins").priority()).isEqualTo(IMPORTANT);
        assertThat(hasWarning(a, "arret-brutal-traitement")).isTrue();
    }

    @Test
    void obligationDeSoinsInSoinsLibresWantingToLeave() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.OBLIGATION_DE_SOINS)
                .wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, CERTAIN);
        assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE, LetterId.DEMANDE_ATTESTATION_SUIVI);
        assertThat(warning(a, "obligation-suivi-ailleurs")).contains("prouver").contains("CP 132-45");
        assertThat(step(a, "garder-un-suivi-et-le-prouver").priority()).isEqualTo(IMPORTANT);
    }

    @Test
    void injonctionTherapeutiqueTimelineFromTheNotification() {
        LocalDate notified = LocalDate.of(2026, 11, 1);
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient()
                .justice(JusticeMeasure.INJONCTION_THERAPEUTIQUE).judgeDecisionNotified(notified));

        assertRegime(a, RegimeCode.INJONCTION_THERAPEUTIQUE, CERTAIN);
        var contact = deadline(a, "injonction-therapeutique-contact");
        assertThat(contact.date()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(contact.passed()).isTrue();
        assertThat(contact.label()).contains("en principe");
        assertThat(deadline(a, "injonction-therapeutique-evaluation").date()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(deadline(a, "injonction-therapeutique-bilan-3-mois").date()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(deadline(a, "injonction-therapeutique-bilan-6-mois").date()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(findDeadline(a, "appel-10-jours")).as("pas d'appel d'une décision de soins psychiatriques").isEmpty();
    }

    @Test
    void injonctionTherapeutiqueWantingToLeaveTheCurrentFollowUp() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient()
                .justice(JusticeMeasure.INJONCTION_THERAPEUTIQUE).wanting(Goal.LEAVE_CARE));

        assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE);
        assertThat(hasWarning(a, "obligation-suivi-ailleurs")).isTrue();
        assertThat(a.toClarify()).anyMatch(q -> q.contains("notifiée"));
    }

    @Test
    void obligationDeSoinsWithoutAnyCurrentFollowUp() {
        Assessment a = assess(adult().setting(CareSetting.NONE).justice(JusticeMeasure.OBLIGATION_DE_SOINS));

        assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, CERTAIN);
        assertNoRegime(a, RegimeCode.SOINS_LIBRES, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER);
        assertThat(warning(a, "mesure-penale-sans-suivi")).contains("rendez-vous");
    }
}
