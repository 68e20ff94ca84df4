package fr.reperes.search;

import fr.reperes.content.MarkdownRenderer;
import fr.reperes.core.LetterId;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the real content/ folder gives the search: every page, every glossary term, every letter. */
class SearchCorpusTest {

    private static final List<SearchDocument> DOCUMENTS = RealSearch.corpus().documents();

    private static List<SearchDocument> ofType(ResultType type) {
        return DOCUMENTS.stream().filter(d -> d.type() == type).toList();
    }

    @Test
    void everyPageIsSearchable() {
        assertThat(ofType(ResultType.FICHE)).hasSize(26).extracting(SearchDocument::url)
                .contains("/fiches/quitter-un-cmp", "/fiches/glossaire");
    }

    @Test
    void eachGlossaryTermIsItsOwnResultLinkedToItsAnchorOnTheGlossaryPage() {
        List<SearchDocument> entries = ofType(ResultType.GLOSSAIRE);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        SearchDocument ho = entries.stream().filter(e -> e.title().equals("HO (hospitalisation d'office)"))
                .findFirst().orElseThrow();
        assertThat(ho.url()).isEqualTo("/fiches/glossaire#ho-hospitalisation-d-office");
        assertThat(ho.slug()).isEqualTo("glossaire#ho-hospitalisation-d-office");
        assertThat(ho.body()).contains("SDRE").doesNotContain("##");
        // Each anchor is one the glossary page actually renders.
        SearchDocument glossaryPage = DOCUMENTS.stream().filter(d -> d.slug().equals("glossaire")).findFirst()
                .orElseThrow();
        assertThat(glossaryPage.body()).as("la page entière n'est pas indexée par son texte").isEmpty();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.url())
                .isEqualTo("/fiches/glossaire#" + MarkdownRenderer.anchor(entry.title())));
    }

    @Test
    void everyLetterIdHasATitleAndADescription() {
        assertThat(ofType(ResultType.LETTRE)).extracting(SearchDocument::slug)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(LetterId.values()).map(LetterId::id).toList());
        assertThat(ofType(ResultType.LETTRE)).allSatisfy(letter ->
                assertThat(letter.url()).isEqualTo("/lettres/" + letter.slug()));
    }

    @Test
    void aMissingOrUnknownLetterStopsTheApplicationWithAClearMessage() {
        StringBuilder yaml = new StringBuilder();
        for (LetterId id : List.of(LetterId.values()).subList(1, LetterId.values().length)) {
            yaml.append(id.id()).append(":\n  title: \"Titre\"\n  description: \"Description.\"\n");
        }
        yaml.append("lettre-inventee:\n  title: \"Titre\"\n  description: \"Description.\"\n");
        assertThatThrownBy(() -> LetterEntries.of(new SourceFile("content/search/letters.yml", yaml.toString()), new ContentReader()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("« " + LetterId.values()[0].id() + " » absente")
                .hasMessageContaining("lettre inconnue « lettre-inventee »");
    }

    @Test
    void aLetterWithoutDescriptionIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (LetterId id : LetterId.values()) {
            yaml.append(id.id()).append(":\n  title: \"Titre\"\n").append(id == LetterId.SAISINE_CDSP ? ""
                    : "  description: \"Description.\"\n");
        }
        assertThatThrownBy(() -> LetterEntries.of(new SourceFile("content/search/letters.yml", yaml.toString()), new ContentReader()))
                .hasMessageContaining("content/search/letters.yml : champ « saisine-cdsp.description » : manquant ou vide");
    }

    @Test
    void anUnreadableSynonymLineIsReportedWithTheFile() {
        assertThatThrownBy(() -> new FrenchAnalysis("a => , \n", ""))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/search/synonyms.txt");
    }
}
