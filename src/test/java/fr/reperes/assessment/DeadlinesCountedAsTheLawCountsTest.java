package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.LetterId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.FactsBuilder.adult;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deadline of the result is counted by {@code LegalDelays} (CPC 640 to 642, Paris time): the legal last day,
 * and beside it a cautious date to act by. TODAY is Monday 23 November 2026. The judge's limits (CSP L.3211-12-1) and
 * the medical file's (CSP L.1111-7) are {@code UNCERTAIN}: the legal last day is the later reading; the mayor's
 * 48 hours (CSP L.3213-2) are counted in hours, never extended.
 */
class DeadlinesCountedAsTheLawCountsTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void sdtAdmittedOnMonday16November2026_seizedByTuesday24_decisionByMonday30BecauseThe12thDayIsASaturday() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(d(2026, 11, 16)));

        var seizure = deadline(a, "juge-saisine-8-jours");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 11, 24));
        assertThat(seizure.date()).as("en comptant le jour de l'admission").isEqualTo(d(2026, 11, 23));
        assertThat(seizure.label()).contains("mardi 24 novembre 2026 à minuit").contains("lundi 23 novembre 2026");
        var decision = deadline(a, "juge-decision-12-jours");
        assertThat(decision.legalLastDay()).as("samedi 28 → lundi 30, lecture la plus tardive").isEqualTo(d(2026, 11, 30));
        assertThat(decision.date()).isEqualTo(d(2026, 11, 27));
        assertThat(decision.passed()).isFalse();
    }

    @Test
    void sdtAdmittedOnThursday23April2026_the8thDayIs1May_seizureUntilMonday4MayAtTheLatestReading() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(d(2026, 4, 23)));

        var seizure = deadline(a, "juge-saisine-8-jours");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 5, 4));
        assertThat(seizure.date()).isEqualTo(d(2026, 4, 30));
        assertThat(seizure.passed()).isTrue();
    }

    @Test
    void sdreAdmittedOnThursday2July2026_the12thDayIs14July_decisionUntilWednesday15_actByMonday13() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().admitted(d(2026, 7, 2)));

        var decision = deadline(a, "juge-decision-12-jours");
        assertThat(decision.legalLastDay()).isEqualTo(d(2026, 7, 15));
        assertThat(decision.date()).isEqualTo(d(2026, 7, 13));
    }

    @Test
    void sdtAdmittedOnSunday20December2026_yearEnd_seizureBeforeChristmasByCaution_decisionUntilMonday4January() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY_URGENT).hospitalised().admitted(d(2026, 12, 20)));

        var seizure = deadline(a, "juge-saisine-8-jours");
        assertThat(seizure.legalLastDay()).isEqualTo(d(2026, 12, 28));
        // The 7th day is Sunday 27; Saturday 26 and Friday 25 (Noël) are off: Thursday 24 December.
        assertThat(seizure.date()).isEqualTo(d(2026, 12, 24));
        var decision = deadline(a, "juge-decision-12-jours");
        // The 12th day is Friday 1 January 2027 (jour de l'an), then a weekend: Monday 4 January.
        assertThat(decision.legalLastDay()).isEqualTo(d(2027, 1, 4));
        assertThat(decision.date()).isEqualTo(d(2026, 12, 31));
    }

    @Test
    void judgeLastRuledOnFriday14November2025_sixMonthsEndOnAscension2026_decisionUntilFriday15May() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().lastJudgeDecision(d(2025, 11, 14)));

        var review = deadline(a, "juge-decision-6-mois");
        assertThat(review.legalLastDay()).as("jeudi 14 mai 2026, Ascension → vendredi 15").isEqualTo(d(2026, 5, 15));
        assertThat(review.date()).isEqualTo(d(2026, 5, 13));
        var seizure = deadline(a, "juge-saisine-6-mois");
        assertThat(seizure.legalLastDay()).as("15 jours avant le 14 mai").isEqualTo(d(2026, 4, 29));
        assertThat(seizure.date()).isEqualTo(d(2026, 4, 29));
    }

    @Test
    void medicalFileRequestReceivedOnSunday21March2027_the8thDayIsEasterMonday_answerUntilTuesday30March() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                .recordsRequested(d(2027, 3, 21)));

        var eight = deadline(a, "dossier-8-jours");
        assertThat(eight.date()).isEqualTo(d(2027, 3, 29));
        assertThat(eight.legalLastDay()).isEqualTo(d(2027, 3, 30));
        assertThat(eight.label()).contains("lundi 29 mars 2027").contains("attendez le mardi 30 mars 2027");
    }

    @Test
    void medicalFileRequestOfOldRecordsReceivedOn25March2026_twoMonthsEndOnWhitMonday_untilTuesday26May() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                .recordsRequested(d(2026, 3, 25)));

        var twoMonths = deadline(a, "dossier-2-mois");
        assertThat(twoMonths.date()).isEqualTo(d(2026, 5, 25));
        assertThat(twoMonths.legalLastDay()).isEqualTo(d(2026, 5, 26));
        assertThat(a.letters()).contains(LetterId.RELANCE_DOSSIER_MEDICAL);
    }

    @Test
    void medicalFileRequestReceivedOnSaturday14November2026_noReminderBeforeTheLegalLastDayMonday23IsOver() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                .recordsRequested(d(2026, 11, 14)));

        // 8th day Sunday 22 November; the establishment may answer until Monday 23 (today): too early to remind.
        assertThat(deadline(a, "dossier-8-jours").legalLastDay()).isEqualTo(d(2026, 11, 23));
        assertThat(a.letters()).doesNotContain(LetterId.RELANCE_DOSSIER_MEDICAL);
    }

    @Test
    void mayorsMeasureOnTuesday10November2026_lapsesOnThursday12AtTheSameHour() {
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised().admitted(d(2026, 11, 10)));

        var lapse = deadline(a, "maire-48-heures");
        assertThat(lapse.date()).isEqualTo(d(2026, 11, 12));
        assertThat(lapse.legalLastDay()).isEqualTo(d(2026, 11, 12));
        assertThat(lapse.label()).contains("heure par heure").contains("(CSP L.3213-2)");
    }

    @Test
    void mayorsMeasureOnSaturday28March2026_clocksGoForward_the48HoursMayEndAfterMidnightOnTuesday31() {
        Assessment a = assess(adult().basis(CareBasis.MAYOR_PROVISIONAL).hospitalised().admitted(d(2026, 3, 28)));

        var lapse = deadline(a, "maire-48-heures");
        assertThat(lapse.date()).isEqualTo(d(2026, 3, 30));
        // Taken at 23:59 on Saturday, over a night of 23 hours: 48 hours later is 00:59 on Tuesday 31 March.
        assertThat(lapse.legalLastDay()).isEqualTo(d(2026, 3, 31));
    }

    @Test
    void injonctionTherapeutiqueNotifiedOnWednesday29April2026_contactAroundAscension() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient()
                .justice(JusticeMeasure.INJONCTION_THERAPEUTIQUE).judgeDecisionNotified(d(2026, 4, 29)));

        var contact = deadline(a, "injonction-therapeutique-contact");
        assertThat(contact.date()).isEqualTo(d(2026, 5, 14));
        assertThat(contact.legalLastDay()).isEqualTo(d(2026, 5, 15));
        assertThat(contact.legalBasis()).as("fixé par la partie réglementaire").containsExactly("CSP R.3413-1");
    }
}
