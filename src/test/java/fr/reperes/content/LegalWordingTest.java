package fr.reperes.content;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.SourceFile;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements a lawyer corrected in the December 2026 review, read in the real {@code content/} folder: for each
 * finding the wrong wording must not come back and the corrected statement must be there with its article. Each
 * test is named after the finding it guards.
 */
class LegalWordingTest {

    private static final ContentFiles FILES = new ContentFiles("classpath:content/");
    /** Every file a user can read, comments removed (an editor's note in a comment is not user text). */
    private static final List<SourceFile> USER_TEXT = userText();

    private static List<SourceFile> userText() {
        List<SourceFile> files = new ArrayList<>();
        for (String pattern : List.of("pages/*.md", "site/*.md", "assessment/*.yml", "situation/*.yml",
                "letters/*.yml", "letters/*.html", "interview/*.yml", "search/*.yml")) {
            for (SourceFile file : FILES.read(pattern)) {
                String text = file.path().endsWith(".yml")
                        ? Pattern.compile("(?m)^\\s*#.*$").matcher(file.text()).replaceAll("")
                        : file.text();
                files.add(new SourceFile(file.path(), text));
            }
        }
        return files;
    }

    private static String page(String slug) {
        return FILES.readOne("pages/" + slug + ".md").text();
    }

    /** A section of a page: from its heading to the next heading of the same or a higher level. */
    private static String section(String slug, String heading) {
        String text = page(slug);
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as("section « " + heading + " » de " + slug).isNotNegative();
        int level = heading.indexOf(' ');
        var next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(text);
        int end = next.find(start + heading.length() + 1) ? next.start() : text.length();
        return text.substring(start, end);
    }

    /** The glossary entry under {@code heading}. */
    private static String glossary(String heading) {
        return section("glossaire", "## " + heading);
    }

    /** A text of a YAML file, by its keys; a « vous / tiers » pair gives both variants. */
    private static String yaml(String file, String... keys) {
        Object node = new Yaml(new SafeConstructor(new LoaderOptions())).load(FILES.readOne(file).text());
        for (String key : keys) {
            assertThat(node).as(file + " › " + String.join(" › ", keys)).isInstanceOf(Map.class);
            node = ((Map<?, ?>) node).get(key);
        }
        assertThat(node).as(file + " › " + String.join(" › ", keys)).isNotNull();
        if (node instanceof Map<?, ?> map) {
            return map.values().stream().map(String::valueOf).reduce("", (a, b) -> a + "\n" + b);
        }
        if (node instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(node);
    }

    /** The jurisprudence point shown to lawyers with this id. */
    private static String jurisprudence(String id) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(FILES.readOne("situation/jurisprudence.yml").text());
        List<?> points = (List<?>) ((Map<?, ?>) loaded).get("points");
        return points.stream().map(p -> (Map<?, ?>) p).filter(p -> id.equals(p.get("id")))
                .map(p -> String.valueOf(p.get("resume"))).findFirst().orElseThrow();
    }

    /** Sentences, also cut at « ; » and « : » when {@code clauses}: a rule and its exception are often one sentence. */
    private static List<String> sentences(String text, boolean clauses) {
        return Arrays.asList(text.split(clauses ? "(?<=[.!?;:])\\s+|\\n" : "(?<=[.!?])\\s+|\\n"));
    }

    private static void nowhereInUserText(String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (SourceFile file : USER_TEXT) {
            assertThat(pattern.matcher(file.text()).find()).as(file.path() + " ne doit pas contenir « " + regex + " »")
                    .isFalse();
        }
    }

    // Critical: isolement / contention re-control (CSP L.3222-5-1 II; Cass. avis 6 March 2024, n° 23-70.017)

