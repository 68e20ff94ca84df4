package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.hasWarning;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Priority.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Isolement and contention: lawful only in full hospitalisation without consent, under the judge's control (CSP L.3222-5-1). */
class RestraintRulesTest {

    @Test
    void isolementUnderCompulsoryHospitalisationIsControlledByTheJudge() {
        LocalDate notified = TODAY.minusDays(1);
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().restraint(Restraint.ISOLATION)
                .judgeDecisionNotified(notified));

        assertRegime(a, RegimeCode.ISOLEMENT_CONTENTION, CERTAIN);
        assertThat(hasWarning(a, "isolement-hors-cadre")).isFalse();
        assertThat(step(a, "isolement-controle-du-juge").body()).contains("72 heures").contains("CSP R.3211-42");
        assertThat(deadline(a, "appel-24-heures").date()).isEqualTo(notified.plusDays(1));
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void isolementReportedInSoinsLibres() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().restraint(Restraint.ISOLATION));

        assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
        assertRegime(a, RegimeCode.ISOLEMENT_CONTENTION, CERTAIN);
        assertThat(warning(a, "isolement-hors-cadre")).contains("avocat").contains("CGLPL").contains("juge");
        var judge = step(a, "saisir-le-juge-isolement-irregulier");
        assertThat(judge.priority()).isEqualTo(URGENT);
        assertThat(judge.letter()).isEqualTo(LetterId.SAISINE_JUGE_MAINLEVEE);
        assertThat(step(a, "contacter-un-avocat").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).startsWith(LetterId.SAISINE_JUGE_MAINLEVEE).contains(LetterId.SAISINE_CGLPL);
    }

    @Test
    void isolementReportedWithinAProgrammeDeSoins() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).outpatient().programme(true)
                .restraint(Restraint.RESTRAINT));

        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
        assertThat(warning(a, "isolement-hors-cadre")).contains("hors de l'hôpital");
    }

    @Test
    void isolementReportedWithBasisUnknown() {
        Assessment a = assess(adult().restraint(Restraint.ISOLATION));

        assertRegime(a, RegimeCode.ISOLEMENT_CONTENTION, CERTAIN);
        assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER);
        assertThat(a.toClarify()).anyMatch(q -> q.contains("Suis-je en soins libres"));
        assertThat(warning(a, "isolement-base-inconnue")).contains("CSP L.3222-5-1");
        assertThat(step(a, "saisir-le-juge-isolement-irregulier").priority()).isEqualTo(URGENT);
    }
}
