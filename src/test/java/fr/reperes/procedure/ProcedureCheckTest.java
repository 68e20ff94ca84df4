package fr.reperes.procedure;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.core.ProcedureEvents;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.core.time.FrenchPublicHolidays;
import fr.reperes.core.time.LegalDelays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static fr.reperes.procedure.ProcedureStatus.A_VERIFIER;
import static fr.reperes.procedure.ProcedureStatus.NON_RESPECTE;
import static fr.reperes.procedure.ProcedureStatus.RESPECTE;
import static fr.reperes.procedure.ProcedureStatus.SANS_OBJET;
import static org.assertj.core.api.Assertions.assertThat;

/** The procedure check, one situation per test, as a lawyer reads the papers. */
class ProcedureCheckTest {

    /** The day the lawyer runs the check: Monday 23 November 2026, 10:00 in Paris. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ProcedureCheck CHECK = new ProcedureCheck(new LegalDelays(new FrenchPublicHolidays()),
            new ProcedureTexts(new Wording(new ContentFiles("classpath:content/"), new ContentReader())),
            Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")));

    /** Events written "TYPE@2026-11-02T10:00". */
    static Facts facts(CareBasis basis, CareSetting setting, Restraint restraint, String... events) {
        List<ProcedureEvent> list = Arrays.stream(events).map(e -> e.split("@"))
                .map(p -> new ProcedureEvent(ProcedureEvent.Type.valueOf(p[0]), p[1])).toList();
        assertThat(ProcedureEvents.problem(list)).as("events of the test").isEmpty();
        return new Facts(Facts.Respondent.LAWYER, false, setting, basis, false, null, List.of(), null, null, restraint,
                null, null, List.of(), null, null, null, null, null, null, list);
    }

    static Facts sdt(String... events) {
        return facts(CareBasis.THIRD_PARTY, CareSetting.FULL_HOSPITALISATION, null, events);
    }

