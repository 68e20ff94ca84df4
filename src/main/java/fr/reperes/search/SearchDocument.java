package fr.reperes.search;

import fr.reperes.core.RegimeCode;

import java.util.List;
import java.util.Set;

/**
 * One unit the search can return: a page, one glossary entry or one letter.
 *
 * @param slug     what identifies the hit in the API: the page slug, {@code glossaire#<ancre>} or the letter id
 * @param url      where the hit leads, e.g. {@code /fiches/glossaire#ho-hospitalisation-d-office}
 * @param keywords the words editors chose for the page (colloquial and old terms); empty when none
 * @param headings the section titles of the page
 * @param body     the plain text the snippet is taken from; empty when the summary says it all
 * @param regimes  the regimes the page is about: the filter and the "your situation first" boost use them
 */
public record SearchDocument(String slug, ResultType type, String url, String title, String summary,
                             List<String> keywords, List<String> headings, String body, Set<RegimeCode> regimes) {

    public SearchDocument {
        keywords = List.copyOf(keywords);
        headings = List.copyOf(headings);
        regimes = Set.copyOf(regimes);
        body = body == null ? "" : body;
        summary = summary == null ? "" : summary;
    }
}
