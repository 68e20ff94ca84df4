package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.DocumentHeld;
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
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** The basis of care as stated, and the care it leads to: SDT, SDT in urgency, the mayor's measure, criminal irresponsibility (CSP L.3212-1 to L.3213-8). */
class AdmissionRulesTest {

    @Test
    void sdtInUrgencyShowsTheCrisisNumbers() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY_URGENT).hospitalised());

        assertRegime(a, RegimeCode.SDT_URGENCE, CERTAIN);
        assertThat(regime(a, RegimeCode.SDT_URGENCE).legalBasis()).contains("CSP L.3212-3");
        assertThat(warning(a, "numeros-de-crise")).contains("3114");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("date de la décision d'admission"));
    }

    @Test
    void mayorsProvisionalMeasureAfterFortyEightHours() {
        LocalDate measure = TODAY.minusDays(3);
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised().admitted(measure));

        assertRegime(a, RegimeCode.MESURE_PROVISOIRE_MAIRE, CERTAIN);
        assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
        var lapse = deadline(a, "maire-48-heures");
        assertThat(lapse.date()).isEqualTo(measure.plusDays(2));
        assertThat(lapse.passed()).isTrue();
        assertThat(lapse.whatNow()).contains("avocat").contains("Ne quittez pas l'hôpital seul");
        assertThat(warning(a, "maire-48h")).contains("CSP L.3213-2");
    }

    @Test
    void mayorsMeasureWithoutADateStillStatesTheFortyEightHoursAndAsksForThePrefectsArrete() {
        // CSP L.3213-2: the 48 hours are said even when nobody knows when the measure was taken.
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised());

        assertThat(regime(a, RegimeCode.MESURE_PROVISOIRE_MAIRE).because())
                .anySatisfy(b -> assertThat(b).contains("48 heures").contains("arrêté du préfet"));
        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("préfet").contains("48 heures"));
    }

    @Test
    void mayorsMeasureWithThePrefectsArreteHeldDoesNotAskForIt() {
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised()
                .holding(DocumentHeld.PREFECT_ORDER));

        assertThat(a.toClarify()).noneSatisfy(q -> assertThat(q).contains("48 heures suivant la mesure du maire"));
    }

    @Test
    void mayorsMeasureFollowedByAPrefectOrderIsProbablyAnSdre() {
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised()
                .holding(DocumentHeld.PREFECT_ORDER));

        assertRegime(a, RegimeCode.MESURE_PROVISOIRE_MAIRE, CERTAIN);
        assertRegime(a, RegimeCode.SDRE, PROBABLE);
        assertThat(a.warnings()).extracting(Assessment.Warning::id).noneMatch(id -> id.startsWith("contradiction"));
    }

    @Test
    void hospitalisationAfterCriminalIrresponsibility() {
        Assessment a = assess(adult().answeredBy(Respondent.LAWYER).basis(CareBasis.CRIMINAL_IRRESPONSIBILITY)
                .hospitalised().wanting(Goal.CONTEST_MEASURE));

        assertRegime(a, RegimeCode.SDRE_IRRESPONSABILITE_PENALE, CERTAIN);
        assertThat(regime(a, RegimeCode.SDRE_IRRESPONSABILITE_PENALE).legalBasis()).contains("CPP 706-135",
                "CSP L.3213-7");
        assertThat(warning(a, "irresponsabilite-levee")).contains("deux expertises");
        assertThat(a.toClarify()).anyMatch(q -> q.contains("peine"));
        assertThat(step(a, "verifier-la-procedure").body()).contains("la personne");
        assertThat(hasStep(a, "contacter-un-avocat")).as("l'avocat qui répond n'est pas renvoyé à un avocat").isFalse();
    }

    @Test
    void programmeDeSoinsUnderSdreWithCuratelle() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).outpatient().programme(true)
                .protection(Protection.CURATELLE).wanting(Goal.LEAVE_CARE));

        assertRegime(a, RegimeCode.SDRE, CERTAIN);
        assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
        assertRegime(a, RegimeCode.CURATELLE, CERTAIN);
        var modify = step(a, "demander-a-modifier-le-programme");
        assertThat(modify.letter()).isEqualTo(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
        assertThat(modify.body()).contains("préfet").contains("juge");
        assertThat(a.letters()).contains(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS, LetterId.SAISINE_JUGE_MAINLEVEE,
                LetterId.INFORMATION_PROTECTEUR);
        assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("programme de soins");
        assertThat(warning(a, "programme-arret")).contains("CSP L.3211-11");
    }
}
