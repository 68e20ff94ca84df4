package fr.reperes.assessment;

import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.assessment.AssessmentAssert.allText;
import static fr.reperes.assessment.AssessmentAssert.assertNoRegime;
import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.deadline;
import static fr.reperes.assessment.AssessmentAssert.findDeadline;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.hasWarning;
import static fr.reperes.assessment.AssessmentAssert.notOffered;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.assessment.FactsBuilder.minor;
import static fr.reperes.assessment.FactsBuilder.nothingKnown;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per legal situation: the regimes and how sure they are, then the key step, warning, letter or date. */
class AssessmentServiceTest {

    private static Assessment assess(FactsBuilder facts) {
        return AssessmentFixtures.SERVICE.assess(facts.build());
    }

    @Nested
    class SoinsLibres {

        @Test
        void adultAtCmpInSoinsLibresWantingToLeave() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertThat(a.regimes()).hasSize(1);
            assertThat(step(a, "mettre-fin-au-suivi").letter()).isEqualTo(LetterId.CESSATION_PRISE_EN_CHARGE);
            assertThat(step(a, "mettre-fin-au-suivi").page()).isEqualTo("quitter-un-cmp");
            assertThat(a.letters()).first().isEqualTo(LetterId.CESSATION_PRISE_EN_CHARGE);
            assertThat(warning(a, "arret-brutal-traitement")).contains("progressive");
            assertThat(warning(a, "numeros-de-crise")).contains("3114").contains("15").contains("112");
            assertThat(notOffered(a, LetterId.SAISINE_JUGE_MAINLEVEE)).contains("soins libres");
        }