    @Test
    void isolementReControlSevenDaysOnlyForIsolementAfterTwoDecisions_L3222_5_1_II() {
        nowhereInUserText("(?i)avant chaque (nouvelle période|nouveau délai) de (7|sept) jours");
        // Any sentence that puts 7 days next to contention must say that 7 days never apply to it.
        Pattern negation = Pattern.compile("(?i)jamais|ne vaut que|seulement|ne concerne que|uniquement");
        for (SourceFile file : USER_TEXT) {
            for (String sentence : sentences(file.text(), true)) {
                if (sentence.matches("(?is).*\\b(7|sept) jours\\b.*") && sentence.toLowerCase().contains("contention")) {
                    assertThat(negation.matcher(sentence).find()).as(file.path() + " : « " + sentence + " »").isTrue();
                }
            }
        }
        String kept = section("isolement-et-contention", "## Si le juge maintient la mesure");
        assertThat(kept).contains("avant 72 heures d'isolement ou 48 heures de contention")
                .contains("deux fois").contains("au moins 24 heures avant").contains("dernière décision du juge")
                .contains("il n'y a jamais de délai de 7 jours").contains("(CSP L.3222-5-1)").contains("23-70.017");
        assertThat(page("isolement-et-contention")).doesNotContain("à nouveau avant chaque");
    }

    @Test
    void isolementReControlForLawyers_jurisprudenceSheet() {
        assertThat(jurisprudence("isolement-168-heures")).contains("CSP L.3222-5-1 II")
                .contains("cycle ordinaire").contains("72e heure d'isolement ou la 48e heure de contention")
                .contains("deux décisions de maintien").contains("au moins 24 heures").contains("Jamais pour la contention")
                .doesNotContain("isolement ou de la contention, le directeur doit le saisir de nouveau avant chaque");
        assertThat(glossary("Isolement")).contains("deux décisions de maintien").contains("CSP L.3222-5-1");
        assertThat(glossary("Contention")).contains("avant 48 heures").doesNotContain("7 jours");
        assertThat(yaml("assessment/etapes.yml", "etapes", "isolement-controle-du-juge", "texte"))
                .contains("ne vaut que pour l'isolement, après deux décisions de maintien");
    }

    // Critical: the mayor's measure lapses after 48 h without a préfet's arrêté (CSP L.3213-2)

    @Test
    void mayorsMeasureAlwaysStatesItsFortyEightHours_L3213_2() {
        assertThat(yaml("assessment/raisons.yml", "raisons", "maire-declare")).contains("48 heures")
                .contains("arrêté du préfet").contains("(CSP L.3213-2)");
        assertThat(yaml("assessment/a-clarifier.yml", "a-clarifier", "maire-arrete-prefet")).contains("48 heures");
        assertThat(page("soins-sur-decision-du-prefet")).contains("prennent fin après 48 heures (CSP L.3213-2)")
                .contains("si un arrêté du préfet a été pris dans ces 48 heures");
    }

    // Major: the appeal reaches the greffe of the cour d'appel in time (CSP R.3211-18, R.3211-19, R.3211-42)

    @Test
    void appealIsSentToTheCourtOfAppealRegistryNotThroughTheHospital_R3211_19() {
        String letter = FILES.readOne("letters/appel-decision-juge.yml").text();
        assertThat(letter).doesNotContain("récépissé").doesNotContain("transmise par l'établissement")
                .doesNotContain("demandez au secrétariat de l'établissement");
        assertThat(yaml("letters/appel-decision-juge.yml", "sending")).contains("greffe de la cour d'appel reçoit")
                .contains("ne prouve pas la date de réception").contains("(CSP R.3211-19)");
        for (String[] key : List.of(new String[]{"assessment/etapes.yml", "etapes", "faire-appel", "texte"},
                new String[]{"assessment/echeances.yml", "echeances", "appel-10-jours", "a-faire"},
                new String[]{"situation/recours.yml", "recours", "faire-appel", "qui"})) {
            String text = yaml(key[0], Arrays.copyOfRange(key, 1, key.length));
            assertThat(text).as(String.join(" › ", key)).contains("greffe de la cour d'appel").doesNotContain("récépissé");
        }
        assertThat(page("controle-du-juge")).contains("Ce qui compte, c'est la date à laquelle le greffe de la cour d'appel reçoit votre déclaration")
                .contains("(CSP R.3211-19)");
    }

