package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.assessment.FactsBuilder.minor;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Which letter fits which situation, and why a letter the person may expect is not offered. */
class LetterPolicyTest {

    @Test
    void complaintAboutACmpGoesToTheEstablishmentNotTheCdsp() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.COMPLAIN));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertThat(a.letters()).contains(LetterId.RECLAMATION_CDU);
        assertThat(notOffered(a, LetterId.SAISINE_CDSP)).contains("CSP L.3223-1");
        assertThat(notOffered(a, LetterId.SAISINE_CGLPL)).contains("CGLPL");
    }

    @Test
    void basisUnknownWantingToLeaveGetsNoCessationLetter() {
        Assessment a = assess(adult().outpatient().wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
        assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("fondement");
        assertThat(step(a, "verifier-votre-situation").body()).contains("Suis-je en soins libres");
    }

    @Test
    void minorCannotDesignateATrustedPerson() {
        Assessment a = assess(minor().basis(CareBasis.PARENTS).outpatient().wanting(Goal.TRUSTED_PERSON));

        assertThat(a.letters()).doesNotContain(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE);
        assertThat(notOffered(a, LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE)).contains("majeure");
    }

    @Test
    void medicalFileRequestTooRecentForAReminder() {
        LocalDate requested = TODAY.minusDays(2);
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                .recordsRequested(requested));

        assertThat(deadline(a, "dossier-8-jours").passed()).isFalse();
        assertThat(notOffered(a, LetterId.RELANCE_DOSSIER_MEDICAL)).contains(AssessmentTexts.frenchDate(LocalDate.of(2026, 11, 30)));
        // Received Saturday 21 November: the 8th day is Sunday 29; the reminder waits for Monday 30 (CPC 642 may apply).
    }
}
