package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.allText;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.findDeadline;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

/** The judge's control of compulsory care, its deadlines and the appeal (CSP L.3211-12 to L.3211-12-4, R.3211-18). */
class JudgeRulesTest {

    @Test
    void sdtHospitalisedForFiveDays() {
        LocalDate admission = TODAY.minusDays(5);
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(admission));

        assertRegime(a, RegimeCode.SDT, CERTAIN);
        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, CERTAIN);
        var seizure = deadline(a, "juge-saisine-8-jours");
        assertThat(seizure.date()).isEqualTo(admission.plusDays(7));
        assertThat(seizure.passed()).isFalse();
        var decision = deadline(a, "juge-decision-12-jours");
        assertThat(decision.date()).isEqualTo(admission.plusDays(11));
        assertThat(decision.legalBasis()).containsExactly("CSP L.3211-12-1");
        assertThat(decision.label()).contains("1er jour");
        assertThat(step(a, "controle-automatique-du-juge").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
    }

    @Test
    void judgeSixMonthReviewCountedFromTheLastDecision() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised()
                .admitted(LocalDate.of(2026, 3, 1)).lastJudgeDecision(LocalDate.of(2026, 6, 10)));

        assertThat(findDeadline(a, "juge-decision-12-jours")).as("le contrôle des 12 jours a déjà eu lieu").isEmpty();
        var review = deadline(a, "juge-decision-6-mois");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(review.passed()).isFalse();
        assertThat(deadline(a, "juge-saisine-6-mois").date()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void appealWithinTenDaysOfNotification() {
        LocalDate notified = TODAY.minusDays(3);
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().judgeDecisionNotified(notified));

        var appeal = deadline(a, "appel-10-jours");
        assertThat(appeal.date()).isEqualTo(notified.plusDays(9));
        assertThat(appeal.passed()).isFalse();
        assertThat(appeal.legalBasis()).contains("CSP R.3211-18");
        assertThat(step(a, "faire-appel").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).first().isEqualTo(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void appealDelayPassedLeavesANewRequestToTheJudge() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised()
                .judgeDecisionNotified(TODAY.minusDays(20)).wanting(Goal.CONTEST_MEASURE));

        assertThat(deadline(a, "appel-10-jours").passed()).isTrue();
        assertThat(deadline(a, "appel-10-jours").whatNow()).contains("CSP L.3211-12");
        assertThat(notOffered(a, LetterId.APPEL_DECISION_JUGE)).contains("avocat");
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE).doesNotContain(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void passedTwelveDayDeadlineNeverSaysFreeToLeave() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(TODAY.minusDays(30)));

        var decision = deadline(a, "juge-decision-12-jours");
        assertThat(decision.passed()).isTrue();
        assertThat(decision.whatNow()).contains("avocat").contains("Ne quittez pas l'hôpital seul");
        assertThat(warning(a, "delai-juge-depasse")).contains("fugue");
        assertThat(step(a, "contacter-un-avocat").priority()).isEqualTo(URGENT);
        assertThat(allText(a)).doesNotContainPattern("(?i)libre de (partir|sortir)|pouvez (partir|sortir)");
    }

    @Test
    void hospitalisedWithBasisUnknownGetsDatesButNoHearingToPrepare() {
        LocalDate admission = TODAY.minusDays(3);
        Assessment a = assess(adult().hospitalised().admitted(admission));

        assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, A_CONFIRMER);
        assertThat(deadline(a, "juge-decision-12-jours").date()).isEqualTo(admission.plusDays(11));
        assertThat(hasStep(a, "controle-automatique-du-juge")).isFalse();
        assertThat(step(a, "verifier-votre-situation").priority()).isEqualTo(IMPORTANT);
    }
}