        @Test
        void hospitalisedInSoinsLibresMayLeaveSigningAnAttestation() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().wanting(Goal.LEAVE_CARE)
                    .admitted(TODAY.minusDays(4)));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertNoRegime(a, RegimeCode.HOSPITALISATION_COMPLETE);
            assertThat(step(a, "sortir-de-l-hopital-en-soins-libres").body()).contains("CSP R.1112-62");
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("CSP R.1112-62");
            assertThat(a.deadlines()).as("pas de contrôle du juge en soins libres").isEmpty();
        }

        @Test
        void followedOutsideHospitalWithoutProgrammeIsProbablySoinsLibres() {
            Assessment a = assess(adult().outpatient().programme(false).wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_LIBRES, PROBABLE);
            assertNoRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER);
            assertThat(regime(a, RegimeCode.SOINS_LIBRES).legalBasis()).contains("CSP L.3211-2-1");
            assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE);
        }

        @Test
        void soinsLibresWantingAnotherPsychiatristChoosesFreely() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.CHANGE_DOCTOR));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertThat(step(a, "changer-de-psychiatre").body()).contains("CSP L.3211-1");
            assertThat(notOffered(a, LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION)).contains("injonction de soins");
        }

        @Test
        void complaintAboutACmpGoesToTheEstablishmentNotTheCdsp() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.COMPLAIN));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertThat(a.letters()).contains(LetterId.RECLAMATION_CDU);
            assertThat(notOffered(a, LetterId.SAISINE_CDSP)).contains("CSP L.3223-1");
            assertThat(notOffered(a, LetterId.SAISINE_CGLPL)).contains("CGLPL");
        }
    }

    @Nested
    class CompulsoryCare {

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
        void sdtInUrgencyShowsTheCrisisNumbers() {
            Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY_URGENT).hospitalised());

            assertRegime(a, RegimeCode.SDT_URGENCE, CERTAIN);
            assertThat(regime(a, RegimeCode.SDT_URGENCE).legalBasis()).contains("CSP L.3212-3");
            assertThat(warning(a, "numeros-de-crise")).contains("3114");
            assertThat(a.toClarify()).anyMatch(q -> q.contains("date de la décision d'admission"));
        }

        @Test
        void perilImminentWithARelativeAnswering() {
            Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.IMMINENT_PERIL).hospitalised());

            assertRegime(a, RegimeCode.PERIL_IMMINENT, CERTAIN);
            assertThat(step(a, "demander-la-levee-au-directeur").body()).contains("CSP L.3212-9");
            var judge = step(a, "demander-la-mainlevee-au-juge");
            assertThat(judge.body()).contains("toute personne agissant dans son intérêt").contains("CSP L.3211-12");
            assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
        }

        @Test
        void sdreHospitalisedWantingToLeave() {
            Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SDRE, CERTAIN);
            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, CERTAIN);
            assertThat(step(a, "demander-la-mainlevee-au-juge").letter()).isEqualTo(LetterId.SAISINE_JUGE_MAINLEVEE);
            assertThat(step(a, "parler-de-la-levee-au-psychiatre-et-au-prefet").body()).contains("CSP L.3213-5");
            assertThat(warning(a, "ne-pas-partir-seul")).contains("fugue");
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("soins sans consentement");
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

        @Test
        void programmeDeSoinsUnderSdtWantingToStopInjections() {
            Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).outpatient().programme(true)
                    .wanting(Goal.CHANGE_TREATMENT));

            assertRegime(a, RegimeCode.SDT, CERTAIN);
            assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
            var treatment = step(a, "changer-de-traitement-sans-arret-brutal");
            assertThat(treatment.priority()).isEqualTo(IMPORTANT);
            assertThat(treatment.body()).contains("progressive").contains("CSP L.1111-4");
            assertThat(step(a, "demander-a-modifier-le-programme").priority()).isEqualTo(IMPORTANT);
            assertThat(hasWarning(a, "arret-brutal-traitement")).isTrue();
            assertThat(hasStep(a, "preparer-un-plan-de-crise")).isTrue();
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
        void lawyerGetsTheProcedureToCheckInTheThirdPerson() {
            Assessment a = assess(adult().answeredBy(Respondent.LAWYER).basis(CareBasis.THIRD_PARTY).hospitalised()
                    .admitted(TODAY.minusDays(2)));

            assertRegime(a, RegimeCode.SDT, CERTAIN);
            var check = step(a, "verifier-la-procedure");
            assertThat(check.body()).contains("CSP L.3211-2-2").contains("CSP L.3216-1").contains("la personne");
            assertThat(a.steps()).extracting(Assessment.Step::body).noneMatch(b -> b.contains("Vous êtes convoqué"));
        }
    }

    @Nested
    class Unknowns {

        @Test
        void hospitalisedWithBasisUnknownGetsDatesButNoHearingToPrepare() {
            LocalDate admission = TODAY.minusDays(3);
            Assessment a = assess(adult().hospitalised().admitted(admission));

            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, A_CONFIRMER);
            assertThat(deadline(a, "juge-decision-12-jours").date()).isEqualTo(admission.plusDays(11));
            assertThat(hasStep(a, "controle-automatique-du-juge")).isFalse();
            assertThat(step(a, "verifier-votre-situation").priority()).isEqualTo(IMPORTANT);
        }

        @Test
        void nothingKnownAsksTheQuestionAndNamesThePapers() {
            Assessment a = assess(nothingKnown());

            assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
            assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER);
            assertThat(a.toClarify()).anyMatch(q -> q.contains("« Suis-je en soins libres ou en soins sans consentement ? »"));
            assertThat(a.toClarify()).anyMatch(q -> q.contains("arrêté du préfet") && q.contains("SDRE"));
            assertThat(a.toClarify()).anyMatch(q -> q.contains("décision du directeur") && q.contains("péril imminent"));
            assertThat(step(a, "verifier-votre-situation").priority()).isEqualTo(IMPORTANT);
            assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE, LetterId.SAISINE_JUGE_MAINLEVEE);
        }

        @Test
        void prefectOrderHeldWithBasisUnknownIsProbablyAnSdre() {
            Assessment a = assess(adult().hospitalised().holding(DocumentHeld.PREFECT_ORDER));

            assertRegime(a, RegimeCode.SDRE, PROBABLE);
            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
            assertThat(regime(a, RegimeCode.SDRE).because()).anyMatch(b -> b.contains("arrêté du préfet"));
            assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
        }

        @Test
        void directorsDecisionHeldMeansThirdPartyOrImminentPeril() {
            Assessment a = assess(adult().hospitalised().holding(DocumentHeld.DIRECTOR_DECISION));

            assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
            assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
            assertRegime(a, RegimeCode.PERIL_IMMINENT, A_CONFIRMER);
            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
            assertThat(a.toClarify()).anyMatch(q -> q.contains("décision du directeur"));
        }

        @Test
        void programmeStatedWithBasisUnknownIsCompulsoryCare() {
            Assessment a = assess(adult().outpatient().programme(true).wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, CERTAIN);
            assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
            assertNoRegime(a, RegimeCode.SOINS_LIBRES);
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("soins sans consentement");
            assertThat(a.letters()).contains(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
        }

        @Test
        void protectionJudgmentHeldButMeasureUnknown() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.UNKNOWN)
                    .holding(DocumentHeld.PROTECTION_JUDGMENT));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertThat(a.regimes()).extracting(Assessment.Regime::code).doesNotContain(RegimeCode.CURATELLE,
                    RegimeCode.TUTELLE);
            assertThat(a.toClarify()).anyMatch(q -> q.contains("juge des contentieux de la protection"));
        }

        @Test
        void criminalSentenceHeldButCareMeasureUnknown() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().holding(DocumentHeld.CRIMINAL_SENTENCE)
                    .justice(JusticeMeasure.UNKNOWN).wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.INJONCTION_DE_SOINS, A_CONFIRMER);
            assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, A_CONFIRMER);
            assertRegime(a, RegimeCode.INJONCTION_THERAPEUTIQUE, A_CONFIRMER);
            assertThat(a.toClarify()).anyMatch(q -> q.contains("jugement pénal"));
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("jugement pénal");
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
        void isolementReportedWithBasisUnknown() {
            Assessment a = assess(adult().restraint(Restraint.ISOLATION));

            assertRegime(a, RegimeCode.ISOLEMENT_CONTENTION, CERTAIN);
            assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER);
            assertThat(a.toClarify()).anyMatch(q -> q.contains("Suis-je en soins libres"));
            assertThat(warning(a, "isolement-base-inconnue")).contains("CSP L.3222-5-1");
            assertThat(step(a, "saisir-le-juge-isolement-irregulier").priority()).isEqualTo(URGENT);
        }
    }

    @Nested
    class Contradictions {

        @Test
        void soinsLibresButAPrefectOrderHeld() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().holding(DocumentHeld.PREFECT_ORDER));

            assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
            assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
            assertThat(warning(a, "contradiction-consentement-papiers")).contains("un arrêté du préfet");
            assertThat(a.toClarify()).anyMatch(q -> q.contains("Suis-je en soins libres"))
                    .anyMatch(q -> q.contains("mainlevée"));
            assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
        }

        @Test
        void thirdPartyStatedButAPrefectOrderHeld() {
            Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).hospitalised().holding(DocumentHeld.PREFECT_ORDER));

            assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
            assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
            assertRegime(a, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE);
            assertThat(warning(a, "contradiction-base-papiers")).contains("CSP L.3213-6");
            assertThat(step(a, "controle-automatique-du-juge")).isNotNull();
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
        void protectorsConsentDoesNotMakeSoinsLibres() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).hospitalised().protection(Protection.TUTELLE)
                    .wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertRegime(a, RegimeCode.TUTELLE, CERTAIN);
            assertThat(warning(a, "consentement-protecteur")).contains("CSP L.1111-4").contains("ne transforme pas");
            assertThat(a.toClarify()).anyMatch(q -> q.contains("Qui a donné l'accord"));
        }

        @Test
        void compulsoryBasisStatedButNoCurrentCare() {
            Assessment a = assess(adult().basis(CareBasis.PREFECT).setting(CareSetting.NONE));

            assertRegime(a, RegimeCode.SDRE, A_CONFIRMER);
            assertThat(warning(a, "mesure-sans-soins")).contains("programme de soins");
        }

        @Test
        void compulsoryCareOutsideHospitalWithoutAProgramme() {
            Assessment a = assess(adult().basis(CareBasis.THIRD_PARTY).outpatient().programme(false));

            assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
            assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, A_CONFIRMER);
            assertThat(warning(a, "ambulatoire-sans-programme")).contains("CSP L.3211-2-1");
        }

        @Test
        void rehospitalisedFullTimeDuringAProgramme() {
            Assessment a = assess(adult().basis(CareBasis.PREFECT).hospitalised().programme(true));

            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, CERTAIN);
            assertThat(warning(a, "rehospitalisation")).contains("12e jour").contains("CSP L.3211-11");
        }

        @Test
        void adultAdmittedAtTheParentsRequest() {
            Assessment a = assess(adult().basis(CareBasis.PARENTS).hospitalised());

            assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, A_CONFIRMER);
            assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
            assertRegime(a, RegimeCode.SOINS_LIBRES, A_CONFIRMER);
            assertThat(warning(a, "parents-majeur")).contains("CSP L.3212-1");
        }

        @Test
        void childrenJudgePlacementForAnAdult() {
            Assessment a = assess(adult().basis(CareBasis.CHILDREN_JUDGE).hospitalised());

            assertRegime(a, RegimeCode.PLACEMENT_JUGE_DES_ENFANTS, A_CONFIRMER);
            assertThat(warning(a, "juge-enfants-majeur")).contains("CC 375-9");
        }
    }

    @Nested
    class Minors {

        @Test
        void parentOfAHospitalisedMinor() {
            Assessment a = assess(minor().answeredBy(Respondent.RELATIVE).basis(CareBasis.PARENTS).hospitalised()
                    .admitted(TODAY.minusDays(20)).wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, CERTAIN);
            assertNoRegime(a, RegimeCode.SOINS_LIBRES, RegimeCode.HOSPITALISATION_COMPLETE, RegimeCode.SDT);
            var exit = step(a, "sortie-d-un-mineur");
            assertThat(exit.priority()).isEqualTo(IMPORTANT);
            assertThat(exit.body()).contains("CSP L.3211-10").contains("le mineur");
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("autorité parentale");
            assertThat(a.deadlines()).as("pas de délai du juge en soins libres").isEmpty();
        }

        @Test
        void minorWithAnSdtDecisionMustSeizeTheJudge() {
            Assessment a = assess(minor().basis(CareBasis.THIRD_PARTY).hospitalised().admitted(TODAY.minusDays(3)));

            assertRegime(a, RegimeCode.SDT, CERTAIN);
            assertThat(regime(a, RegimeCode.SDT).legalBasis()).contains("Cass. avis, 18 mai 2022, n° 22-70.003");
            assertThat(warning(a, "mineur-sdt-irregulier")).contains("22-70.003").contains("juge");
            var judge = step(a, "saisir-le-juge-decision-irreguliere");
            assertThat(judge.priority()).isEqualTo(URGENT);
            assertThat(a.letters()).first().isEqualTo(LetterId.SAISINE_JUGE_MAINLEVEE);
            assertThat(allText(a)).doesNotContainPattern("(?i)pas de juge|aucun juge|pas de contrôle automatique");
        }

        @Test
        void minorAdmittedForImminentPeril() {
            Assessment a = assess(minor().basis(CareBasis.IMMINENT_PERIL).hospitalised());

            assertRegime(a, RegimeCode.PERIL_IMMINENT, CERTAIN);
            assertThat(hasWarning(a, "mineur-sdt-irregulier")).isTrue();
            assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
        }

        @Test
        void minorUnderAPrefectsDecisionIsPossible() {
            Assessment a = assess(minor().basis(CareBasis.PREFECT).hospitalised());

            assertRegime(a, RegimeCode.SDRE, CERTAIN);
            assertThat(hasWarning(a, "mineur-sdt-irregulier")).isFalse();
            assertThat(step(a, "controle-automatique-du-juge")).isNotNull();
        }

        @Test
        void minorPlacedByTheChildrenJudge() {
            Assessment a = assess(minor().basis(CareBasis.CHILDREN_JUDGE).hospitalised().wanting(Goal.CONTEST_MEASURE));

            assertRegime(a, RegimeCode.PLACEMENT_JUGE_DES_ENFANTS, CERTAIN);
            assertThat(step(a, "demander-au-juge-des-enfants").body()).contains("CC 375-9");
            assertThat(notOffered(a, LetterId.SAISINE_JUGE_MAINLEVEE)).contains("juge des enfants");
        }

        @Test
        void minorWhoConsentsIsStillAdmittedAtTheParentsRequest() {
            Assessment a = assess(minor().basis(CareBasis.CONSENT).outpatient().wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, PROBABLE);
            assertNoRegime(a, RegimeCode.SOINS_LIBRES);
            assertThat(a.letters()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE);
        }

        @Test
        void directorsDecisionForAMinorMustBeChecked() {
            Assessment a = assess(minor().basis(CareBasis.PARENTS).hospitalised().holding(DocumentHeld.DIRECTOR_DECISION));

            assertRegime(a, RegimeCode.SOINS_MINEUR_PARENTS, CERTAIN);
            assertThat(warning(a, "mineur-decision-a-verifier")).contains("L.3212-1");
            assertThat(a.toClarify()).anyMatch(q -> q.contains("Quel article"));
        }

        @Test
        void minorCannotDesignateATrustedPerson() {
            Assessment a = assess(minor().basis(CareBasis.PARENTS).outpatient().wanting(Goal.TRUSTED_PERSON));

            assertThat(a.letters()).doesNotContain(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE);
            assertThat(notOffered(a, LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE)).contains("majeure");
        }
    }

    @Nested
    class Detainees {

        @Test
        void detaineeConsentingInAUhsaIsInSoinsLibres() {
            Assessment a = assess(adult().detained(true).basis(CareBasis.CONSENT).hospitalised()
                    .admitted(TODAY.minusDays(5)));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertThat(regime(a, RegimeCode.SOINS_LIBRES).because()).anyMatch(b -> b.contains("UHSA"));
            assertThat(regime(a, RegimeCode.SOINS_LIBRES).legalBasis()).contains("CSP L.3214-1");
            assertNoRegime(a, RegimeCode.SOINS_DETENU, RegimeCode.HOSPITALISATION_COMPLETE);
            assertThat(a.deadlines()).isEmpty();
        }

        @Test
        void detaineeInSoinsLibresWantingToLeaveGoesBackToDetentionNotOut() {
            Assessment a = assess(adult().detained(true).basis(CareBasis.CONSENT).hospitalised().wanting(Goal.LEAVE_CARE));

            assertThat(step(a, "refuser-les-soins-en-detention").body()).contains("retourner en détention")
                    .contains("CSP L.3214-3");
            assertThat(hasStep(a, "sortir-de-l-hopital-en-soins-libres")).isFalse();
        }

        @Test
        void detaineeOnAPrefectOrderIsOnlyHospitalisedFullTime() {
            LocalDate admission = TODAY.minusDays(2);
            Assessment a = assess(adult().detained(true).basis(CareBasis.DETAINEE).admitted(admission));

            assertRegime(a, RegimeCode.SOINS_DETENU, CERTAIN);
            assertRegime(a, RegimeCode.HOSPITALISATION_COMPLETE, PROBABLE);
            assertThat(regime(a, RegimeCode.SOINS_DETENU).legalBasis()).contains("CSP L.3214-3");
            assertThat(deadline(a, "juge-decision-12-jours").date()).isEqualTo(admission.plusDays(11));
        }

        @Test
        void detaineeSaidToBeInSdtIsContradictory() {
            Assessment a = assess(adult().detained(true).basis(CareBasis.THIRD_PARTY).hospitalised());

            assertRegime(a, RegimeCode.SDT, A_CONFIRMER);
            assertRegime(a, RegimeCode.SOINS_DETENU, A_CONFIRMER);
            assertThat(warning(a, "detenu-base-incompatible")).contains("CSP L.3214-3");
            assertThat(a.toClarify()).anyMatch(q -> q.contains("arrêté du préfet"));
        }

        @Test
        void detaineeInAProgrammeDeSoinsIsContradictory() {
            Assessment a = assess(adult().detained(true).basis(CareBasis.DETAINEE).outpatient().programme(true));

            assertRegime(a, RegimeCode.SOINS_DETENU, CERTAIN);
            assertRegime(a, RegimeCode.PROGRAMME_DE_SOINS, A_CONFIRMER);
            assertThat(warning(a, "detenu-pas-de-programme")).contains("hospitalisation complète");
        }
    }

    @Nested
    class Justice {

        @Test
        void injonctionDeSoinsWantingAnotherDoctor() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.INJONCTION_DE_SOINS)
                    .wanting(Goal.CHANGE_DOCTOR));

            assertRegime(a, RegimeCode.INJONCTION_DE_SOINS, CERTAIN);
            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            var change = step(a, "changer-de-medecin-par-le-coordonnateur");
            assertThat(change.letter()).isEqualTo(LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION);
            assertThat(change.body()).contains("médecin coordonnateur").contains("CSP R.3711-12");
            assertThat(notOffered(a, LetterId.CESSATION_PRISE_EN_CHARGE)).contains("médecin coordonnateur");
            assertThat(hasStep(a, "changer-de-psychiatre")).isFalse();
        }

        @Test
        void injonctionDeSoinsWantingToStopTreatment() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.INJONCTION_DE_SOINS)
                    .wanting(Goal.CHANGE_TREATMENT));

            assertThat(warning(a, "injonction-arret")).contains("CSP L.3711-3");
            assertThat(step(a, "continuer-l-injonction-de-soins").priority()).isEqualTo(IMPORTANT);
            assertThat(hasWarning(a, "arret-brutal-traitement")).isTrue();
        }

        @Test
        void obligationDeSoinsInSoinsLibresWantingToLeave() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().justice(JusticeMeasure.OBLIGATION_DE_SOINS)
                    .wanting(Goal.LEAVE_CARE));

            assertRegime(a, RegimeCode.SOINS_LIBRES, CERTAIN);
            assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, CERTAIN);
            assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE, LetterId.DEMANDE_ATTESTATION_SUIVI);
            assertThat(warning(a, "obligation-suivi-ailleurs")).contains("prouver").contains("CP 132-45");
            assertThat(step(a, "garder-un-suivi-et-le-prouver").priority()).isEqualTo(IMPORTANT);
        }

        @Test
        void injonctionTherapeutiqueTimelineFromTheNotification() {
            LocalDate notified = LocalDate.of(2026, 11, 1);
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient()
                    .justice(JusticeMeasure.INJONCTION_THERAPEUTIQUE).judgeDecisionNotified(notified));

            assertRegime(a, RegimeCode.INJONCTION_THERAPEUTIQUE, CERTAIN);
            var contact = deadline(a, "injonction-therapeutique-contact");
            assertThat(contact.date()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(contact.passed()).isTrue();
            assertThat(contact.label()).contains("en principe");
            assertThat(deadline(a, "injonction-therapeutique-evaluation").date()).isEqualTo(LocalDate.of(2026, 12, 16));
            assertThat(deadline(a, "injonction-therapeutique-bilan-3-mois").date()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(deadline(a, "injonction-therapeutique-bilan-6-mois").date()).isEqualTo(LocalDate.of(2027, 5, 1));
            assertThat(findDeadline(a, "appel-10-jours")).as("pas d'appel d'une décision de soins psychiatriques").isEmpty();
        }

        @Test
        void injonctionTherapeutiqueWantingToLeaveTheCurrentFollowUp() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient()
                    .justice(JusticeMeasure.INJONCTION_THERAPEUTIQUE).wanting(Goal.LEAVE_CARE));

            assertThat(a.letters()).contains(LetterId.CESSATION_PRISE_EN_CHARGE);
            assertThat(hasWarning(a, "obligation-suivi-ailleurs")).isTrue();
            assertThat(a.toClarify()).anyMatch(q -> q.contains("notifiée"));
        }

        @Test
        void obligationDeSoinsWithoutAnyCurrentFollowUp() {
            Assessment a = assess(adult().setting(CareSetting.NONE).justice(JusticeMeasure.OBLIGATION_DE_SOINS));

            assertRegime(a, RegimeCode.OBLIGATION_DE_SOINS, CERTAIN);
            assertNoRegime(a, RegimeCode.SOINS_LIBRES, RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER);
            assertThat(warning(a, "mesure-penale-sans-suivi")).contains("rendez-vous");
        }
    }

    @Nested
    class ProtectiveMeasures {

        @ParameterizedTest
        @EnumSource(value = Facts.Protection.class, names = {"SAUVEGARDE_DE_JUSTICE", "CURATELLE",
                "CURATELLE_RENFORCEE", "TUTELLE", "HABILITATION_FAMILIALE", "MANDAT_PROTECTION_FUTURE"})
        void eachProtectiveMeasureIsRecognisedWithItsArticles(Facts.Protection measure) {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(measure)
                    .wanting(Goal.CHANGE_TREATMENT));

            RegimeCode code = RegimeCode.valueOf(measure.name());
            assertRegime(a, code, CERTAIN);
            assertThat(regime(a, code).label()).isEqualTo(code.label());
            assertThat(regime(a, code).legalBasis()).contains("CC 459", "CSP L.1111-4");
            assertThat(a.letters()).contains(LetterId.INFORMATION_PROTECTEUR);
        }

        @Test
        void underCuratelleWantingTheMedicalFileAfterEightDays() {
            LocalDate requested = TODAY.minusDays(10);
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
        void underTutelleATrustedPersonNeedsTheJudgesAuthorisation() {
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.TUTELLE)
                    .wanting(Goal.TRUSTED_PERSON));

            assertThat(a.letters()).contains(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE);
            assertThat(warning(a, "tutelle-personne-de-confiance")).contains("CSP L.1111-6");
        }
    }

    @Nested
    class WhoIsAnswering {

        @Test
        void relativeOfAnAdultCannotRequestTheFileInTheirPlace() {
            Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.CONSENT).outpatient()
                    .wanting(Goal.ACCESS_RECORDS));

            assertThat(warning(a, "dossier-pas-pour-un-proche")).contains("CSP L.1111-7");
            assertThat(step(a, "demander-le-dossier-medical").body()).contains("la personne");
            assertThat(a.letters()).contains(LetterId.ACCES_DOSSIER_MEDICAL);
        }

        @Test
        void relativeOfAPersonUnderSdreGetsThirdPersonWording() {
            Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.PREFECT).hospitalised()
                    .admitted(TODAY.minusDays(4)));

            assertThat(step(a, "controle-automatique-du-juge").body()).contains("La personne est convoquée");
            assertThat(step(a, "agir-aux-cotes-de-la-personne").body()).contains("CSP L.3211-3");
            assertThat(a.steps()).extracting(Assessment.Step::body).noneMatch(b -> b.contains("Vous êtes convoqué"));
            assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
        }

        @Test
        void associationAnsweringForAPersonInIsolement() {
            Assessment a = assess(adult().answeredBy(Respondent.ASSOCIATION).basis(CareBasis.THIRD_PARTY).hospitalised()
                    .restraint(Restraint.RESTRAINT));

            assertThat(step(a, "isolement-controle-du-juge").body()).contains("un proche aussi")
                    .contains("toute personne agissant dans son intérêt");
            assertThat(hasStep(a, "demander-la-levee-au-directeur")).as("réservé à la famille (L.3212-9)").isFalse();
        }
    }

    @Nested
    class OtherGoals {

        @Test
        void medicalFileRequestTooRecentForAReminder() {
            LocalDate requested = TODAY.minusDays(2);
            Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                    .recordsRequested(requested));

            assertThat(deadline(a, "dossier-8-jours").passed()).isFalse();
            assertThat(notOffered(a, LetterId.RELANCE_DOSSIER_MEDICAL)).contains(AssessmentTexts.frenchDate(requested.plusDays(8)));
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
}
