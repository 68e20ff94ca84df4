package fr.reperes.assessment;

import fr.reperes.core.Facts.AppealedDecision;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Restraint;
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
        // Admitted Wednesday 18 November 2026: seized by Thursday 26 (8 days, CPC 641), checked from Wednesday 25.
        var seizure = deadline(a, "juge-saisine-8-jours");
        assertThat(seizure.legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(seizure.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(seizure.passed()).isFalse();
        // The 12th day is Monday 30 November; the day before it, counting the admission, is a Sunday: Friday 27.
        var decision = deadline(a, "juge-decision-12-jours");
        assertThat(decision.legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(decision.date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(decision.legalBasis()).containsExactly("CSP L.3211-12-1");
        assertThat(decision.label()).contains("lundi 30 novembre 2026 à minuit").contains("vendredi 27 novembre 2026")
                .contains("non compté").contains("n'est pas certain");
        assertThat(step(a, "controle-automatique-du-juge").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
    }

    @Test
    void judgeSixMonthReviewCountedFromTheLastDecision() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised()
                .admitted(LocalDate.of(2026, 3, 1)).lastJudgeDecision(LocalDate.of(2026, 6, 10)));

        assertThat(findDeadline(a, "juge-decision-12-jours")).as("le contrôle des 12 jours a déjà eu lieu").isEmpty();
        var review = deadline(a, "juge-decision-6-mois");
        // 10 June + 6 months = Thursday 10 December 2026 (CPC 641 al. 2), a working day: no extension in question.
        assertThat(review.legalLastDay()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(review.passed()).isFalse();
        // Seized at least 15 days before: Wednesday 25 November.
        assertThat(deadline(a, "juge-saisine-6-mois").legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(deadline(a, "juge-saisine-6-mois").date()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void appealWithinTenDaysOfNotification() {
        LocalDate notified = TODAY.minusDays(3);
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().judgeDecisionNotified(notified));

        var appeal = deadline(a, "appel-10-jours");
        // Notified Friday 20 November 2026: CPC 641, the day of notification does not count; Monday 30 November.
        assertThat(appeal.legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(appeal.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(appeal.label()).contains("lundi 30 novembre 2026 à minuit");
        assertThat(appeal.passed()).isFalse();
        assertThat(appeal.legalBasis()).contains("CSP R.3211-18");
        assertThat(step(a, "faire-appel").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).first().isEqualTo(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void appealNotifiedOnAWednesdayEndsOnSaturdayAndRunsToMonday_CPC642() {
        // Notified Wednesday 18 November 2026: 10 days end on Saturday 28 November, carried to Monday 30 November.
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised()
                .judgeDecisionNotified(LocalDate.of(2026, 11, 18)).appealing(AppealedDecision.CARE_MEASURE));

        var appeal = deadline(a, "appel-10-jours");
        assertThat(appeal.legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(appeal.date()).as("la date prudente : le dernier jour ouvrable avant le samedi")
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(appeal.label()).contains("lundi 30 novembre 2026 à minuit").contains("vendredi 27 novembre 2026");
        assertThat(findDeadline(a, "appel-24-heures")).as("pas de délai de 24 heures contre la mesure").isEmpty();
    }

    @Test
    void appealWhoseTenDaysEndedOnSundayIsStillOpenOnTheMondayItWasCarriedTo() {
        // Notified Thursday 12 November 2026 (TODAY is Monday 23): day 10 is Sunday 22, the delay runs to today 24:00.
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised()
                .judgeDecisionNotified(LocalDate.of(2026, 11, 12)));

        var appeal = deadline(a, "appel-10-jours");
        assertThat(appeal.legalLastDay()).isEqualTo(TODAY);
        assertThat(appeal.passed()).isFalse();
        assertThat(step(a, "faire-appel").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).contains(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void appealWhoseTenDaysEndedOnFridayIsOverOnMonday() {
        // Notified Tuesday 10 November 2026: day 10 is Friday 20 November, a working day; nothing carries it.
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised()
                .judgeDecisionNotified(LocalDate.of(2026, 11, 10)));

        assertThat(deadline(a, "appel-10-jours").legalLastDay()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(deadline(a, "appel-10-jours").passed()).isTrue();
        assertThat(a.letters()).doesNotContain(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void appealOfAnIsolementDecisionHasOnly24HoursThenANewRequestToTheJudge_R3211_42() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().restraint(Restraint.ISOLATION)
                .judgeDecisionNotified(TODAY.minusDays(3)).appealing(AppealedDecision.ISOLEMENT_CONTENTION));

        assertThat(findDeadline(a, "appel-10-jours")).as("pas de délai de 10 jours contre l'isolement").isEmpty();
        assertThat(deadline(a, "appel-24-heures").passed()).isTrue();
        assertThat(hasStep(a, "faire-appel")).isFalse();
        assertThat(step(a, "demander-la-mainlevee-au-juge").priority()).isEqualTo(URGENT);
        assertThat(warning(a, "appel-24h-passe")).contains("CSP R.3211-42").contains("CSP L.3211-12");
        assertThat(notOffered(a, LetterId.APPEL_DECISION_JUGE)).contains("24 heures").contains("CSP L.3211-12");
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void appealOfAnIsolementDecisionNotifiedToday() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().restraint(Restraint.ISOLATION)
                .judgeDecisionNotified(TODAY).appealing(AppealedDecision.ISOLEMENT_CONTENTION));

        assertThat(deadline(a, "appel-24-heures").date()).isEqualTo(TODAY.plusDays(1));
        assertThat(step(a, "faire-appel").priority()).isEqualTo(URGENT);
        assertThat(a.letters()).first().isEqualTo(LetterId.APPEL_DECISION_JUGE);
    }

    @Test
    void isolementReportedButDecisionNotSaidShowsBothDelaysAndAsksWhichDecision() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().restraint(Restraint.ISOLATION)
                .judgeDecisionNotified(TODAY.minusDays(3)));

        assertThat(findDeadline(a, "appel-10-jours")).isPresent();
        assertThat(findDeadline(a, "appel-24-heures")).isPresent();
        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("Sur quoi portait la décision du juge"));
        // Still possibly a decision on the measure: the 10 days are open, the appeal stays offered.
        assertThat(step(a, "faire-appel").priority()).isEqualTo(URGENT);
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
