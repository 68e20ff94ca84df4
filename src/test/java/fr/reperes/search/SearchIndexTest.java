package fr.reperes.search;

import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fr.reperes.core.RegimeCode.CURATELLE;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static org.assertj.core.api.Assertions.assertThat;

/** Ranking, filter, counts and snippets on a small corpus whose content the test controls. */
class SearchIndexTest {

    static final String SYNONYMS = """
            ho, hospitalisation d'office, sdre, préfet
            cmp, centre médico-psychologique
            """;

    private static SearchDocument page(String slug, String title, String body, Set<RegimeCode> regimes) {
        return new SearchDocument(slug, ResultType.FICHE, "/fiches/" + slug, title, "Résumé de " + title + ".",
                List.of(), List.of(), body, regimes);
    }

    static final SearchIndex INDEX = SearchIndex.build(List.of(
            page("quitter", "Quitter un CMP", "En soins libres, vous pouvez arrêter le suivi au CMP quand vous voulez. "
                    + "Écrivez une lettre au centre médico-psychologique.", Set.of(SOINS_LIBRES)),
            page("programme", "Le programme de soins", "Sous programme de soins, le CMP fait partie d'une mesure "
                    + "obligatoire. Parlez au psychiatre avant d'arrêter.", Set.of(PROGRAMME_DE_SOINS, SDRE)),
            page("prefet", "Les soins sur décision du préfet", "Le préfet décide par arrêté. Ancien nom : "
                    + "hospitalisation d'office.", Set.of(SDRE)),
            page("protection", "La curatelle", "Le curateur vous assiste. Le CMP vous reçoit comme tout patient.",
                    Set.of(CURATELLE)),
            page("balises", "Caractères spéciaux", "Une fiche qui parle de <script>alert('x')</script> & de "
                    + "contention en « guillemets ».", Set.of()),
            new SearchDocument("lettre-cmp", ResultType.LETTRE, "/lettres/lettre-cmp", "Lettre pour quitter le CMP",
                    "Prévenir le CMP que vous partez.", List.of(), List.of(), "", Set.of())),
            new FrenchAnalysis(SYNONYMS, ""));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    private static SearchResults search(String text, Set<RegimeCode> filter, Set<RegimeCode> preferred) {
        return INDEX.search(new SearchRequest(text, filter, preferred, 10));
    }

    private static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void theTitleWeighsMoreThanTheBody() {
        assertThat(slugs(search("CMP", Set.of(), Set.of()))).first().isEqualTo("quitter");
    }

    @Test
    void anOldNameFindsThePageUsingTheCurrentOne() {
        assertThat(slugs(search("HO", Set.of(), Set.of()))).first().isEqualTo("prefet");
    }

    @Test
    void aLetterIsFoundButRanksAfterThePageOnTheSameSubject() {
        List<String> slugs = slugs(search("quitter le CMP", Set.of(), Set.of()));
        assertThat(slugs).contains("lettre-cmp");
        assertThat(slugs.indexOf("quitter")).isLessThan(slugs.indexOf("lettre-cmp"));
    }

    @Test
    void theRegimeFilterKeepsOnlyPagesAboutTheChosenRegimes() {
        SearchResults results = search("CMP", Set.of(PROGRAMME_DE_SOINS, CURATELLE), Set.of());
        assertThat(slugs(results)).containsExactlyInAnyOrder("programme", "protection");
        assertThat(results.total()).isEqualTo(2);
    }

    @Test
    void regimeCountsIgnoreTheFilterSoEveryChoiceShowsWhatItWouldGive() {
        SearchResults unfiltered = search("CMP", Set.of(), Set.of());
        SearchResults filtered = search("CMP", Set.of(CURATELLE), Set.of());
        assertThat(unfiltered.regimeCounts()).containsEntry(SOINS_LIBRES, 1).containsEntry(PROGRAMME_DE_SOINS, 1)
                .containsEntry(SDRE, 1).containsEntry(CURATELLE, 1).doesNotContainKey(RegimeCode.TUTELLE);
        assertThat(filtered.regimeCounts()).isEqualTo(unfiltered.regimeCounts());
        assertThat(filtered.total()).isEqualTo(1);
    }

