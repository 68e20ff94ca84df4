package fr.reperes.letters;

import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real catalogue is complete and valid; a broken one is refused with French messages naming file and field. */
class LetterCatalogueTest {

    private static final ContentFiles FILES = new ContentFiles("classpath:content/");

    private static LetterCatalogueLoader.Catalogue load(UnaryOperator<SourceFile> change) {
        List<SourceFile> letters = new ArrayList<>();
        for (SourceFile file : FILES.read("letters/*")) {
            if (!file.fileName().startsWith("_")) {
                SourceFile changed = change.apply(file);
                if (changed != null) {
                    letters.add(changed);
                }
            }
        }
        Problems problems = new Problems();
        ContentReader reader = new ContentReader();
        Texts wording = new Wording(FILES, reader).texts(LetterCatalogue.COMMON, problems, "libelles", "interface");
        return new LetterCatalogueLoader(reader, Clock.system(TestLetters.PARIS)).load(FILES.readOne(LetterCatalogue.COMMON), wording,
                letters, FILES.readOne("letters/_lettre.html"), FILES.readOne("letters/_instructions.html"), problems);
    }

    private static UnaryOperator<SourceFile> inLetter(LetterId id, String from, String to) {
        return file -> {
            if (!file.fileName().equals(id.id() + ".yml")) {
                return file;
            }
            assertThat(file.text()).as("le test modifie un texte qui existe").contains(from);
            return new SourceFile(file.path(), file.text().replace(from, to));
        };
    }

    @Test
    void everyLetterTheProductLinksToExistsWithItsDeclarations() {
        LetterCatalogueLoader.Catalogue catalogue = load(file -> file);
        assertThat(catalogue.letters()).extracting(Letter::id).containsExactly(LetterId.values());
        // Titles, regimes, signatories, articles and review dates are required by the reader: a letter without one
        // is refused (see Refused). What remains to check is that every letter keeps the fields a letter needs.
        for (Letter letter : catalogue.letters()) {
            assertThat(letter.fields()).extracting(LetterField::id).as(letter.id().id())
                    .contains("signataire", "nom", "prenom", "destinataire_nom", "date_lettre", "mode_envoi");
        }
    }

    @Test
    void aRelativeMayWriteOnlyWhereTheLawLetsARelativeAct() {
        LetterService letters = TestLetters.service();
        assertThat(letters.letter(LetterId.SAISINE_JUGE_MAINLEVEE).orElseThrow().allows(Signatory.RELATIVE))
                .as("L.3211-12 : un proche peut saisir le juge").isTrue();
        assertThat(letters.letter(LetterId.SAISINE_CDSP).orElseThrow().allows(Signatory.RELATIVE))
                .as("L.3211-3 : les proches peuvent exercer ce droit").isTrue();
        assertThat(letters.letter(LetterId.CESSATION_PRISE_EN_CHARGE).orElseThrow().allows(Signatory.RELATIVE)).isFalse();
        assertThat(letters.letter(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE).orElseThrow().signatories())
                .extracting(Letter.SignatoryChoice::signatory).containsExactly(Signatory.PERSON);
        // A relative of a living adult cannot ask for the file: only a parent of a minor, as the label says.
        assertThat(letters.letter(LetterId.ACCES_DOSSIER_MEDICAL).orElseThrow().signatories())
                .filteredOn(choice -> choice.signatory() == Signatory.RELATIVE)
                .extracting(Letter.SignatoryChoice::label).singleElement().asString().contains("mineur");
    }

    @Nested
    class Refused {

        @Test
        void aPlaceholderNoFieldDeclaresNamesTheFileTheTemplateAndThePlaceholder() {
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CDSP, "{{faits}}", "{{fait}}")))
                    .isInstanceOf(ContentValidationException.class)
                    .hasMessageContaining("content/letters/saisine-cdsp.yml")
                    .hasMessageContaining("« body »")
                    .hasMessageContaining("{{fait}}");
        }

        @Test
        void aMissingLetterIsNamed() {
            assertThatThrownBy(() -> load(file -> file.fileName().equals("saisine-cglpl.yml") ? null : file))
                    .hasMessageContaining("content/letters/saisine-cglpl.yml : fichier manquant");
        }

        @Test
        void anUnknownFieldTypeIsNamedWithTheExpectedTypes() {
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CGLPL, "  - id: faits\n    label: \"Ce que vous voulez signaler\"\n    type: textarea",
                    "  - id: faits\n    label: \"Ce que vous voulez signaler\"\n    type: paragraphe")))
                    .hasMessageContaining("saisine-cglpl.yml : champ « fields[9].type » : valeur « paragraphe » inconnue")
                    .hasMessageContaining("textarea");
        }

        @Test
        void aDeclaredFieldThatNoTemplatePrintsIsRefused() {
            assertThatThrownBy(() -> load(inLetter(LetterId.RECLAMATION_CDU, "{{faits}}", "")))
                    .hasMessageContaining("reclamation-cdu.yml : champ de formulaire « faits » : utilisé par aucun modèle");
        }

        @Test
        void aConditionOnAnOptionThatDoesNotExistIsRefused() {
            assertThatThrownBy(() -> load(inLetter(LetterId.ACCES_DOSSIER_MEDICAL, "when: \"mode_acces=medecin\"", "when: \"mode_acces=docteur\"")))
                    .hasMessageContaining("« medecin » : « when » : « docteur » n'est pas une option de « mode_acces »");
        }

        @Test
        void anUnknownRegimeSignatoryOrArticleFormIsRefused() {
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CGLPL, "regimes: [SDT,", "regimes: [HDT,")))
                    .hasMessageContaining("saisine-cglpl.yml : champ « regimes[1] » : valeur « HDT » inconnue");
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CGLPL, "  - code: RELATIVE", "  - code: FAMILLE")))
                    .hasMessageContaining("champ « signatories[3].code » : valeur « FAMILLE » inconnue");
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CGLPL, "\"CSP L.3211-3\"", "\"article L3211-3\"")))
                    .hasMessageContaining("champ « legal[1] » : référence mal formée « article L3211-3 »");
        }

        @Test
        void aTemplateThatDoesNotCompileOrIncludesAnotherIsRefused() {
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CDSP, "{{faits}}", "{{#faits}}")))
                    .hasMessageContaining("saisine-cdsp.yml : champ « body » : modèle illisible");
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_CDSP, "{{faits}}", "{{> autre}}")))
                    .hasMessageContaining("inclusions de modèles");
        }

        @Test
        void aPrefillFromAnAnswerTheInterviewDoesNotHaveIsRefused() {
            assertThatThrownBy(() -> load(inLetter(LetterId.RELANCE_DOSSIER_MEDICAL, "facts: recordsRequestDate", "facts: dateDemande")))
                    .hasMessageContaining("relance-dossier-medical.yml : champ « fields[5].facts » : « dateDemande » n'est pas une réponse du questionnaire");
            assertThatThrownBy(() -> load(inLetter(LetterId.SAISINE_JUGE_MAINLEVEE, "\"restraint=RESTRAINT\"", "\"restraint=SANGLES\"")))
                    .hasMessageContaining("valeur « SANGLES » impossible pour « restraint »");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            ContentValidationException refused = (ContentValidationException) org.assertj.core.api.Assertions
                    .catchThrowable(() -> load(inLetter(LetterId.SAISINE_CDSP, "{{faits}}", "{{fait}} {{motif}}")));
            assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
