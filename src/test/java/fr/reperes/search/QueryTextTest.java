package fr.reperes.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is done to the text typed before it is searched. */
class QueryTextTest {

    @Test
    void aShortTextIsKeptAsTyped() {
        assertThat(QueryText.of("  juge   des libertés ")).isEqualTo(new QueryText("juge des libertés", false));
    }

    @Test
    void aLongTextIsCutAtAWordBoundary() {
        QueryText cut = QueryText.of("contention ".repeat(30));
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.text()).hasSizeLessThanOrEqualTo(QueryText.MAX_LENGTH).endsWith("contention");
    }

    @Test
    void emojiAreNeverCutInHalf() {
        QueryText cut = QueryText.of("🙂".repeat(300));
        assertThat(cut.text().codePoints().allMatch(c -> c == "🙂".codePointAt(0))).isTrue();
        assertThat(cut.text().codePointCount(0, cut.text().length())).isEqualTo(QueryText.MAX_LENGTH);
    }

    @Test
    void aColonSeparatesWordsLikeASpace() {
        assertThat(QueryText.of("title:juge").text()).isEqualTo("title juge");
    }
}
