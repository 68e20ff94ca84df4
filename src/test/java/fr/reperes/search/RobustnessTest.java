package fr.reperes.search;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Whatever is typed or pasted, the search answers with results or an empty list, never an error. */
class RobustnessTest {

    private final SearchService search = RealSearch.service();

    private SearchResults run(String text) {
        SearchResults[] results = new SearchResults[1];
        assertThatCode(() -> results[0] = search.search(SearchRequest.of(text))).as("« %s »", text)
                .doesNotThrowAnyException();
        return results[0];
    }

    private static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    @Nested
    class LuceneSyntaxIsPlainText {

        @ParameterizedTest(name = "« {0} »")
        @ValueSource(strings = {"\"juge", "juge\"", "\"juge des libertés\"", "juge*", "*juge", "title:juge",
                "juge:", "(juge", "juge)", "juge~", "juge~2", "ju\\ge", "juge\\", "\\", "+juge -cmp", "juge AND cmp",
                "juge OR", "NOT juge", "juge^10", "[juge TO cmp]", "{juge}", "juge && cmp || !dossier", "/juge/",
                "juge?", "\"", "*", ":", "(", "~", "\\\\", "(((((", "\"*:(~\\"})
        void syntaxCharactersNeverBreakTheSearch(String text) {
            // A query the parser chokes on throws here and fails the test; a word among the symbols is still found.
            SearchResults results = run(text);
            if (text.contains("juge")) {
                assertThat(slugs(results)).as("« %s »", text).contains("controle-du-juge");
            }
        }
    }

    @Test
    void onlyStopWordsGiveAnEmptyListSaidToBeUnsearchable() {
        SearchResults results = run("le la les de du des et à un une pour que qui");
        assertThat(results.hits()).isEmpty();
        assertThat(results.searchable()).isFalse();
    }

    @Test
    void questionWordsAloneAreNotASearch() {
        assertThat(run("comment est-ce que je peux").hits()).isEmpty();
    }

    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"🙂", "😢😢😢", "🏳️‍🌈", "👨‍👩‍👧", "❤️ ❤️"})
    void emojiAloneGiveAnEmptyList(String emoji) {
        assertThat(run(emoji).hits()).isEmpty();
    }

    @Test
    void emojiAroundWordsDoNotHideTheWords() {
        assertThat(slugs(run("😢 attachée au lit 😢"))).first().isEqualTo("isolement-et-contention");
    }

    @Test
    void tenKilobytesArePartlySearchedAndTheUserIsTold() {
        String pasted = "Je voudrais savoir comment sortir du CMP parce que je ne veux plus y aller. ".repeat(140);
        assertThat(pasted.length()).isGreaterThan(10_000);
        SearchResults results = run(pasted);
        assertThat(results.truncated()).isTrue();
        assertThat(results.query().length()).isLessThanOrEqualTo(QueryText.MAX_LENGTH);
        assertThat(slugs(results)).first().isEqualTo("quitter-un-cmp");
    }

    @Test
    void tenKilobytesWithoutSpacesAreCutToo() {
        SearchResults results = run("a".repeat(10_240));
        assertThat(results.truncated()).isTrue();
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void aQueryJustOverTheLimitIsCutAtAWordAndSaysSo() {
        String text = "contention ".repeat(25).strip();
        assertThat(text.length()).isGreaterThan(QueryText.MAX_LENGTH);
        SearchResults results = run(text);
        assertThat(results.truncated()).isTrue();
        assertThat(results.query()).endsWith("contention");
        assertThat(run("contention").truncated()).isFalse();
    }

    @Test
    void everyAbbreviationAndSynonymAtOnceStaysWithinLuceneLimits() {
        String all = "HO HDT SDT SDRE SPI SPPI JLD juge CMP HP CDSP CDU CGLPL JAP SPIP UHSA CSAPA tutelle curatelle "
                + "contention isolement dossier préfet péril imminent demande d'un tiers magistrat du siège";
        SearchResults results = run(all);
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void theSixteenAbbreviationsWithTheLongestExpansionsStayWithinLuceneLimits() {
        SearchResults results = run("HO HDT SPI JLD CDSP CGLPL SPIP UHSA CSAPA CADA MJPM ARS CJC HP CMP JAP "
                + "hospitalisation d'office demande d'un tiers juge des libertés et de la détention");
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void manyMisspelledLongWordsStayWithinLuceneLimits() {
        SearchResults results = run("hospitalisasion contensionn isolemant curatele presonne confiansse "
                + "programe injonktion therapeutik obligasion psychiatrik medicamant traitemant");
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.approximate()).isTrue();
    }

    @ParameterizedTest(name = "caractère U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x08, 0x1B, 0x7F, 0x200B, 0x200E, 0x202E, 0xFEFF, 0xD800, 0xDC00, 0xFFFF})
    void invisibleCharactersInsideAWordAreIgnored(int codeUnit) {
        char c = (char) codeUnit;
        assertThat(slugs(run("conten" + c + "tion " + c))).contains("isolement-et-contention");
        assertThat(run(String.valueOf(c).repeat(50)).hits()).isEmpty();
    }

    @ParameterizedTest(name = "caractère U+{0}")
    @ValueSource(ints = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029})
    void lineBreaksAndTabsSeparateWords(int codeUnit) {
        char c = (char) codeUnit;
        SearchResults results = run("attachée" + c + "au" + c + "lit" + c);
        assertThat(slugs(results)).first().isEqualTo("isolement-et-contention");
        assertThat(results.query()).isEqualTo("attachée au lit");
    }

    @Test
    void blankAndMissingTextGiveAnEmptyList() {
        assertThat(run("").hits()).isEmpty();
        assertThat(run("   \t\n ").hits()).isEmpty();
        assertThat(run(null).hits()).isEmpty();
    }

    @Test
    void decomposedAccentsAreTheSameLetters() {
        assertThat(slugs(run("pe\u0301ril imminent"))).first().isEqualTo("peril-imminent");
    }

    @Test
    void htmlTypedIsNeverReturnedAsMarkup() {
        SearchResults results = run("<script>alert(1)</script> contention <b>");
        assertThat(results.hits()).isNotEmpty();
        results.hits().forEach(hit -> assertThat(hit.snippet()).doesNotContain("<script", "<b>"));
    }
}