    @Test
    void twentyFourHourAppealIsNeverSentByRegisteredPost_R3211_42() {
        assertThat(yaml("letters/appel-decision-juge.yml", "sending")).contains("Appel de 24 heures")
                .contains("pas de lettre recommandée");
        assertThat(yaml("assessment/echeances.yml", "echeances", "appel-24-heures", "a-faire"))
                .contains("une lettre recommandée arriverait trop tard").contains("courriel ou télécopie");
        assertThat(yaml("assessment/etapes.yml", "etapes", "faire-appel", "texte")).contains("pas de lettre recommandée");
        assertThat(section("controle-du-juge", "## Faire appel")).contains("une lettre recommandée n'arrive pas à temps")
                .contains("(CSP R.3211-42)");
        assertThat(page("isolement-et-contention")).contains("Une lettre recommandée arriverait trop tard");
    }

    @Test
    void twentyFourHourRulingIsCitedToR3211_44NotR3211_42() {
        nowhereInUserText("statue[^.]{0,60}\\(CSP R\\.3211-42\\)");
        assertThat(yaml("assessment/echeances.yml", "echeances", "appel-24-heures", "a-faire"))
                .contains("statue lui aussi en 24 heures (CSP R.3211-44)");
        assertThat(page("isolement-et-contention")).contains("statue dans les 24 heures (CSP R.3211-44)");
        // The appeal of an isolement decision rests on R.3211-42 ff., not on the 10-day rule.
        assertThat(yaml("letters/appel-decision-juge.yml", "body"))
                .contains("{{#isolement_contention}}de l'article L.3211-12-4 du code de la santé publique et des articles R.3211-42 et suivants")
                .contains("{{^isolement_contention}}des articles L.3211-12-4, R.3211-18 et R.3211-19");
    }

    @Test
    void afterTwentyFourHoursOnAnIsolementDecisionANewRequestToTheJudge_L3211_12() {
        assertThat(yaml("assessment/echeances.yml", "echeances", "appel-24-heures", "si-depassee"))
                .contains("Une nouvelle demande au juge").contains("(CSP L.3211-12)");
        assertThat(yaml("assessment/etapes.yml", "etapes", "faire-appel", "texte"))
                .contains("Après ces 24 heures, une nouvelle demande au juge reste possible à tout moment (CSP L.3211-12)");
        assertThat(page("isolement-et-contention")).contains("Si les 24 heures sont passées, demandez de nouveau au juge");
    }

    @Test
    void appealDeadlineShowsHowTheLawCountsItAndWarnsAboutClosedRegistries_CPC640to642() {
        String appeal = yaml("assessment/echeances.yml", "echeances", "appel-10-jours");
        assertThat(appeal).contains("(CSP R.3211-18)").contains("code de procédure civile (art. 640 à 642)")
                .contains("finit le {fin-legale} à minuit").contains("agissez au plus tard le {date}")
                .contains("le jour de la notification ne compte pas").contains("samedi, un dimanche ou un jour férié")
                .contains("le vendredi");
        // The old count (notification day as day 1, legal end left vague) must not come back.
        assertThat(appeal).doesNotContain("comme 1er jour").doesNotContain("un peu plus tard");
        assertThat(section("controle-du-juge", "## Faire appel")).contains("code de procédure civile, art. 640 à 642")
                .contains("le jour de la notification ne compte pas");
    }

    // Major: disguised full hospitalisation under a programme de soins (Cass. 1re civ., 4 March 2015, n° 14-17.824)

    @Test
    void disguisedFullHospitalisationUnderAProgrammeDeSoins_Cass2015() {
        assertThat(yaml("assessment/avertissements.yml", "avertissements", "rehospitalisation"))
                .contains("hospitalisation complète déguisée").contains("14-17.824").contains("(Cass. 1re civ., 4 mars 2015");
        assertThat(page("programme-de-soins")).contains("Une hospitalisation complète déguisée")
                .contains("(Cour de cassation, 1re chambre civile, 4 mars 2015, n° 14-17.824 ; CSP L.3211-12-1)");
    }