    @Test
    void pagesAboutTheUsersRegimesComeFirst() {
        // Two pages that both say « arrêter »: the user's own situation decides which comes first.
        List<String> underSdre = slugs(search("arrêter", Set.of(), Set.of(SDRE)));
        List<String> inSoinsLibres = slugs(search("arrêter", Set.of(), Set.of(SOINS_LIBRES)));
        assertThat(underSdre.indexOf("programme")).isLessThan(underSdre.indexOf("quitter"));
        assertThat(inSoinsLibres).first().isEqualTo("quitter");
    }

    @Test
    void theUsersRegimesReorderButNeverHideResults() {
        assertThat(search("CMP", Set.of(), Set.of(SDRE)).total()).isEqualTo(search("CMP", Set.of(), Set.of()).total());
    }

    @Test
    void theSnippetMarksTheWordsFoundAndEscapesEverythingElse() {
        SearchHit hit = search("contention", Set.of(), Set.of()).hits().getFirst();
        assertThat(hit.slug()).isEqualTo("balises");
        assertThat(hit.snippet()).contains("<mark>contention</mark>")
                .contains("&lt;script&gt;").contains("&amp;").doesNotContain("<script>");
        assertThat(hit.snippet().replaceAll("</?mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void theSnippetMarksTheSynonymsThatMatched() {
        SearchHit hit = search("HO", Set.of(), Set.of()).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>préfet</mark>").contains("<mark>hospitalisation d'office</mark>");
    }

    @Test
    void aTitleOnlyMatchShowsTheSummary() {
        SearchHit hit = search("curatelle", Set.of(), Set.of()).hits().getFirst();
        assertThat(hit.slug()).isEqualTo("protection");
        assertThat(hit.snippet()).isNotBlank();
    }

    @Test
    void aMisspeltWordIsFoundApproximatelyAndTheUserIsTold() {
        SearchResults results = search("psyhiatre", Set.of(), Set.of());
        assertThat(results.approximate()).isTrue();
        assertThat(slugs(results)).containsExactly("programme");
        assertThat(results.hits().getFirst().snippet()).contains("<mark>psychiatre</mark>");
    }

    @Test
    void exactMatchesAreNotApproximate() {
        assertThat(search("curatelle", Set.of(), Set.of()).approximate()).isFalse();
    }

    @Test
    void shortWordsAreNeverMatchedApproximately() {
        assertThat(search("CNP", Set.of(), Set.of()).hits()).isEmpty();
    }

    @Test
    void theTotalCountsAllMatchesBeyondTheLimit() {
        SearchResults results = INDEX.search(new SearchRequest("CMP", Set.of(), Set.of(), 1));
        assertThat(results.hits()).hasSize(1);
        assertThat(results.total()).isEqualTo(4);
    }

    @Test
    void whenLuceneRefusesAHugeQueryFewerWordsAreSearchedInsteadOfFailing() {
        // One word with 400 two-word synonyms: far more than Lucene's 1024 clauses once searched in five fields.
        String synonyms = "enorme, " + IntStream.range(0, 400).mapToObj(i -> "mot" + i + " autre" + i)
                .collect(Collectors.joining(", "));
        SearchDocument page = new SearchDocument("page", ResultType.FICHE, "/fiches/page", "Le juge", "Résumé.",
                List.of(), List.of(), "Le juge décide. Un mot17 autre17 ici.", Set.of());
        try (SearchIndex index = SearchIndex.build(List.of(page), new FrenchAnalysis(synonyms + "\n", ""))) {
            SearchResults results = index.search(SearchRequest.of("juge enorme enorme2 enorme3"));
            assertThat(results.hits()).extracting(SearchHit::slug).containsExactly("page");
            assertThat(results.truncated()).isTrue();
        }
    }
}
