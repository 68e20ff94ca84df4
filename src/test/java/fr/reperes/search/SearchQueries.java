package fr.reperes.search;

import java.util.List;
import java.util.Random;

/** For the benchmarks of other packages: the realistic queries of {@link SearchBenchmark}. */
public final class SearchQueries {

    private SearchQueries() {
    }

    /** Golden queries, titles, keywords, and the same without accents, with a typo or two words joined. */
    public static List<String> realistic() {
        return SearchBenchmark.queries(RealSearch.corpus().documents(), new Random(7));
    }
}
