package fr.reperes.core.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one content reader: strict, in French, naming the file and the field, and reporting everything at once. */
class ContentReaderTest {

    /** A list item written as a name alone or in full, like a letter's fields. */
    record Item(@NotBlank(message = "manquant ou vide") String id, String label) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Item {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Item named(String id) {
            return new Item(id, null);
        }
    }

    record Sample(@NotBlank(message = "manquant ou vide") String title, Set<RegimeCode> regimes, LocalDate reviewed,
                  @JsonProperty("max_length") Integer maxLength, List<LegalReference> legal,
                  @NotEmpty(message = "manquant ou vide") List<@Valid Item> fields) {
    }

    private static final ContentReader READER = new ContentReader();

    private static Optional<Sample> read(String yaml, Problems problems) {
        return READER.read(new SourceFile("content/x.yml", yaml), Sample.class, problems);
    }

    private static List<String> problems(String yaml) {
        Problems problems = new Problems();
        read(yaml, problems);
        return problems.isEmpty() ? List.of()
                : catchThrowableOfType(ContentValidationException.class, problems::throwIfAny).problems();
    }

    @Test
    void aValidFileIsBoundWithItsDatesCodesReferencesAndShortOrFullItems() {
        Problems problems = new Problems();
        Sample sample = read("""
                title: "Titre"
                regimes: [SDT, SDRE]
                reviewed: 2026-11-22
                max_length: 4
                legal: ["CSP L.3211-12"]
                fields: [nom, {id: date, label: "Date"}]
                """, problems).orElseThrow();
        assertThat(problems.isEmpty()).isTrue();
        assertThat(sample.regimes()).containsExactlyInAnyOrder(RegimeCode.SDT, RegimeCode.SDRE);
        assertThat(sample.reviewed()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(sample.legal()).extracting(LegalReference::toString).containsExactly("CSP L.3211-12");
        assertThat(sample.fields()).containsExactly(new Item("nom", null), new Item("date", "Date"));
    }

    @Test
    void everyWrongValueOfAFileIsNamedWithItsFieldInOneGo() {
        assertThat(problems("""
                title: "Titre"
                titel: "Titre"
                regimes: [SDT, HDT]
                reviewed: hier
                max_length: quatre
                legal: ["article L3211-12"]
                fields:
                  - nom
                  - {id: date, labl: "Date"}
                  - {id: "", label: [a, b]}
                """)).containsExactlyInAnyOrder(
                "content/x.yml : champ « titel » : clé inconnue (faute de frappe ?)",
                "content/x.yml : champ « regimes[2] » : valeur « HDT » inconnue (valeurs possibles : "
                        + String.join(", ", java.util.Arrays.stream(RegimeCode.values()).map(Enum::name).toList()) + ")",
                "content/x.yml : champ « reviewed » : valeur « hier » invalide : une date AAAA-MM-JJ est attendue",
                "content/x.yml : champ « max_length » : valeur « quatre » invalide : un nombre entier est attendu",
                "content/x.yml : champ « legal[1] » : référence mal formée « article L3211-12 » (forme attendue : "
                        + "« CSP L.3212-1 », « CP 132-45 », « CPP 706-135 », « CC 459 »)",
                "content/x.yml : champ « fields[2].labl » : clé inconnue (faute de frappe ?)",
                "content/x.yml : champ « fields[3].label » : un texte est attendu",
                "content/x.yml : champ « fields[3].id » : manquant ou vide");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanTheFirstValueSilentlyReplaced() {
        assertThat(problems("title: \"Un\"\ntitle: \"Deux\"\nfields: [a]\n")).singleElement().asString()
                .startsWith("content/x.yml : YAML illisible (clé « title » écrite deux fois");
    }

    @Test
    void aRequiredFieldMissingOrEmptyIsNamedOnceEvenWhenItsValueIsOfTheWrongKind() {
        assertThat(problems("title: [a, b]\nfields: []\n")).containsExactly(
                "content/x.yml : champ « title » : un texte est attendu",
                "content/x.yml : champ « fields » : manquant ou vide");
    }

    @Test
    void anUnreadableFileSaysSoAndNothingElse() {
        assertThat(problems("title: \"Titre\nfields: [a\n")).singleElement().asString()
                .startsWith("content/x.yml : YAML illisible (");
        assertThat(problems("- a\n- b\n"))
                .containsExactly("content/x.yml : le fichier doit être une suite de champs « nom: valeur »");
    }

    @Test
    void aMarkdownFileIsCutIntoItsFrontMatterAndItsBody() {
        ContentReader.Document document = ContentReader.split("---\ntitle: \"T\"\n---\n## Texte\n");
        assertThat(document.header()).isEqualTo("title: \"T\"\n");
        assertThat(document.body()).isEqualTo("## Texte\n");
        assertThat(ContentReader.split("## Texte\n").header()).isNull();
    }
}