    // Major: the protector's say over care needs representation relating to the person (CC 459 al. 2; CSP L.1111-4)

    @Test
    void protectorDecidesOnCareOnlyUnderRepresentationRelatingToThePerson_CC459() {
        nowhereInUserText("Sous une mesure de représentation\\*\\* \\(tutelle");
        nowhereInUserText("(?i)sinon, le tuteur autorise");
        nowhereInUserText("Sinon, le protecteur donne l'autorisation");
        nowhereInUserText("Sinon, votre protecteur autorise les soins");
        for (String text : List.of(section("mesures-de-protection", "### Le consentement aux soins"),
                glossary("Tutelle"), section("soins-libres", "## Cas particuliers"),
                section("arreter-ou-changer-un-traitement", "### Sous tutelle, curatelle ou habilitation familiale"),
                yaml("letters/information-protecteur.yml", "notes"),
                yaml("assessment/avertissements.yml", "avertissements", "consentement-protecteur"))) {
            assertThat(text).contains("représentation relative à").containsIgnoringCase("jugement").contains("CC 459");
        }
        assertThat(glossary("Tutelle")).contains("une tutelle limitée à vos biens ne lui donne aucun pouvoir sur vos soins");
    }

    // Minor: the director must seize the judge when the préfet does not follow the psychiatrist (CSP L.3213-5)

    @Test
    void directorMustSeizeTheJudgeWhenThePrefetRefusesRelease_L3213_5() {
        nowhereInUserText("puis le juge peut être saisi \\(CSP L\\.3213-5");
        assertThat(page("soins-sur-decision-du-prefet")).contains("le directeur de l'établissement **doit** saisir le juge (CSP L.3213-5)");
        assertThat(yaml("assessment/etapes.yml", "etapes", "parler-de-la-levee-au-psychiatre-et-au-prefet", "texte"))
                .contains("le directeur doit saisir le juge (CSP L.3213-5)");
        assertThat(yaml("situation/recours.yml", "recours", "parler-de-la-levee-au-psychiatre-et-au-prefet", "qui"))
                .contains("le directeur doit saisir le juge");
    }

    @Test
    void prefectDecidesWithinThreeClearDaysAndRenewsByArrete_L3213_1_L3213_4() {
        nowhereInUserText("dans les 3 jours qui suivent le certificat des 72 heures");
        nowhereInUserText("Il a 3 jours après le certificat des 72 heures");
        assertThat(page("soins-sur-decision-du-prefet")).contains("3 jours francs après avoir reçu le certificat des 72 heures (CSP L.3213-1)")
                .contains("Dans les 3 derniers jours de ce mois, le préfet peut la maintenir pour 3 mois")
                .contains("6 mois au plus, renouvelables, toujours par arrêté (CSP L.3213-4)");
        assertThat(page("periode-d-observation")).contains("3 jours francs après la réception du certificat des 72 heures");
    }

    // Minor: the CDSP's request binds the director, a relative's may be refused (CSP L.3212-9)

    @Test
    void cdspRequestBindsTheDirectorARelativesMayBeRefused_L3212_9() {
        nowhereInUserText("La CDSP ou un proche peut demander la levée au directeur");
        assertThat(page("soins-a-la-demande-d-un-tiers")).contains("le directeur doit lever la mesure : il ne peut pas refuser (CSP L.3212-9)")
                .contains("Pour cette demande seulement, le directeur peut refuser");
        assertThat(yaml("assessment/etapes.yml", "etapes", "demander-la-levee-au-directeur", "texte"))
                .contains("(CDSP)").contains("(CSP L.3212-9)").contains("moins de 24 heures");
        assertThat(yaml("situation/recours.yml", "recours", "demander-la-levee-au-directeur", "qui"))
                .contains("sa demande s'impose au directeur").contains("pour sa demande seulement");
        assertThat(page("peril-imminent")).contains("le directeur doit la prononcer (CSP L.3212-9)");
    }

