package fr.reperes.search;

/**
 * One result.
 *
 * @param snippet the passage that matched, HTML-escaped, with the matched words in {@code <mark>} tags (the only
 *                markup it contains); the summary when the match was in the title or the keywords only
 */
public record SearchHit(String slug, String title, String snippet, float score, ResultType type, String url) {
}
