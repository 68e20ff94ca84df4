package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.CERTAIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The medical file, complaints and the sharing of information (CSP L.1111-7, L.1112-3, L.1110-4). */
class RecordsAndComplaintRulesTest {

    @Test
    void underCuratelleWantingTheMedicalFileAfterEightDays() {
        // Received Wednesday 11 November 2026: 8 days to Thursday 19 November, a working day, passed.
        LocalDate requested = TODAY.minusDays(12);
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.CURATELLE)
                .wanting(Goal.ACCESS_RECORDS).recordsRequested(requested));

        assertRegime(a, RegimeCode.CURATELLE, CERTAIN);
        var eight = deadline(a, "dossier-8-jours");
        assertThat(eight.date()).isEqualTo(requested.plusDays(8));
        assertThat(eight.passed()).isTrue();
        assertThat(eight.label()).contains("réception");
        var twoMonths = deadline(a, "dossier-2-mois");
        assertThat(twoMonths.date()).isEqualTo(requested.plusMonths(2));
        assertThat(twoMonths.passed()).isFalse();
        assertThat(a.letters()).contains(LetterId.ACCES_DOSSIER_MEDICAL, LetterId.RELANCE_DOSSIER_MEDICAL);
        assertThat(step(a, "relancer-la-demande-de-dossier").body()).contains("CADA");
    }

    @Test
    void relativeOfAnAdultCannotRequestTheFileInTheirPlace() {
        Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.CONSENT).outpatient()
                .wanting(Goal.ACCESS_RECORDS));

        assertThat(warning(a, "dossier-pas-pour-un-proche")).contains("CSP L.1111-7");
        assertThat(step(a, "demander-le-dossier-medical").body()).contains("la personne");
        assertThat(a.letters()).contains(LetterId.ACCES_DOSSIER_MEDICAL);
    }

    @Test
    void objectingToSharingUnderCompulsoryCareCannotBlockLegalTransmissions() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().wanting(Goal.CONTROL_SHARING));

        assertThat(a.letters()).contains(LetterId.OPPOSITION_PARTAGE_INFORMATIONS);
        assertThat(warning(a, "partage-transmissions-obligatoires")).contains("préfet");
    }

    @Test
    void complaintUnderCompulsoryHospitalisationGoesToEveryBody() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().wanting(Goal.COMPLAIN));

        assertThat(a.letters()).contains(LetterId.RECLAMATION_CDU, LetterId.SAISINE_CDSP, LetterId.SAISINE_CGLPL);
        assertThat(step(a, "saisir-la-cdsp").body()).contains("CSP L.3223-1");
    }
}
