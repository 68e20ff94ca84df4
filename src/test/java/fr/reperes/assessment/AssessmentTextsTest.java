package fr.reperes.assessment;

import fr.reperes.core.Voice;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wording of content/assessment: complete, checked at start-up, and never advising an abrupt stop. */
class AssessmentTextsTest {

    private static final List<SourceFile> REAL = new ContentFiles("classpath:content/").read("assessment/*.yml");

    /** Imperatives telling someone to stop ("arrêtez", "cessez"…); "n'arrêtez pas" is the opposite and allowed. */
    private static final Pattern STOP_IMPERATIVE = Pattern.compile(
            "(?iu)(?<!n')(?<!ne )\\b(arrêtez|cessez|stoppez|interrompez|abandonnez|quittez (le|votre|ce) (traitement|programme|suivi))\\b");
    private static final Pattern STOP_PERMISSION = Pattern.compile(
            "(?iu)\\b(pouvez|peut|devez|suffit d')\\s+(l'|les |le |votre |son )?(arrêter|interrompre|cesser|stopper)\\b"
                    + "|ne prenez plus|n'allez plus|ne venez plus|arrêtez? (d'un coup|du jour au lendemain|brutalement)");

    @Test
    void noTextAdvisesStoppingAMeasureOrATreatmentAbruptly() {
        assertThat(REAL).hasSizeGreaterThanOrEqualTo(5);
        for (SourceFile file : REAL) {
            for (String line : file.text().lines().filter(l -> !l.strip().startsWith("#")).toList()) {
                assertThat(STOP_IMPERATIVE.matcher(line).find()).as(file.path() + " : " + line).isFalse();
                assertThat(STOP_PERMISSION.matcher(line).find()).as(file.path() + " : " + line).isFalse();
            }
        }
    }

    @Test
    void theSafetyCheckWouldCatchAnAbruptStop() {
        assertThat(STOP_IMPERATIVE.matcher("Arrêtez votre traitement.").find()).isTrue();
        assertThat(STOP_IMPERATIVE.matcher("Cessez d'aller au CMP.").find()).isTrue();
        assertThat(STOP_PERMISSION.matcher("Vous pouvez arrêter le traitement quand vous voulez.").find()).isTrue();
        assertThat(STOP_IMPERATIVE.matcher("N'arrêtez pas seul votre traitement.").find()).isFalse();
    }

    @Test
    void everyLegalSentenceOfTheStepsCitesAnArticleOrAPage() {
        String steps = REAL.stream().filter(f -> f.path().endsWith("etapes.yml")).findFirst().orElseThrow().text();
        assertThat(steps).contains("CSP L.3211-12").contains("CSP L.3211-12-1").contains("CSP L.1111-7")
                .contains("CSP R.3211-18").contains("CSP L.3711-1").contains("CP 132-45");
        assertThat(steps).doesNotContain("JLD)").contains("anciennement");
        assertThat(steps).doesNotContainPattern("(?i)avant (le )?15e jour");
    }

