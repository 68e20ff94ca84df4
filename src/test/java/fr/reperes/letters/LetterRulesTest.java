package fr.reperes.letters;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.reperes.letters.TestLetters.plain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal rules each letter must follow (see docs/letters/README.md), and what the interview's answers change in it:
 * one test per situation a lawyer would check.
 */
class LetterRulesTest {

    private static final LetterService LETTERS = TestLetters.service();

    private static Facts facts(Respondent respondent, CareSetting setting, CareBasis basis, Restraint restraint,
                               Protection protection) {
        return new Facts(respondent, false, setting, basis, false, null, List.of(), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 20), restraint, null, protection, List.of(), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 21));
    }

    private static ComposedLetter compose(LetterId id, Signatory signatory, Map<String, String> changes) {
        Map<String, String> values = TestLetters.sample(LETTERS.letter(id).orElseThrow(), signatory);
        values.putAll(changes);
        assertThat(LETTERS.validate(id, values)).as(id.id()).isEmpty();
        return LETTERS.compose(id, values);
    }

    private static String all(ComposedLetter letter) {
        ComposedLetter.Instructions i = letter.instructions();
        return plain(String.join("\n", letter.object(), letter.body(), String.join("\n", letter.attachments()),
                String.join("\n", letter.copies()), i.recipient(), String.join("\n", i.sending()), i.delay(),
                String.join("\n", i.withoutAnswer()), String.join("\n", i.notes())));
    }

    @Nested
    class WhatEachLetterMustSay {

        @Test
        void theMedicalFileRequestStatesTheDelaysFromReceiptAndAsksForProofOfIdentity() {
            ComposedLetter letter = compose(LetterId.ACCES_DOSSIER_MEDICAL, Signatory.PERSON, Map.of());
            assertThat(plain(letter.body())).contains("L.1111-7").contains("quarante-huit heures")
                    .contains("huit jours qui suivent la réception").contains("deux mois").contains("plus de cinq ans");
            assertThat(letter.attachments()).anyMatch(a -> a.contains("pièce d'identité"));
            assertThat(plain(letter.instructions().delay())).contains("réception de la demande, pas de son envoi");
        }

        @Test
        void theMedicalFileCanGoToADoctorTheRequesterChooses() {
            ComposedLetter letter = compose(LetterId.ACCES_DOSSIER_MEDICAL, Signatory.PERSON,
                    Map.of("mode_acces", "medecin", "medecin", "Docteur Anne Morel, 4 rue Garibaldi, 69006 Lyon"));
            assertThat(plain(letter.body())).contains("adressés au médecin que je désigne")
                    .contains("Docteur Anne Morel, 4 rue Garibaldi, 69006 Lyon");
        }

        @Test
        void aProtectorAskingForTheFileAttachesTheJudgmentAndACuratorActsWithTheConsentOfThePerson() {
            ComposedLetter letter = compose(LetterId.ACCES_DOSSIER_MEDICAL, Signatory.PROTECTOR,
                    Map.of("mesure_protection", "curatelle"));
            assertThat(plain(letter.body())).contains("En ma qualité de curatrice de Camille Durand")
                    .contains("avec l'accord de Camille Durand");
            assertThat(letter.attachments()).anyMatch(a -> a.contains("jugement"));
            assertThat(letter.sender()).first().isEqualTo("Marie Lefèvre");
        }

        @Test
        void theOppositionToSharingSaysItCannotBlockTheTransmissionsTheLawRequires() {
            String body = plain(compose(LetterId.OPPOSITION_PARTAGE_INFORMATIONS, Signatory.PERSON, Map.of()).body());
            assertThat(body).contains("ne peut pas faire obstacle aux transmissions que la loi impose")
                    .contains("représentant de l'État").contains("juge")
                    .contains("commission départementale des soins psychiatriques")
                    .contains("injonction de soins").contains("médecin coordonnateur");
        }

        @Test
        void designatingATrustedPersonUnderTutelleNeedsTheJudgesAuthorisation() {
            ComposedLetter pending = compose(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE, Signatory.PERSON,
                    Map.of("mesure_protection", "tutelle", "autorisation", "demandee"));
            assertThat(plain(pending.body())).contains("mesure de tutelle")
                    .contains("autorisation du juge des contentieux de la protection (ou du conseil de famille)")
                    .contains("ne prendra effet qu'une fois cette autorisation donnée");
            ComposedLetter authorised = compose(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE, Signatory.PERSON,
                    Map.of("mesure_protection", "tutelle", "autorisation", "juge", "autorisation_date", "02/10/2026"));
            assertThat(plain(authorised.body())).contains("a autorisé cette désignation le 2 octobre 2026");
            assertThat(authorised.attachments()).anyMatch(a -> a.contains("autorisation du juge"));
            ComposedLetter withoutMeasure = compose(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE, Signatory.PERSON,
                    Map.of("mesure_protection", "aucune"));
            assertThat(withoutMeasure.body()).doesNotContain("tutelle").doesNotContain("autorisation");
        }

        @Test
        void theTrustedPersonCoSignsTheDesignation() {
            ComposedLetter letter = compose(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE, Signatory.PERSON, Map.of());
            assertThat(letter.signatures()).hasSize(2);
            assertThat(letter.signatures().get(1)).anyMatch(line -> line.contains("personne de confiance"));
        }

        @Test
        void theAppealGoesToThePremierPresidentWithinTenDaysOrTwentyFourHoursForIsolation() {
            ComposedLetter letter = compose(LetterId.APPEL_DECISION_JUGE, Signatory.PERSON, Map.of("decision", "maintien"));
            String text = all(letter);
            assertThat(plain(letter.body())).startsWith("Madame, Monsieur le Premier président")
                    .contains("R.3211-18").contains("R.3211-19").doesNotContain("R.3211-42");
            assertThat(text).contains("10 jours").contains("24 heures").contains("R.3211-42");
            ComposedLetter isolation = compose(LetterId.APPEL_DECISION_JUGE, Signatory.PERSON, Map.of("decision", "isolement"));
            assertThat(plain(isolation.body())).contains("R.3211-42").contains("isolement ou de contention");
        }

        @Test
        void appealOfAnIsolementDecisionGoesToTheCourtOfAppealRegistryNeverByRegisteredPostNorThroughTheHospital() {
            ComposedLetter isolation = compose(LetterId.APPEL_DECISION_JUGE, Signatory.PERSON,
                    Map.of("decision", "isolement", "mode_envoi", "courriel"));
            String text = all(isolation);
            assertThat(text).doesNotContain("récépissé").doesNotContain("transmise par l'établissement");
            assertThat(plain(String.join("\n", isolation.instructions().sending())))
                    .contains("greffe de la cour d'appel reçoit").contains("pas de lettre recommandée")
                    .contains("ne prouve pas la date de réception");
            assertThat(plain(isolation.body())).contains("R.3211-42 et suivants").doesNotContain("R.3211-18");
            assertThat(plain(isolation.instructions().delay())).contains("R.3211-44");
        }

        @Test
        void theRequestToTheJudgeGivesAOneLineReasonWhenNoneIsTyped() {
            String person = plain(compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON, Map.of("motifs", "")).body());
            assertThat(person).contains("Je conteste la nécessité de cette mesure")
                    .contains("conditions prévues par la loi");
            String relative = plain(compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.RELATIVE,
                    Map.of("motifs", "", "tiers_qualite", "sœur")).body());
            assertThat(relative).contains("La nécessité de cette mesure est contestée");
            String typed = plain(compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON,
                    Map.of("motifs", "Je vais mieux et mon médecin traitant me suit.")).body());
            assertThat(typed).contains("Je vais mieux").doesNotContain("Je conteste la nécessité");
        }

        @Test
        void theRequestToTheJudgeCanBeHandedToTheSecretariatOrMadeOrallyToTheDirector() {
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON, Map.of());
            String sending = plain(String.join("\n", letter.instructions().sending()));
            assertThat(sending).contains("secrétariat de l'établissement").contains("oralement au directeur")
                    .contains("R.3211-10").contains("vérifiez auprès du greffe")
                    .doesNotContain("article exact à vérifier");
            assertThat(plain(letter.body())).contains("L.3211-12").contains("mainlevée");
        }

        @Test
        void aRelativeSeizesTheJudgeInTheirOwnNameUnderL3211_12() {
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.RELATIVE,
                    Map.of("tiers_qualite", "mère"));
            assertThat(plain(letter.body())).contains("Je soussigné(e) Marie Lefèvre, mère de Camille Durand")
                    .contains("L.3211-12").contains("en tant que proche agissant dans son intérêt");
            assertThat(letter.signatures().getLast()).contains("Marie Lefèvre", "mère de Camille Durand");
        }

        @Test
        void aPassedDeadlineOrAPendingRequestIsNeverPresentedAsFreedomToLeave() {
            for (LetterId id : List.of(LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.APPEL_DECISION_JUGE)) {
                String text = all(compose(id, Signatory.PERSON, Map.of()));
                assertThat(text).as(id.id()).contains("fugue").doesNotContainIgnoringCase("libre de partir")
                        .doesNotContainIgnoringCase("vous pouvez partir");
            }
        }

        @Test
        void endingAFollowUpIsForAdultsInSoinsLibresAndNeverAnAbruptStopOfTreatment() {
            ComposedLetter letter = compose(LetterId.CESSATION_PRISE_EN_CHARGE, Signatory.PERSON, Map.of());
            String notes = plain(String.join("\n", letter.instructions().notes()));
            assertThat(notes).contains("réservée aux adultes en soins libres").contains("programme de soins")
                    .contains("L.3211-12").contains("injonction de soins").contains("médecin coordonnateur")
                    .contains("arrêt brutal");
            assertThat(plain(letter.body())).contains("soins libres");
        }

        @Test
        void endingAFollowUpUnderAnObligationDeSoinsSaysItContinuesElsewhereAndIsProven() {
            ComposedLetter letter = compose(LetterId.CESSATION_PRISE_EN_CHARGE, Signatory.PERSON,
                    Map.of("mesure_justice", "obligation"));
            assertThat(plain(letter.body())).contains("obligation de soins").contains("132-45").contains("attestation");
            assertThat(plain(String.join("\n", letter.instructions().notes()))).contains("continuer ailleurs")
                    .contains("prouver");
        }

        @Test
        void changingTheProgrammeGoesToThePsychiatristWithACopyToTheDirectorAndThePrefectDecidesUnderSdre() {
            ComposedLetter letter = compose(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS, Signatory.PERSON,
                    Map.of("fondement", "prefet", "soins_libres", "oui"));
            assertThat(letter.copies()).anyMatch(copy -> copy.contains("Directeur"));
            assertThat(plain(letter.body())).startsWith("Madame, Monsieur le Docteur")
                    .contains("représentant de l'État").contains("L.3213-5");
            assertThat(plain(String.join("\n", letter.instructions().notes()))).contains("pas le psychiatre seul")
                    .contains("L.3211-12");
            ComposedLetter sdt = compose(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS, Signatory.PERSON,
                    Map.of("fondement", "tiers", "soins_libres", "oui"));
            assertThat(plain(sdt.body())).contains("le directeur de l'établissement doit lever la mesure").contains("L.3212-8");
        }
    }

    @Nested
    class TheTwoLettersOfDecember2026 {

        @Test
        void aRelativeAsksTheDirectorToLiftAnSdtAndRecallsWhatARefusalNeeds_L3212_9() {
            ComposedLetter letter = compose(LetterId.DEMANDE_LEVEE_DIRECTEUR, Signatory.RELATIVE, Map.of());
            String body = plain(letter.body());
            assertThat(body).contains("vous demande de lever la mesure de soins psychiatriques sans consentement")
                    .contains("article L.3212-9").contains("II de l'article L.3212-1")
                    .contains("moins de vingt-quatre heures").contains("péril imminent")
                    .contains("m'en informer par écrit").contains("saisir le juge du tribunal judiciaire")
                    .contains("L.3211-12");
            assertThat(plain(letter.object())).contains("L.3212-9");
            assertThat(all(letter)).contains("CDSP").contains("le directeur doit la prononcer")
                    .contains("ne quittez pas l'hôpital seul");
        }

        @Test
        void thePersonAsksTheDirectorAndAPsychiatristsExamination_L3212_8() {
            ComposedLetter letter = compose(LetterId.DEMANDE_LEVEE_DIRECTEUR, Signatory.PERSON, Map.of());
            String body = plain(letter.body());
            assertThat(body).contains("dont je fais l'objet").contains("article L.3212-8")
                    .contains("à tout moment (article L.3211-12");
            // The refusal rule of L.3212-9 concerns a relative's request only: not stated in the person's letter.
            assertThat(body).doesNotContain("vingt-quatre heures").doesNotContain("II de l'article L.3212-1");
        }

        @Test
        void aRelativeSignsTheLiftingRequestInTheirOwnName() {
            assertThat(LETTERS.letter(LetterId.DEMANDE_LEVEE_DIRECTEUR).orElseThrow().allows(Signatory.RELATIVE)).isTrue();
            Facts sister = facts(Respondent.RELATIVE, CareSetting.FULL_HOSPITALISATION, CareBasis.THIRD_PARTY,
                    Restraint.NONE, Protection.NONE);
            assertThat(LETTERS.prefill(LetterId.DEMANDE_LEVEE_DIRECTEUR, sister)).containsEntry("signataire", "RELATIVE");
        }

        @Test
        void theCopyRequestListsEveryDecisionAndItsBasesAndSaysWhenTheBasisIsUnknown() {
            ComposedLetter letter = compose(LetterId.DEMANDE_COPIE_DECISIONS, Signatory.PERSON,
                    Map.of("fondement", "inconnu"));
            String body = plain(letter.body());
            assertThat(body).contains("L.3211-3").contains("la décision d'admission")
                    .contains("arrêté du préfet ou du maire").contains("décision ou arrêté de maintien")
                    .contains("ordonnances et décisions du juge").contains("L.311-1 et L.311-6")
                    .contains("Je ne sais pas qui a décidé cette mesure");
            assertThat(plain(letter.instructions().delay())).contains("un mois vaut refus").contains("2 mois")
                    .contains("à vérifier pour un établissement privé");
        }

        @Test
        void aRelativeAsksForTheCopiesOnlyWithThePersonsWrittenAgreement() {
            ComposedLetter letter = compose(LetterId.DEMANDE_COPIE_DECISIONS, Signatory.RELATIVE, Map.of());
            assertThat(plain(letter.body())).contains("avec son accord, joint à cette lettre");
            assertThat(letter.attachments()).anyMatch(a -> a.contains("accord écrit"));
        }
    }

    @Nested
    class PrefilledFromTheInterview {

        @Test
        void underCuratelleThePersonSignsTheMedicalFileRequest() {
            Map<String, String> values = LETTERS.prefill(LetterId.ACCES_DOSSIER_MEDICAL,
                    facts(Respondent.PERSON, CareSetting.OUTPATIENT, CareBasis.CONSENT, Restraint.NONE, Protection.CURATELLE));
            assertThat(values).containsEntry("signataire", "PERSON").containsEntry("mesure_protection", "curatelle")
                    .containsEntry("mode_envoi", "recommande").containsEntry("date_lettre", "2026-11-22");
        }

        @Test
        void underTutelleTheProtectorCoSignsTheEndOfAFollowUpAndTheProgrammeRequest() {
            Facts tutelle = facts(Respondent.PERSON, CareSetting.OUTPATIENT, CareBasis.CONSENT, Restraint.NONE, Protection.TUTELLE);
            assertThat(LETTERS.prefill(LetterId.CESSATION_PRISE_EN_CHARGE, tutelle)).containsEntry("signataire", "BOTH");
            assertThat(LETTERS.prefill(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS, tutelle)).containsEntry("signataire", "BOTH");
            assertThat(LETTERS.prefill(LetterId.SAISINE_JUGE_MAINLEVEE, tutelle))
                    .as("la personne peut saisir le juge elle-même (L.3211-12)").containsEntry("signataire", "PERSON");
            ComposedLetter cosigned = compose(LetterId.CESSATION_PRISE_EN_CHARGE, Signatory.BOTH, Map.of());
            assertThat(cosigned.signatures()).hasSize(2);
            assertThat(plain(cosigned.body())).contains("cosignée par Marie Lefèvre, curatrice");
        }

        @Test
        void theRequestToTheJudgeNamesThePlaceOfBirthWhenGiven() {
            // Review finding: the greffe may need the place of birth to identify the person (requête, R.3211-10 area).
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON,
                    Map.of("date_naissance", "1990-03-03", "lieu_naissance", "Lyon"));
            assertThat(plain(letter.body())).containsPattern("né\\(e\\) le [^,]*1990 à Lyon");
            assertThat(String.join("\n", letter.instructions().sending())).doesNotContain("ajoutez-le à la main");
        }

        @Test
        void anInpatientHandsTheLetterOverAgainstADatedReceipt() {
            Facts inpatient = facts(Respondent.PERSON, CareSetting.FULL_HOSPITALISATION, CareBasis.THIRD_PARTY,
                    Restraint.NONE, Protection.NONE);
            Map<String, String> file = LETTERS.prefill(LetterId.ACCES_DOSSIER_MEDICAL, inpatient);
            assertThat(file).containsEntry("mode_envoi", "main_propre");
            Map<String, String> judge = LETTERS.prefill(LetterId.SAISINE_JUGE_MAINLEVEE, inpatient);
            assertThat(judge).containsEntry("mode_envoi", "main_propre").containsEntry("fondement", "tiers")
                    .containsEntry("mesure", "hospitalisation").containsEntry("date_admission", "2026-11-10");
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON, Map.of("mode_envoi", "main_propre"));
            assertThat(plain(letter.mention())).startsWith("Requête remise au secrétariat de l'établissement");
        }

        @Test
        void aRestraintReportedInTheInterviewIsWhatTheJudgeIsAskedToLift() {
            Facts restrained = facts(Respondent.PERSON, CareSetting.FULL_HOSPITALISATION, CareBasis.PREFECT,
                    Restraint.RESTRAINT, Protection.NONE);
            assertThat(LETTERS.prefill(LetterId.SAISINE_JUGE_MAINLEVEE, restrained)).containsEntry("mesure", "contention")
                    .containsEntry("fondement", "prefet");
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.PERSON, Map.of("mesure", "contention"));
            assertThat(plain(letter.object())).contains("isolement ou de contention");
            assertThat(plain(letter.body())).contains("mainlevée de la mesure de contention").contains("L.3222-5-1");
        }

        @Test
        void theAppealIsAboutIsolementOnlyWhenTheDecisionAppealedWasAboutIsolement_R3211_42() {
            Facts restrained = facts(Respondent.PERSON, CareSetting.FULL_HOSPITALISATION, CareBasis.PREFECT,
                    Restraint.ISOLATION, Protection.NONE);
            Facts onTheMeasure = withAppealed(restrained, Facts.AppealedDecision.CARE_MEASURE);
            Facts onIsolement = withAppealed(restrained, Facts.AppealedDecision.ISOLEMENT_CONTENTION);

            // Isolement reported, but the decision kept the hospitalisation: the 10-day appeal, not the 24-hour one.
            assertThat(LETTERS.prefill(LetterId.APPEL_DECISION_JUGE, onTheMeasure)).doesNotContainEntry("decision", "isolement");
            assertThat(LETTERS.prefill(LetterId.APPEL_DECISION_JUGE, onIsolement)).containsEntry("decision", "isolement");
            // 24 hours (R.3211-42, R.3211-19): e-mail or fax to the greffe is proposed first, never registered post.
            assertThat(LETTERS.prefill(LetterId.APPEL_DECISION_JUGE, onIsolement)).containsEntry("mode_envoi", "courriel");
            assertThat(LETTERS.prefill(LetterId.APPEL_DECISION_JUGE, onTheMeasure)).containsEntry("mode_envoi", "depot");
            ComposedLetter letter = compose(LetterId.APPEL_DECISION_JUGE, Signatory.PERSON, Map.of("decision", "isolement"));
            assertThat(plain(letter.body())).contains("R.3211-42 et suivants").doesNotContain("R.3211-18");
        }

        private static Facts withAppealed(Facts f, Facts.AppealedDecision appealed) {
            return new Facts(f.respondent(), f.minor(), f.careSetting(), f.careBasis(), f.detained(),
                    f.programmeDeSoins(), f.documentsHeld(), f.admissionDate(), f.lastJudgeDecisionDate(),
                    f.restraint(), f.justiceMeasure(), f.protection(), f.goals(), f.recordsRequestDate(),
                    f.judgeDecisionDate(), appealed);
        }

        @Test
        void theInterviewsDatesFillTheReminderAndTheAppeal() {
            Facts known = facts(Respondent.PERSON, CareSetting.FULL_HOSPITALISATION, CareBasis.THIRD_PARTY,
                    Restraint.NONE, Protection.NONE);
            assertThat(LETTERS.prefill(LetterId.RELANCE_DOSSIER_MEDICAL, known)).containsEntry("date_demande", "2026-11-02");
            assertThat(LETTERS.prefill(LetterId.APPEL_DECISION_JUGE, known)).containsEntry("date_decision", "2026-11-21");
        }

        @Test
        void aLetterPreparedByARelativeStaysThePersonsLetterAndSaysSo() {
            Facts relative = facts(Respondent.RELATIVE, CareSetting.OUTPATIENT, CareBasis.CONSENT, Restraint.NONE, Protection.NONE);
            Map<String, String> values = LETTERS.prefill(LetterId.RECLAMATION_CDU, relative);
            assertThat(values).containsEntry("prepare_par", "proche").containsEntry("signataire", "PERSON");
            ComposedLetter letter = compose(LetterId.RECLAMATION_CDU, Signatory.PERSON, Map.of("prepare_par", "proche"));
            assertThat(plain(String.join("\n", letter.instructions().notes())))
                    .contains("relisez-la avec la personne concernée").contains("C'est elle qui la signe");
            assertThat(letter.body()).doesNotContain("proche");
        }

        @Test
        void aSisterAnsweringGetsTheLetterToTheJudgeInHerOwnNameAsTheLawAllows() {
            Facts sister = facts(Respondent.RELATIVE, CareSetting.FULL_HOSPITALISATION, CareBasis.THIRD_PARTY,
                    Restraint.NONE, Protection.NONE);
            assertThat(LETTERS.prefill(LetterId.SAISINE_JUGE_MAINLEVEE, sister)).containsEntry("signataire", "RELATIVE")
                    .containsEntry("prepare_par", "proche");
            ComposedLetter letter = compose(LetterId.SAISINE_JUGE_MAINLEVEE, Signatory.RELATIVE, Map.of());
            assertThat(plain(letter.body())).contains("en tant que proche agissant dans son intérêt");
        }

        @Test
        void nothingKnownStillGivesALetterReadyToFill() {
            Map<String, String> values = LETTERS.prefill(LetterId.SAISINE_CGLPL, Facts.unknown());
            assertThat(values).containsEntry("destinataire_nom", "Contrôleur général des lieux de privation de liberté")
                    .containsEntry("destinataire_code_postal", "75921").doesNotContainKey("nom");
        }
    }
}