    static ProcedureItem item(Facts facts, String id) {
        return CHECK.check(facts).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The same point checked on another day than {@link #TODAY}. */
    static ProcedureItem itemOn(LocalDate day, Facts facts, String id) {
        return CHECK.check(facts, day).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** An SDT file where the interview did not say whether care goes on "en ce moment". */
    static Facts sdtNotSaidIfOngoing(String... events) {
        return facts(CareBasis.THIRD_PARTY, null, null, events);
    }

    @Test
    void everyPointIsCheckedInAFixedOrderWithItsBasis() {
        assertThat(CHECK.check(sdt()).stream().map(ProcedureItem::id)).containsExactly("certificat-24h",
                "certificat-72h", "saisine-du-juge", "decision-du-juge-12-jours", "controle-6-mois",
                "maintien-sdt-mensuel", "arretes-maintien-sdre", "isolement-saisine-juge", "contention-saisine-juge",
                "isolement-duree", "contention-duree");
        assertThat(CHECK.check(sdt())).allSatisfy(item -> {
            assertThat(item.label()).isNotBlank();
            assertThat(item.detail()).isNotBlank().doesNotContain("{");
            assertThat(item.legalBasis()).isNotEmpty();
        });
    }

    @Test
    void withoutAnyDateNothingIsEverRespected() {
        for (CareBasis basis : CareBasis.values()) {
            for (CareSetting setting : CareSetting.values()) {
                for (Restraint restraint : Restraint.values()) {
                    assertThat(CHECK.check(facts(basis, setting, restraint)))
                            .extracting(ProcedureItem::status).doesNotContain(RESPECTE);
                }
            }
        }
        assertThat(CHECK.check(null)).hasSize(11);
    }

    @Nested
    class Certificates {

        @Test
        void a24hCertificateWrittenAfter28HoursIsLate() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-03T14:00"),
                    "certificat-24h");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.dueBy()).isEqualTo("2026-11-03T10:00");
            assertThat(item.detail()).contains("en retard", "L.3216-1", "porté atteinte aux droits");
        }

        @Test
        void a24hCertificateWrittenExactly24HoursLaterIsOnTimeAndOneMinuteLaterIsLate() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-03T10:00"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-03T10:01"),
                    "certificat-24h").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aCertificateDatedTheNextDayWithoutItsHourIsToCheck() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-03"),
                    "certificat-24h");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.detail()).contains("Relevez l'heure");
        }

        @Test
        void aCertificateTheSameDayWithoutItsHourIsOnTimeWhateverTheHour() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-02"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
        }

        @Test
        void anAdmissionWithoutHourMakesMidnightOnTimeAndTheDayAfterLate() {
            // Admitted some time on 2 November: 24 hours end between 3 November 00:00 and 23:59.
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02", "CERTIFICATE_24H@2026-11-03T00:00"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02", "CERTIFICATE_24H@2026-11-03T12:00"),
                    "certificat-24h").status()).isEqualTo(A_VERIFIER);
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02", "CERTIFICATE_24H@2026-11-04T00:00"),
                    "certificat-24h").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void anAdmissionAt2359AndACertificateAt0000TwoDaysLaterIsLate() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T23:59", "CERTIFICATE_24H@2026-11-03T23:59"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T23:59", "CERTIFICATE_24H@2026-11-04T00:00"),
                    "certificat-24h").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void theNightClocksGoBackHas25HoursSo24HoursEndAnHourEarlierOnTheClock() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-10-24T10:00", "CERTIFICATE_24H@2026-10-25T09:00"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
            ProcedureItem late = item(sdt("ADMISSION_DECISION@2026-10-24T10:00", "CERTIFICATE_24H@2026-10-25T09:30"),
                    "certificat-24h");
            assertThat(late.status()).isEqualTo(NON_RESPECTE);
            assertThat(late.dueBy()).isEqualTo("2026-10-25T09:00");
        }

        @Test
        void theNightClocksGoForwardHas23HoursSo24HoursEndAnHourLaterOnTheClock() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-03-28T10:00", "CERTIFICATE_24H@2026-03-29T10:30"),
                    "certificat-24h").status()).isEqualTo(RESPECTE);
            assertThat(item(sdt("ADMISSION_DECISION@2026-03-28T10:00", "CERTIFICATE_24H@2026-03-29T11:01"),
                    "certificat-24h").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aCertificateOnASundayIsCountedInHoursWithNoWeekendExtension() {
            // Admitted Saturday 7 November 2026 at 9:00; the 24 hours end on Sunday at 9:00, not on Monday.
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-07T09:00", "CERTIFICATE_24H@2026-11-09T08:00"),
                    "certificat-24h").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aMissingCertificateIsToCheckNeverRespectedAndSaysWhenItWasDue() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02T10:00"), "certificat-24h");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.dueBy()).isEqualTo("2026-11-03T10:00");
            assertThat(item.detail()).contains("3 novembre 2026 à 10 h 00");
        }

        @Test
        void withoutTheAdmissionTheCertificatesAreToCheck() {
            assertThat(item(sdt("CERTIFICATE_24H@2026-11-03T10:00"), "certificat-24h").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void theAdmissionDayAnsweredInTheQuestionnaireIsUsedWhenNoAdmissionEventIsGiven() {
            Facts facts = new Facts(Facts.Respondent.LAWYER, false, CareSetting.FULL_HOSPITALISATION,
                    CareBasis.THIRD_PARTY, false, null, List.of(), java.time.LocalDate.of(2026, 11, 2), null, null,
                    null, null, List.of(), null, null, null, null, null, null,
                    List.of(new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-02T18:00")));
            assertThat(item(facts, "certificat-24h").status()).isEqualTo(RESPECTE);
        }

        @Test
        void inFreeCareThereIsNoCertificateToCheck() {
            assertThat(item(facts(CareBasis.CONSENT, CareSetting.FULL_HOSPITALISATION, null), "certificat-72h")
                    .status()).isEqualTo(SANS_OBJET);
        }

        @Test
        void a72hCertificateWrittenAfter73HoursUnderSdreIsLate() {
            ProcedureItem item = item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_72H@2026-11-05T11:00"), "certificat-72h");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.dueBy()).isEqualTo("2026-11-05T10:00");
        }

        @Test
        void a72hCertificateOnTimeInSdtUrgenceRemindsThatTwoPsychiatristsSign() {
            ProcedureItem item = item(facts(CareBasis.THIRD_PARTY_URGENT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_72H@2026-11-05T09:00"), "certificat-72h");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.detail()).contains("deux psychiatres distincts");
        }

        @Test
        void inPerilImminentTheTwoPsychiatristsAreRemindedToo() {
            ProcedureItem item = item(facts(CareBasis.IMMINENT_PERIL, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-11-02T10:00", "CERTIFICATE_24H@2026-11-02T20:00"), "certificat-24h");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.detail()).contains("deux psychiatres distincts", "n'a pas rédigé");
        }
    }

    @Nested
    class Judge {

        @Test
        void aJudgeSeizedOnTheSeventhDayAfterTheAdmissionIsOnTime() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "JUDGE_SEIZED@2026-11-09"),
                    "saisine-du-juge");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.dueBy()).isEqualTo("2026-11-09");
        }

        @Test
        void aJudgeSeizedOnTheEighthDayIsToCheckBecauseTheCountingIsNotSettled() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "JUDGE_SEIZED@2026-11-10"),
                    "saisine-du-juge").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void aJudgeSeizedOnTheNinthDayIsLateAndTheMainleveeIsNotedWithoutHearing() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02T10:00", "JUDGE_SEIZED@2026-11-11"),
                    "saisine-du-juge");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("sans débat", "mainlevée", "L.3211-12-1 IV");
        }

        @Test
        void aLastDayOnASaturdayMayMoveToMondaySoMondayIsToCheckAndTuesdayIsLate() {
            // Admitted Friday 6 November 2026: day 8 not counting the admission is Saturday 14 November.
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-06", "JUDGE_SEIZED@2026-11-16"), "saisine-du-juge")
                    .status()).isEqualTo(A_VERIFIER);
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-06", "JUDGE_SEIZED@2026-11-17"), "saisine-du-juge")
                    .status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aJudgeWhoRulesOnTheTwelfthDayCountingTheAdmissionIsOnTime() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02", "JUDGE_DECISION@2026-11-13"),
                    "decision-du-juge-12-jours").status()).isEqualTo(RESPECTE);
        }

        @Test
        void aJudgeWhoRulesAfterEveryReadingOfThe12DaysLeavesTheMainleveeAcquired() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02", "JUDGE_DECISION@2026-11-17"),
                    "decision-du-juge-12-jours");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("mainlevée", "acquise", "L.3211-12-1 IV");
        }

        @Test
        void aDecisionOnTheMondayAfterASaturdayTwelfthDayIsToCheck() {
            // 2 November + 12 days = Saturday 14 November; CPC 642 would carry it to Monday 16.
            assertThat(item(sdt("ADMISSION_DECISION@2026-11-02", "JUDGE_DECISION@2026-11-16"),
                    "decision-du-juge-12-jours").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void noJudgesDecisionGivenIsToCheckWithItsDueDay() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-02"), "decision-du-juge-12-jours");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.dueBy()).isEqualTo("2026-11-13");
        }

        @Test
        void aProgrammeDeSoinsHasNoAutomaticControlButTheDisguisedHospitalisationIsRecalled() {
            ProcedureItem item = item(facts(CareBasis.PREFECT, CareSetting.OUTPATIENT, null,
                    "ADMISSION_DECISION@2026-11-02"), "decision-du-juge-12-jours");
            assertThat(item.status()).isEqualTo(SANS_OBJET);
            assertThat(item.detail()).contains("14-17.824");
        }

        @Test
        void aSecondDecisionWithinSixMonthsLeavesTheNextControlToCheckWhenNothingSaysTheHospitalisationGoesOn() {
            ProcedureItem item = item(sdtNotSaidIfOngoing("ADMISSION_DECISION@2026-01-01", "JUDGE_DECISION@2026-01-10",
                    "JUDGE_DECISION@2026-07-09"), "controle-6-mois");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.detail()).contains("à temps");
            assertThat(item.dueBy()).isEqualTo("2027-01-08");
        }

        @Test
        void aSecondDecisionMoreThanSixMonthsLaterLeavesTheMainleveeAcquired() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-01-01", "JUDGE_DECISION@2026-01-10",
                    "JUDGE_DECISION@2026-07-20"), "controle-6-mois");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("mainlevée");
        }

        @Test
        void aSecondDecisionOnTheDayOfSixMonthsIsToCheck() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-01-01", "JUDGE_DECISION@2026-01-10",
                    "JUDGE_DECISION@2026-07-10"), "controle-6-mois").status()).isEqualTo(A_VERIFIER);
        }
    }

    @Nested
    class Maintien {

        @Test
        void anSdtMaintainedInTheLastDaysOfTheFirstMonthLeavesTheNextMonthToCheckWhenNothingSaysCareGoesOn() {
            ProcedureItem item = item(sdtNotSaidIfOngoing("ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-08"),
                    "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.detail()).contains("à temps", "9 mars 2026");
            assertThat(item.dueBy()).isEqualTo("2026-03-09");
        }

        @Test
        void anSdtMaintainedAfterTheEndOfTheMonthIsLate() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-11"),
                    "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("L.3212-7", "à vérifier");
        }

        @Test
        void anSdtMaintainedTooEarlyIsToCheck() {
            assertThat(item(sdt("ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-01"),
                    "maintien-sdt-mensuel").detail()).contains("avant les 3 derniers jours");
        }

        @Test
        void anSdtMaintienDoesNotConcernAnSdreAndTheOtherWayRound() {
            assertThat(item(sdt(), "arretes-maintien-sdre").status()).isEqualTo(SANS_OBJET);
            assertThat(item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null),
                    "maintien-sdt-mensuel").status()).isEqualTo(SANS_OBJET);
        }

        @Test
        void anSdrePrefectsSecondArreteDueAfterFourMonthsAndTakenLateLiftsTheMeasure() {
            ProcedureItem item = item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-09", "MAINTIEN_DECISION@2026-05-12"),
                    "arretes-maintien-sdre");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("levée de la mesure est acquise", "L.3213-4");
        }

        @Test
        void anSdreWithoutAnyArreteGivenIsToCheckWhenNothingSaysTheMeasureGoesOn() {
            assertThat(item(facts(CareBasis.PREFECT, null, null,
                    "ADMISSION_DECISION@2026-01-10"), "arretes-maintien-sdre").status()).isEqualTo(A_VERIFIER);
        }
    }

    /**
     * The measure still goes on (the interview says the person is in care "en ce moment"): every decision due up to
     * the day of the check must be there, dated on or before its due day. Today is Monday 23 November 2026.
     */
    @Nested
    class PeriodicDecisionsWhileTheMeasureGoesOn {

        // Admission 10 September 2026: periods end 10 October (a Saturday), 10 November, 10 December; under the
        // strictest reading (admission day counted) the decisions are due by 9 October, 9 November, 9 December.
        static final String ADMITTED = "ADMISSION_DECISION@2026-09-10T16:00";

        @Test
        void anSdtMaintainedEveryMonthOnTimeIsRespectedWithItsDates() {
            ProcedureItem item = item(sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08", "MAINTIEN_DECISION@2026-11-08"),
                    "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.detail()).contains("8 octobre 2026", "8 novembre 2026", "n°\u00a03", "9 décembre 2026");
            assertThat(item.dueBy()).isEqualTo("2026-12-09");
        }

        @Test
        void anSdtInCareAtHomeNeedsItsMonthlyMaintienToo() {
            ProcedureItem item = item(facts(CareBasis.THIRD_PARTY, CareSetting.OUTPATIENT, null, ADMITTED,
                    "MAINTIEN_DECISION@2026-10-08"), "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void anSdtWhoseNovemberMaintienIsMissingIsNotRespectedAndSaysWhenItWasDue() {
            ProcedureItem item = item(sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08"), "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("n°\u00a02", "10 novembre 2026", "L.3212-7", "à vérifier");
            assertThat(item.dueBy()).isEqualTo("2026-11-09");
        }

        @Test
        void aMissingMaintienIsNotLateOnTheDayBeforeItIsDue() {
            Facts facts = sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08");
            assertThat(itemOn(LocalDate.of(2026, 11, 8), facts, "maintien-sdt-mensuel").status()).isEqualTo(RESPECTE);
        }

        @Test
        void onTheDueDayItselfAMaintienNotYetGivenIsToCheck() {
            ProcedureItem item = itemOn(LocalDate.of(2026, 11, 9), sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08"),
                    "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.detail()).contains("aujourd'hui", "9 novembre 2026");
        }

        @Test
        void onTheLastDayOfThePeriodAMissingMaintienDependsOnHowTheMonthIsCounted() {
            Facts facts = sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08");
            assertThat(itemOn(LocalDate.of(2026, 11, 10), facts, "maintien-sdt-mensuel").status())
                    .isEqualTo(A_VERIFIER);
            assertThat(itemOn(LocalDate.of(2026, 11, 11), facts, "maintien-sdt-mensuel").status())
                    .isEqualTo(NON_RESPECTE);
        }

        @Test
        void aMaintienDueOnASaturdayIsNotMovedToTheMonday() {
            // The first period ends on Saturday 10 October 2026; the director's decision is not a court's delay.
            ProcedureItem item = item(sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-12", "MAINTIEN_DECISION@2026-11-08"),
                    "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("12 octobre 2026", "10 octobre 2026");
        }

        @Test
        void inTheFirstMonthNoMaintienIsDueAndNothingIsSaidRespected() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-11-01"), "maintien-sdt-mensuel");
            assertThat(item.status()).isEqualTo(SANS_OBJET);
            assertThat(item.dueBy()).isEqualTo("2026-11-30");
        }

        @Test
        void whenCareHasEndedAMissingMaintienStaysToCheck() {
            assertThat(item(facts(CareBasis.THIRD_PARTY, CareSetting.NONE, null, ADMITTED,
                    "MAINTIEN_DECISION@2026-10-08"), "maintien-sdt-mensuel").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void anSdreWithItsArretesAtOneFourAndTenMonthsIsRespected() {
            ProcedureItem item = item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-08", "MAINTIEN_DECISION@2026-05-08",
                    "MAINTIEN_DECISION@2026-11-08"), "arretes-maintien-sdre");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.dueBy()).isEqualTo("2027-05-09");
            assertThat(item.detail()).contains("8 février 2026", "8 mai 2026", "8 novembre 2026", "durée plus courte");
        }

        @Test
        void anSdreWithoutItsSixMonthArreteHasItsLiftingAcquired() {
            ProcedureItem item = item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-01-10", "MAINTIEN_DECISION@2026-02-08", "MAINTIEN_DECISION@2026-05-08"),
                    "arretes-maintien-sdre");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("n°\u00a03", "10 novembre 2026", "levée de la mesure est acquise",
                    "L.3213-4");
            assertThat(item.dueBy()).isEqualTo("2026-11-09");
        }

        @Test
        void anSdreWithoutAnyArreteTenMonthsInIsNotRespected() {
            assertThat(item(facts(CareBasis.PREFECT, CareSetting.FULL_HOSPITALISATION, null,
                    "ADMISSION_DECISION@2026-01-10"), "arretes-maintien-sdre").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aHospitalisationControlledByTheJudgeLessThanSixMonthsAgoIsRespected() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-05-20", "JUDGE_DECISION@2026-05-29"),
                    "controle-6-mois");
            assertThat(item.status()).isEqualTo(RESPECTE);
            assertThat(item.detail()).contains("29 mai 2026", "L.3211-12");
            assertThat(item.dueBy()).isEqualTo("2026-11-28");
        }

        @Test
        void aHospitalisationNotControlledAgainWithinSixMonthsHasItsMainleveeAcquired() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-05-01", "JUDGE_DECISION@2026-05-10"),
                    "controle-6-mois");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.detail()).contains("mainlevée est acquise", "L.3211-12-1 IV");
            assertThat(item.dueBy()).isEqualTo("2026-11-09");
        }

        @Test
        void theSixMonthControlAroundItsDueDay() {
            // Decision on 23 May 2026: the 6 months end on 22 November (day counted) or 23 November (not counted).
            Facts facts = sdt("ADMISSION_DECISION@2026-05-14", "JUDGE_DECISION@2026-05-23");
            assertThat(itemOn(LocalDate.of(2026, 11, 21), facts, "controle-6-mois").status()).isEqualTo(RESPECTE);
            assertThat(itemOn(LocalDate.of(2026, 11, 22), facts, "controle-6-mois").detail()).contains("aujourd'hui");
            assertThat(itemOn(LocalDate.of(2026, 11, 22), facts, "controle-6-mois").status()).isEqualTo(A_VERIFIER);
            assertThat(itemOn(LocalDate.of(2026, 11, 23), facts, "controle-6-mois").status()).isEqualTo(A_VERIFIER);
            assertThat(itemOn(LocalDate.of(2026, 11, 24), facts, "controle-6-mois").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void aSixMonthLimitEndingOnASaturdayMayRunToTheMondayUnderTheLenientReading() {
            // Decision on 21 May 2026: 21 November 2026 is a Saturday, so the lenient reading runs to Monday 23.
            Facts facts = sdt("ADMISSION_DECISION@2026-05-12", "JUDGE_DECISION@2026-05-21");
            ProcedureItem onMonday = itemOn(LocalDate.of(2026, 11, 23), facts, "controle-6-mois");
            assertThat(onMonday.status()).isEqualTo(A_VERIFIER);
            assertThat(onMonday.detail()).contains("23 novembre 2026");
            assertThat(itemOn(LocalDate.of(2026, 11, 24), facts, "controle-6-mois").status()).isEqualTo(NON_RESPECTE);
        }

        @Test
        void theChronologyShowsAMissingMaintienAtItsDueDayAndDoesNotBlameTheOneGivenOnTime() {
            Facts facts = sdt(ADMITTED, "MAINTIEN_DECISION@2026-10-08");
            List<ChronologyLine> lines = CHECK.chronology(facts, CHECK.check(facts));
            assertThat(lines).filteredOn(line -> line.at().equals("2026-10-08")).singleElement()
                    .satisfies(line -> assertThat(line.mark()).isNull());
            assertThat(lines).filteredOn(line -> line.missing() && line.mark() == NON_RESPECTE).singleElement()
                    .satisfies(line -> {
                assertThat(line.at()).isEqualTo("2026-11-09");
                assertThat(line.mark()).isEqualTo(NON_RESPECTE);
                assertThat(line.label()).contains("Maintien mensuel");
            });
        }

        @Test
        void aLateSecondControlStaysNotRespectedEvenIfTheNextIsNotDueYet() {
            ProcedureItem item = item(sdt("ADMISSION_DECISION@2026-01-01", "JUDGE_DECISION@2026-01-10",
                    "JUDGE_DECISION@2026-07-20"), "controle-6-mois");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
        }
    }

    @Nested
    class IsolementAndContention {

        @Test
        void anIsolementOf30HoursNeedsNoJudgeAndStaysWithin48Hours() {
            Facts facts = sdt("ADMISSION_DECISION@2026-11-02T10:00", "ISOLATION_START@2026-11-04T08:00",
                    "ISOLATION_END@2026-11-05T14:00");
            assertThat(item(facts, "isolement-saisine-juge").status()).isEqualTo(SANS_OBJET);
            assertThat(item(facts, "isolement-duree").status()).isEqualTo(RESPECTE);
        }

        @Test
        void anIsolementOf80HoursWithTheJudgeSeizedAt70HoursIsOnTimeButItsLengthIsToCheck() {
            Facts facts = sdt("ADMISSION_DECISION@2026-11-02T10:00", "ISOLATION_START@2026-11-04T08:00",
                    "JUDGE_SEIZED@2026-11-07T06:00", "ISOLATION_END@2026-11-07T16:00");
            assertThat(item(facts, "isolement-saisine-juge").status()).isEqualTo(RESPECTE);
            ProcedureItem length = item(facts, "isolement-duree");
            assertThat(length.status()).isEqualTo(A_VERIFIER);
            assertThat(length.detail()).contains("information du juge n'est pas indiquée");
        }

        @Test
        void anIsolementBeyond48HoursWithTheJudgeInformedNamesTheInformation() {
            Facts facts = sdt("ISOLATION_START@2026-11-04T08:00", "JUDGE_INFORMED@2026-11-06T09:00",
                    "ISOLATION_END@2026-11-06T20:00");
            assertThat(item(facts, "isolement-duree").detail()).contains("Le juge a été informé le 6 novembre 2026");
        }

        @Test
        void anIsolementWithTheJudgeSeizedOneMinuteAfterThe72ndHourIsLate() {
            ProcedureItem item = item(sdt("ISOLATION_START@2026-11-04T08:00", "JUDGE_SEIZED@2026-11-07T08:01",
                    "ISOLATION_END@2026-11-08T08:00"), "isolement-saisine-juge");
            assertThat(item.status()).isEqualTo(NON_RESPECTE);
            assertThat(item.dueBy()).isEqualTo("2026-11-07T08:00");
            assertThat(item.detail()).contains("23-70.017", "L.3216-1");
        }

        @Test
        void anIsolementWithoutEndIsToCheckOnBothPoints() {
            Facts facts = sdt("ISOLATION_START@2026-11-04T08:00");
            assertThat(item(facts, "isolement-saisine-juge").status()).isEqualTo(A_VERIFIER);
            assertThat(item(facts, "isolement-duree").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void anIsolementReportedWithoutDatesIsToCheckAndContentionIsNotConcerned() {
            Facts facts = facts(CareBasis.THIRD_PARTY, CareSetting.FULL_HOSPITALISATION, Restraint.ISOLATION);
            assertThat(item(facts, "isolement-saisine-juge").status()).isEqualTo(A_VERIFIER);
            assertThat(item(facts, "contention-saisine-juge").status()).isEqualTo(SANS_OBJET);
        }

        @Test
        void aContentionOf30HoursNeedsNoJudgeButGoesBeyond24Hours() {
            Facts facts = sdt("RESTRAINT_START@2026-11-04T08:00", "RESTRAINT_END@2026-11-05T14:00");
            assertThat(item(facts, "contention-saisine-juge").status()).isEqualTo(SANS_OBJET);
            assertThat(item(facts, "contention-duree").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void aContentionOf6HoursIsWithinItsLimit() {
            assertThat(item(sdt("RESTRAINT_START@2026-11-04T08:00", "RESTRAINT_END@2026-11-04T14:00"),
                    "contention-duree").status()).isEqualTo(RESPECTE);
        }

        @Test
        void aContentionWithTheJudgeSeizedAt47HoursIsOnTimeAndAt49HoursLate() {
            assertThat(item(sdt("RESTRAINT_START@2026-11-04T08:00", "JUDGE_SEIZED@2026-11-06T07:00",
                    "RESTRAINT_END@2026-11-07T08:00"), "contention-saisine-juge").status()).isEqualTo(RESPECTE);
            ProcedureItem late = item(sdt("RESTRAINT_START@2026-11-04T08:00", "JUDGE_SEIZED@2026-11-06T09:00",
                    "RESTRAINT_END@2026-11-07T08:00"), "contention-saisine-juge");
            assertThat(late.status()).isEqualTo(NON_RESPECTE);
            assertThat(late.detail()).contains("ne s'applique pas à la contention");
        }

        @Test
        void aSeizureDatedWithoutHourOnTheDayOfThe72ndHourIsToCheck() {
            assertThat(item(sdt("ISOLATION_START@2026-11-04T08:00", "JUDGE_SEIZED@2026-11-07",
                    "ISOLATION_END@2026-11-08T08:00"), "isolement-saisine-juge").status()).isEqualTo(A_VERIFIER);
        }

        @Test
        void twoIsolementsGiveTheWorstVerdictAndWarnAboutAddingThemUp() {
            ProcedureItem item = item(sdt("ISOLATION_START@2026-11-04T08:00", "ISOLATION_END@2026-11-04T20:00",
                    "ISOLATION_START@2026-11-05T08:00", "ISOLATION_END@2026-11-08T20:00"), "isolement-saisine-juge");
            assertThat(item.status()).isEqualTo(A_VERIFIER);
            assertThat(item.detail()).contains("Plusieurs mesures");
        }
    }
}
