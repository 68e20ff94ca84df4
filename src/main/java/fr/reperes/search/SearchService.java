package fr.reperes.search;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;

/**
 * Search over the pages, glossary entries and letters of {@code content/}. The index is built in memory when
 * the application starts (well under a second for the real content). Nothing typed is logged or kept.
 */
@Service
public class SearchService {

    private final SearchIndex index;

    public SearchService(SearchCorpus corpus, FrenchAnalysis analysis) {
        this.index = SearchIndex.build(corpus.documents(), analysis);
    }

    /** Never throws on what the user typed: any text gives results or an empty list. */
    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
