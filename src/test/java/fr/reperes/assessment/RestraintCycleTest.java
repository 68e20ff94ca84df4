package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.Facts.RestraintDecisions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.findDeadline;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Priority.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judge's re-control of isolement and contention, computed (CSP L.3222-5-1 II; Cass. avis 6 March 2024
 * n° 23-70.017; R.3211-32): before 72 hours of isolement or 48 hours of contention from the start; after a decision
 * keeping the measure, the same cycle again from that decision; only after two decisions keeping an isolement, before
 * 144 hours (24 hours before 7 days) from the last one; contention never on 7 days. Counted in hours, only the day
 * known: the date shown is the last day surely in time, the legal last day that of the latest end. TODAY is Monday
 * 23 November 2026.
 */
class RestraintCycleTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static FactsBuilder sdtInHospital(Restraint restraint) {
        return adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(d(2026, 11, 10)).restraint(restraint);
    }

    @Test
    void isolatedSinceSaturday21November_noJudgeYet_judgeSeizedBeforeThe72ndHour_byTuesday24() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION).restraintSince(d(2026, 11, 21))
                .restraintKeptByTheJudge(RestraintDecisions.NONE, null));

        var seizure = deadline(a, "isolement-saisine-72-heures");
        assertThat(seizure.legalLastDay()).as("commencé à 23 h 59 : 72 heures plus tard").isEqualTo(d(2026, 11, 24));
        assertThat(seizure.date()).as("commencé à minuit : trop tard dès le 24 à 0 h").isEqualTo(d(2026, 11, 23));
        assertThat(seizure.passed()).isFalse();
        assertThat(seizure.label()).contains("72e heure").contains("heure par heure").contains("(CSP L.3222-5-1)");
        assertThat(seizure.legalBasis()).containsExactly("CSP L.3222-5-1");
        assertThat(findDeadline(a, "isolement-saisine-7-jours")).isEmpty();
    }

    @Test
    void tiedDownSinceFriday20November_noJudgeYet_the48HoursAreOver_askTheJudgeNow() {
        Assessment a = assess(sdtInHospital(Restraint.RESTRAINT).restraintSince(d(2026, 11, 20))
                .restraintKeptByTheJudge(RestraintDecisions.NONE, null));

        var seizure = deadline(a, "contention-saisine-48-heures");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 11, 22));
        assertThat(seizure.date()).isEqualTo(d(2026, 11, 21));
        assertThat(seizure.passed()).isTrue();
        assertThat(seizure.whatNow()).contains("mettre fin").contains("CSP L.3211-12");
        assertThat(step(a, "isolement-controle-du-juge").priority()).isEqualTo(URGENT);
        assertThat(findDeadline(a, "isolement-saisine-72-heures")).isEmpty();
    }

    @Test
    void isolementKeptOnceByTheJudgeOnSunday22November_theOrdinaryCycleAgain_seizedBefore72HoursFromThatDecision() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION).restraintSince(d(2026, 11, 18))
                .restraintKeptByTheJudge(RestraintDecisions.ONE, d(2026, 11, 22)));

        var seizure = deadline(a, "isolement-nouvelle-saisine-72-heures");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 11, 25));
        assertThat(seizure.date()).isEqualTo(d(2026, 11, 24));
        assertThat(seizure.label()).contains("à vérifier avec l'avocat").contains("deux décisions de maintien");
        assertThat(findDeadline(a, "isolement-saisine-7-jours")).as("pas de rythme de 7 jours après une seule décision")
                .isEmpty();
        assertThat(findDeadline(a, "isolement-saisine-72-heures")).isEmpty();
    }

    @Test
    void isolementKeptTwiceLastOnFriday20November_seizedAtLeast24HoursBefore7Days_before144Hours_byThursday26() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION).restraintSince(d(2026, 11, 10))
                .restraintKeptByTheJudge(RestraintDecisions.TWO_OR_MORE, d(2026, 11, 20)));

        var seizure = deadline(a, "isolement-saisine-7-jours");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 11, 26));
        assertThat(seizure.date()).isEqualTo(d(2026, 11, 25));
        assertThat(seizure.label()).contains("au moins 24 heures avant").contains("168 heures").contains("144e heure")
                .contains("n° 23-70.017").contains("CSP R.3211-32");
        assertThat(seizure.legalBasis()).containsExactly("CSP L.3222-5-1", "CSP R.3211-32");
        assertThat(findDeadline(a, "isolement-nouvelle-saisine-72-heures")).isEmpty();
    }

    @Test
    void contentionKeptTwiceByTheJudge_neverOnA7DayRhythm_seizedBefore48HoursFromTheLastDecision() {
        Assessment a = assess(sdtInHospital(Restraint.RESTRAINT).restraintSince(d(2026, 11, 15))
                .restraintKeptByTheJudge(RestraintDecisions.TWO_OR_MORE, d(2026, 11, 22)));

        var seizure = deadline(a, "contention-nouvelle-saisine-48-heures");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 11, 24));
        assertThat(seizure.date()).isEqualTo(d(2026, 11, 23));
        assertThat(seizure.label()).contains("jamais de rythme de 7 jours");
        assertThat(findDeadline(a, "isolement-saisine-7-jours")).isEmpty();
    }

    @Test
    void isolementKeptTwiceLastOnTuesday24March2026_clocksGoForwardOnSunday29_theEndMayMovePastMidnightToTuesday31() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION)
                .restraintKeptByTheJudge(RestraintDecisions.TWO_OR_MORE, d(2026, 3, 24)));

        var seizure = deadline(a, "isolement-saisine-7-jours");
        // 144 hours of elapsed time over a night of 23 hours: from 00:00 → Monday 30 at 01:00; from 23:59 → Tuesday
        // 31 at 00:59. Without the clock change these would be Monday 30 at 00:00 and 23:59.
        assertThat(seizure.date()).isEqualTo(d(2026, 3, 30));
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 3, 31));
        assertThat(seizure.passed()).isTrue();
    }

    @Test
    void isolementWithoutAStartDate_askWhenItBegan_andHowManyTimesTheJudgeKeptIt() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION));

        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("Depuis quel jour").contains("72 heures"));
        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("combien de fois"));
        assertThat(a.deadlines()).noneSatisfy(dl -> assertThat(dl.id()).contains("saisine-72"));
    }

    @Test
    void isolementKeptOnceWithoutTheDecisionsDate_askForIt() {
        Assessment a = assess(sdtInHospital(Restraint.ISOLATION).restraintSince(d(2026, 11, 18))
                .restraintKeptByTheJudge(RestraintDecisions.ONE, null));

        assertThat(a.toClarify()).anySatisfy(q -> assertThat(q).contains("dernière décision maintenant la mesure"));
        assertThat(a.toClarify()).noneSatisfy(q -> assertThat(q).contains("combien de fois"));
        assertThat(findDeadline(a, "isolement-saisine-72-heures")).isEmpty();
    }

    @Test
    void isolementReportedInSoinsLibres_noCycleIsComputed_itIsAWarningSignNotARoutine() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().restraint(Restraint.ISOLATION)
                .restraintSince(d(2026, 11, 21)));

        assertThat(findDeadline(a, "isolement-saisine-72-heures")).isEmpty();
    }
}