    @Test
    void aMissingTextStopsStartUpNamingItsKey(@TempDir Path folder) throws IOException {
        copyWith(folder, "etapes.yml", text -> text.replace("  faire-appel:\n", "  faire-appel-renomme:\n"));

        assertThatThrownBy(() -> new AssessmentTexts(new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader())))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("texte manquant pour la clé « etapes.faire-appel.titre »")
                .hasMessageContaining("clé inconnue « etapes.faire-appel-renomme.titre »");
    }

    @Test
    void anUnknownPlaceholderStopsStartUp(@TempDir Path folder) throws IOException {
        copyWith(folder, "echeances.yml", text -> text.replace("au plus tard le {fin-legale} à minuit, 8 jours après", "au plus tard le {jour}, 8 jours après"));

        assertThatThrownBy(() -> new AssessmentTexts(new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader())))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("echeances.juge-saisine-8-jours.libelle")
                .hasMessageContaining("{jour}");
    }

    @Test
    void aTextWithOnlyOneVariantStopsStartUp(@TempDir Path folder) throws IOException {
        copyWith(folder, "a-clarifier.yml", text -> text.replaceFirst(
                "    tiers: \"Question à poser[^\n]*\n", ""));

        assertThatThrownBy(() -> new AssessmentTexts(new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader())))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("a-clarifier.question-statut")
                .hasMessageContaining("« vous » et « tiers »");
    }

    @Test
    void thirdPersonVariantIsChosenForRelatives() {
        var key = fr.reperes.assessment.rules.ClarifyId.QUESTION_STATUT;
        assertThat(AssessmentFixtures.TEXTS.text(key, Voice.PERSON)).startsWith("Posez cette question");
        assertThat(AssessmentFixtures.TEXTS.text(key, Voice.THIRD_PERSON)).contains("par la personne");
    }

    @Test
    void aLawyerIsNotToldToAlertThePersonsLawyer() {
        // The appeal step has a form for a lawyer; the others read as for a relative.
        var appeal = AssessmentFixtures.TEXTS.text(fr.reperes.assessment.rules.StepId.FAIRE_APPEL.body(), Voice.LAWYER);
        assertThat(AssessmentFixtures.TEXTS.text(fr.reperes.assessment.rules.StepId.FAIRE_APPEL.body(),
                Voice.THIRD_PERSON)).contains("L'avocat de la personne peut s'en charger");
        assertThat(appeal).doesNotContain("avocat de la personne").contains("CSP R.3211-18", "Agissez vite");
        var key = fr.reperes.assessment.rules.ClarifyId.QUESTION_STATUT;
        assertThat(AssessmentFixtures.TEXTS.text(key, Voice.LAWYER))
                .isEqualTo(AssessmentFixtures.TEXTS.text(key, Voice.THIRD_PERSON));
        assertThat(Voice.of(fr.reperes.core.Facts.Respondent.LAWYER)).isEqualTo(Voice.LAWYER);
        assertThat(Voice.LAWYER.thirdPerson()).isTrue();
    }

    /** What a lawyer answering for a client reads: he acts in the person's name and is never sent to find a lawyer. */
    @Test
    void aLawyerActsInThePersonsNameWithTheArticleAndIsNotSentToALawyer() {
        var texts = AssessmentFixtures.WORDING.texts("assessment/*.yml", new fr.reperes.core.content.Problems());
        Pattern anotherLawyer = Pattern.compile("(?iu)avocat de la personne|son avocat|votre avocat|avec un avocat"
                + "|(contactez|parlez-en (tout de suite )?à|faites-vous aider par|demandez à parler à) un avocat");
        List<String> lawyerForms = texts.keys().stream()
                .filter(key -> !texts.text(key, Voice.LAWYER).equals(texts.text(key, Voice.THIRD_PERSON))).toList();
        assertThat(lawyerForms).hasSizeGreaterThanOrEqualTo(25)
                .contains("etapes.demander-la-mainlevee-au-juge.texte", "etapes.contacter-un-avocat.titre",
                        "avertissements.dossier-pas-pour-un-proche", "echeances.maire-48-heures.si-depassee");
        for (String key : lawyerForms) {
            String text = texts.text(key, Voice.LAWYER);
            assertThat(anotherLawyer.matcher(text).find()).as(key + " : " + text).isFalse();
            if (text.contains("au nom de la personne")) {
                // Who may ask the judge to end a measure, and the lawyer's part in it: CSP L.3211-12.
                assertThat(text).as(key).contains("(CSP L.3211-12)");
            }
            if (text.contains("acquise") && text.contains("CSP L.3211-12-1")) {
                // L.3211-12-1 IV: what is acquired is the end of the full hospitalisation, and nobody walks out.
                assertThat(text).as(key).contains("mainlevée de l'hospitalisation complète")
                        .contains("ne doit pas quitter l'hôpital seule");
            }
        }
        assertThat(texts.text("etapes.faire-appel.texte", Voice.LAWYER))
                .contains("le procureur peut demander dans les 6 heures que son appel soit suspensif (CSP L.3211-12-4)");
        assertThat(texts.text("avertissements.dossier-pas-pour-un-proche", Voice.LAWYER))
                .contains("(CSP L.1111-7)").contains("est à vérifier");
    }

    private static void copyWith(Path folder, String changed, UnaryOperator<String> change) throws IOException {
        Path target = Files.createDirectories(folder.resolve("assessment"));
        for (SourceFile file : REAL) {
            String text = file.fileName().equals(changed) ? change.apply(file.text()) : file.text();
            assertThat(text.equals(file.text())).as("la modification de test s'applique à " + changed)
                    .isEqualTo(!file.fileName().equals(changed));
            Files.writeString(target.resolve(file.fileName()), text);
        }
    }
}
