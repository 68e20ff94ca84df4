package fr.reperes.search;

import fr.reperes.core.RegimeCode;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query         the text actually searched (cleaned of control characters, cut when too long)
 * @param truncated     the text typed was longer than {@link QueryText#MAX_LENGTH} characters and was cut
 * @param searchable    the text contained at least one word that can be searched (not only "le", "de", emoji…)
 * @param approximate   few exact matches: words close to those typed (spelling mistakes) were searched too
 * @param total         how many results match, filter included
 * @param hits          the best {@code limit} results, best first
 * @param regimeCounts  for each regime, how many results the search has about it, filter not applied (so that
 *                      the user sees what each choice would give); regimes with no result are absent
 */
public record SearchResults(String query, boolean truncated, boolean searchable, boolean approximate, int total,
                            List<SearchHit> hits, Map<RegimeCode, Integer> regimeCounts) {

    static SearchResults nothingToSearch(QueryText text) {
        return new SearchResults(text.text(), text.truncated(), false, false, 0, List.of(), Map.of());
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