    @Test
    void sdtIsMaintainedMonthByMonthOnACertificate_L3212_7() {
        assertThat(page("soins-a-la-demande-d-un-tiers")).contains("par périodes d'un mois au plus")
                .contains("dans les 3 derniers jours de la période en cours (CSP L.3212-7)");
    }

    // Minor: refused medical file — CNIL on the GDPR, CADA on the CRPA with its delays

    @Test
    void refusedMedicalFileGoesToTheCnilUnderTheGdprOrToTheCadaWithItsDelays() {
        String cada = glossary("CADA (Commission d'accès aux documents administratifs)");
        String cnil = glossary("CNIL (Commission nationale de l'informatique et des libertés)");
        assertThat(cada).doesNotContain("CSP L.1111-7").contains("art. R.311-13").contains("art. R.343-1")
                .contains("Un silence d'un mois").contains("2 mois");
        assertThat(cnil).doesNotContain("CSP L.1111-7").contains("RGPD, art. 15").contains("RGPD, art. 77");
        assertThat(section("acces-au-dossier-medical", "## Si on refuse ou si on ne vous répond pas : CADA, CNIL, CDU"))
                .contains("art. R.311-13").contains("art. R.343-1").contains("Un silence d'un mois")
                .contains("dans les 2 mois").contains("(RGPD, art. 15)").contains("(RGPD, art. 77)");
        assertThat(FILES.readOne("letters/relance-dossier-medical.yml").text()).doesNotContain("dizaine de jours")
                .contains("R.311-13").contains("R.343-1");
        assertThat(yaml("assessment/etapes.yml", "etapes", "relancer-la-demande-de-dossier", "texte"))
                .contains("R.311-13").contains("RGPD, art. 15 et 77");
    }

    @Test
    void minorsOppositionToTheirParentsAccessIsLimitedToConfidentialCare_L1111_5() {
        nowhereInUserText("sauf opposition du mineur");
        nowhereInUserText("Le mineur peut toutefois s'opposer à ce que ses parents y accèdent");
        assertThat(page("acces-au-dossier-medical")).contains("(CSP L.1111-5, CSP R.1111-6)");
        assertThat(page("mineurs")).contains("(CSP L.1111-5, CSP R.1111-6)");
        assertThat(yaml("assessment/etapes.yml", "etapes", "demander-le-dossier-medical", "texte"))
                .contains("(CSP L.1111-5, CSP R.1111-6)");
    }

    // Minor: the observation period's certificates (CSP L.3211-2-2, L.3212-1, L.3216-1)

    @Test
    void observationCertificatesAuthorsRelativesAndAllies_L3211_2_2_L3212_1() {
        String page = page("periode-d-observation");
        assertThat(page).contains("ne peut pas être l'auteur du ou des certificats d'admission (CSP L.3211-2-2)")
                .contains("ni parents ni alliés").contains("ni parents ou alliés entre eux (CSP L.3212-1)")
                .contains("que si elle a porté atteinte aux droits de la personne (CSP L.3216-1)");
        assertThat(page("soins-a-la-demande-d-un-tiers")).contains("ne doivent pas non plus être parents ou alliés entre eux (CSP L.3212-1)");
    }

    // Minor and defect 1: a SDT or péril-imminent decision for a minor is an irregular decision

    @Test
    void minorsSdtOrPerilDecisionIsAnIrregularDecision_L3211_10() {
        for (String slug : List.of("mineurs", "soins-a-la-demande-d-un-tiers", "peril-imminent", "controle-du-juge")) {
            assertThat(page(slug)).as(slug).contains("décision irrégulière").contains("(CSP L.3211-12)");
        }
        assertThat(yaml("situation/recours.yml", "recours", "saisir-le-juge-decision-irreguliere", "qui"))
                .contains("décision irrégulière");
    }

