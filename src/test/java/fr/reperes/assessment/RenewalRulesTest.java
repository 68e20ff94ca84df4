package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.findDeadline;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure's own renewals, from the admission date (TODAY is Monday 23 November 2026): monthly for an SDT
 * (CSP L.3212-7), 1 month, 3 months then 6-month periods for an SDRE (CSP L.3213-4).
 */
class RenewalRulesTest {

    @Test
    void sdtAdmittedOn31OctoberEndsItsFirstMonthOn30November_CPC641() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(LocalDate.of(2026, 10, 31)));

        var renewal = deadline(a, "sdt-maintien-mensuel");
        assertThat(renewal.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(renewal.legalBasis()).contains("CSP L.3212-7");
        assertThat(renewal.label()).contains("lundi 30 novembre 2026").contains("3 derniers jours")
                .contains("certificat médical détaillé d'un psychiatre");
    }

    @Test
    void sdtInItsThirdMonthShowsTheMonthEndingToday() {
        Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY_URGENT).hospitalised()
                .admitted(TODAY.minusMonths(2)));

        assertThat(deadline(a, "sdt-maintien-mensuel").date()).isEqualTo(TODAY);
        assertThat(deadline(a, "sdt-maintien-mensuel").passed()).isFalse();
    }

    @Test
    void sdtRenewalIsNotExtendedToAWorkingDay() {
        // Admitted Wednesday 28 October 2026: the month ends Saturday 28 November and stays there.
        Assessment a = assess(adult().basis(CareBasis.IMMINENT_PERIL).hospitalised().admitted(LocalDate.of(2026, 10, 28)));

        assertThat(deadline(a, "sdt-maintien-mensuel").date()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void sdreFirstArreteOfMaintienAtTheEndOfTheFirstMonth_L3213_4() {
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().admitted(LocalDate.of(2026, 10, 30)));

        var renewal = deadline(a, "sdre-arrete-de-maintien");
        assertThat(renewal.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(renewal.label()).contains("pour 3 mois").contains("6 mois").contains("(CSP L.3213-4)");
        assertThat(findDeadline(a, "sdt-maintien-mensuel")).isEmpty();
    }

    @Test
    void sdreAfterTheFirstMonthRunsThreeMonths() {
        // 15 August + 1 month = 15 September (passed); + 4 months = 15 December.
        Assessment a = assess(adult().basis(CareBasis.PREFECT).outpatient().programme(true)
                .admitted(LocalDate.of(2026, 8, 15)));

        assertThat(deadline(a, "sdre-arrete-de-maintien").date()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void sdreThenRunsInPeriodsOfSixMonths() {
        // 10 January 2026: 10 February, 10 May, 10 November 2026 (all passed), then 10 May 2027.
        Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().admitted(LocalDate.of(2026, 1, 10)));

        assertThat(deadline(a, "sdre-arrete-de-maintien").date()).isEqualTo(LocalDate.of(2027, 5, 10));
    }

    @Test
    void noRenewalWithoutAnAdmissionDateOrUnderConsent() {
        assertThat(findDeadline(assess(adult().basis(CareBasis.PREFECT).hospitalised()), "sdre-arrete-de-maintien"))
                .isEmpty();
        assertThat(assess(adult().basis(CareBasis.CONSENT).hospitalised().admitted(TODAY.minusDays(40))).deadlines())
                .noneMatch(d -> d.id().startsWith("sdt-") || d.id().startsWith("sdre-"));
    }
}
