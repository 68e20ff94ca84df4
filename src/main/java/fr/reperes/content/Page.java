package fr.reperes.content;

import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One page of the library, validated and rendered once at start-up.
 *
 * @param html the body rendered to HTML (no raw HTML from content, article references linked to Légifrance)
 * @param toc  the level-2 headings, for the table of contents of long pages
 * @param text the body as plain text, for search and word counts
 */
public record Page(String slug, String title, String summary, PageTheme theme, Set<RegimeCode> regimes,
                   List<String> audience, List<LegalReference> legal, List<String> sources, LocalDate reviewed,
                   List<String> keywords, String html, List<Heading> toc, String text) {

    public record Heading(String anchor, String title) {
    }

    public int wordCount() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
