package fr.reperes.search;

import fr.reperes.core.RegimeCode;

import java.util.Set;

/**
 * A search as the user or the API asks it.
 *
 * @param text      the words typed, as typed (cleaned and cut by the search itself)
 * @param regimes   keep only the results about at least one of these regimes; empty for no filter
 * @param preferred the user's own regimes (from the interview): results about them come first; empty if unknown
 * @param limit     how many hits to return at most
 */
public record SearchRequest(String text, Set<RegimeCode> regimes, Set<RegimeCode> preferred, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    public SearchRequest {
        text = text == null ? "" : text;
        regimes = regimes == null ? Set.of() : Set.copyOf(regimes);
        preferred = preferred == null ? Set.of() : Set.copyOf(preferred);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit hors de 1.." + MAX_LIMIT + " : " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), DEFAULT_LIMIT);
    }
}