    @Test
    void minorInSoinsLibresPointsToTheJugeDesEnfantsReferePlainteAndCglpl_CC375() {
        String minors = section("mineurs", "## Isolement et contention");
        assertThat(minors).contains("juge des enfants").contains("(CC 375)").contains("référé")
                .contains("plainte").contains("CGLPL").contains("compétence");
        assertThat(yaml("assessment/avertissements.yml", "avertissements", "isolement-hors-cadre"))
                .contains("juge des enfants").contains("(CC 375)").contains("référé").contains("plainte").contains("CGLPL");
    }

    // Minor: treatment despite refusal during compulsory full hospitalisation

    @Test
    void treatmentMayBeGivenDespiteRefusalInCompulsoryFullHospitalisation() {
        assertThat(section("arreter-ou-changer-un-traitement", "### En hospitalisation complète sans consentement"))
                .contains("un traitement peut vous être donné malgré votre refus").contains("(CSP L.3212-1, CSP L.3213-1)");
        assertThat(section("arreter-ou-changer-un-traitement", "## Votre droit")).contains("En soins libres, le médecin doit respecter votre choix");
    }

    // Minor: injonction thérapeutique delays are regulatory (CSP R.3413-x)

    @Test
    void injonctionTherapeutiqueDelaysAreCitedToTheRegulations_R3413() {
        for (String key : List.of("injonction-therapeutique-contact", "injonction-therapeutique-evaluation")) {
            assertThat(yaml("assessment/echeances.yml", "echeances", key, "libelle")).as(key)
                    .contains("CSP R.3413-").doesNotContain("L.3413-1");
        }
        assertThat(section("injonction-therapeutique", "## Les étapes et les délais"))
                .contains("dans les 15 jours qui suivent la notification de la mesure. Ce délai, comme les suivants, est fixé par la partie réglementaire du code (CSP R.3413-1 et suivants)");
    }

    // Minor: a mandat de protection future is not decided by the juge des contentieux de la protection (CC 481)

    @Test
    void mandatDeProtectionFutureIsNotDecidedByAJudge_CC481() {
        nowhereInUserText("cette mesure de protection, décidée par le juge des contentieux de la protection");
        nowhereInUserText("Une mesure de protection est décidée par le juge des contentieux de la protection");
        assertThat(yaml("assessment/raisons.yml", "raisons", "protection-declaree")).contains("mandat de protection future")
                .contains("(CC 481)");
        assertThat(glossary("Mandat de protection future")).contains("Aucun juge ne le décide").contains("(CC 481)");
        assertThat(page("mesures-de-protection")).contains("Le mandat de protection future, lui, n'est pas décidé par un juge (CC 481)");
    }

    // Minor: the request to the judge (letter) and notes written for the editors

    @Test
    void noEditorsNoteReachesTheUser() {
        nowhereInUserText("(?i)article exact à vérifier");
        nowhereInUserText("\\[à vérifier\\]");
        nowhereInUserText("références de jurisprudence à vérifier");
        nowhereInUserText("1545, à vérifier");
        nowhereInUserText("conditions à vérifier\\)");
        assertThat(yaml("letters/saisine-juge-mainlevee.yml", "body")).contains("{{^motifs}}")
                .contains("Je conteste la nécessité de cette mesure");
    }

    // Issue 13, items 6 and 7: who can help, and leaving the hospital

    @Test
    void whoCanHelpGivesEveryPhoneNumberAsOneToCheck() {
        String page = page("qui-peut-m-aider");
        assertThat(page).contains("Point", "aide juridictionnelle", "(CSP L.3211-12-2)", "Santé Info Droits", "UNAFAM",
                "Advocacy France", "CRPA", "GEM", "Défenseur des droits", "CGLPL", "Psycom");
        Pattern phone = Pattern.compile("\\b(0\\d( \\d{2}){4}|3039)\\b");
        for (String sentence : sentences(ContentReader.split(page).body(), false)) {
            if (phone.matcher(sentence).find()) {
                assertThat(sentence).as("« " + sentence + " »").containsPattern("vérifiez|à vérifier");
            }
        }
    }

    @Test
    void leavingTheHospitalSeparatesWithAndWithoutConsent() {
        String with = section("sortir-de-l-hopital", "## Avec votre accord : les soins libres");
        String without = section("sortir-de-l-hopital", "## Sans votre accord : les soins sans consentement");
        assertThat(with).contains("Vous pouvez quitter l'hôpital quand vous le voulez").contains("(CSP R.1112-62)");
        assertThat(without).contains("fugue").contains("(CSP L.3211-12)").contains("(CSP L.3212-8)")
                .doesNotContainPattern("(?i)vous pouvez (partir|sortir|quitter)|libre de partir");
        assertThat(section("sortir-de-l-hopital", "## Points d'attention"))
                .contains("Un délai dépassé par l'hôpital, le préfet ou le juge ne veut pas dire que vous pouvez partir seul");
    }

    // Issue 13, second pass: deadlines counted as the law counts them, and the isolement cycle

    @Test
    void theJudgesDeadlinesGiveTheLegalLastDayAndNoLongerCountTheAdmissionAsDayOne() {
        for (String id : List.of("juge-saisine-8-jours", "juge-decision-12-jours", "juge-decision-6-mois",
                "juge-saisine-6-mois")) {
            String label = yaml("assessment/echeances.yml", "echeances", id, "libelle");
            assertThat(label).as(id).contains("{fin-legale}").contains("{date}").contains("(CSP L.3211-12-1)")
                    .doesNotContain("comme 1er jour").doesNotContain("nous comptons le jour");
        }
        assertThat(yaml("assessment/echeances.yml", "echeances", "juge-decision-12-jours", "libelle"))
                .contains("n'est pas certain");
        assertThat(yaml("situation/fiche.yml", "libelles", "calcul")).contains("art. 640 à 642")
                .doesNotContain("1er jour");
    }

    @Test
    void theMayorsFortyEightHoursAreCountedInHoursAndTheMedicalFileReminderWaitsForTheLegalDay() {
        assertThat(yaml("assessment/echeances.yml", "echeances", "maire-48-heures", "libelle"))
                .contains("heure par heure").contains("sans report").contains("{fin-legale}").contains("(CSP L.3213-2)");
        assertThat(yaml("assessment/echeances.yml", "echeances", "dossier-8-jours", "libelle"))
                .contains("attendez le {fin-legale} avant de relancer").contains("(CSP L.1111-7)");
    }

    @Test
    void theIsolementCycleDeadlinesKeepSevenDaysForIsolementAfterTwoDecisionsOnly() {
        String sevenDays = yaml("assessment/echeances.yml", "echeances", "isolement-saisine-7-jours", "libelle");
        assertThat(sevenDays).contains("après deux décisions").contains("au moins 24 heures avant")
                .contains("n° 23-70.017").contains("(CSP R.3211-32)");
        for (String id : List.of("isolement-nouvelle-saisine-72-heures", "contention-nouvelle-saisine-48-heures")) {
            assertThat(yaml("assessment/echeances.yml", "echeances", id, "libelle")).as(id)
                    .contains("à vérifier avec l'avocat").contains("(CSP L.3222-5-1)");
        }
        assertThat(yaml("assessment/echeances.yml", "echeances", "contention-nouvelle-saisine-48-heures", "libelle"))
                .contains("jamais de rythme de 7 jours");
        for (SourceFile file : USER_TEXT) {
            assertThat(file.text()).as(file.path())
                    .doesNotContainPattern("(?i)contention[^.]{0,40}(tous les|chaque période de) 7 jours")
                    .doesNotContain("avant chaque nouvelle période de 7 jours");
        }
        assertThat(section("isolement-et-contention", "## Si le juge maintient la mesure"))
                .contains("à vérifier avec votre avocat");
    }

    @Test
    void theInjonctionTherapeutiqueTimeLimitsCiteTheRegulatoryArticles() {
        assertThat(yaml("assessment/echeances.yml", "echeances", "injonction-therapeutique-contact", "libelle"))
                .contains("CSP R.3413-1");
        assertThat(yaml("assessment/echeances.yml", "echeances", "injonction-therapeutique-evaluation", "libelle"))
                .contains("CSP R.3413-1");
    }
}
