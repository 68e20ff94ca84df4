package fr.reperes.search;

import fr.reperes.core.RegimeCode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An in-memory Lucene index of {@link SearchDocument}s and the searches over it. Built once, read-only
 * afterwards; searchers come from a {@link SearcherManager} and are always released.
 */
public final class SearchIndex implements AutoCloseable {

    /** Below this many exact matches, approximate matching of long words is added. */
    static final int FEW_RESULTS = 3;
    /**
     * Pages about the user's own regimes have their score multiplied by this: they pass pages about other
     * regimes that match as well or somewhat better, not pages that match far better (a passing mention of a
     * word must not bury the page that is about it).
     */
    static final float PREFERRED_BOOST = 3f;

    private final ByteBuffersDirectory directory;
    /** The documents by ordinal: what a hit shows comes from here, not from stored fields. */
    private final List<SearchDocument> documents;
    private final SearcherManager searchers;
    private final QueryPlanner planner;
    private final Snippets snippets;

    private SearchIndex(ByteBuffersDirectory directory, FrenchAnalysis analysis, List<SearchDocument> documents)
            throws IOException {
        this.directory = directory;
        this.documents = documents;
        this.searchers = new SearcherManager(directory, null);
        IndexSearcher searcher = searchers.acquire();
        try {
            this.planner = new QueryPlanner(analysis, Vocabulary.of(searcher.getIndexReader(), Fields.WORDS));
        } finally {
            searchers.release(searcher);
        }
        this.snippets = new Snippets(analysis.indexAnalyzer(), documents);
    }

    public static SearchIndex build(Collection<SearchDocument> documents, FrenchAnalysis analysis) {
        List<SearchDocument> corpus = List.copyOf(documents);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.perFieldIndexAnalyzer(Fields.WORDS))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                int ordinal = 0;
                for (SearchDocument document : corpus) {
                    writer.addDocument(toLucene(document, ordinal++));
                }
                writer.commit();
            }
            return new SearchIndex(directory, analysis, corpus);
        } catch (IOException e) {
            throw new UncheckedIOException("Construction de l'index de recherche impossible", e);
        }
    }

    private static Document toLucene(SearchDocument source, int ordinal) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        doc.add(new Field(Fields.TITLE, source.title(), Fields.TEXT));
        doc.add(new Field(Fields.SUMMARY, source.summary(), Fields.TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.BODY, source.body(), Fields.TEXT_WITH_OFFSETS));
        for (String keyword : source.keywords()) {
            doc.add(new Field(Fields.KEYWORDS, keyword, Fields.TEXT));
        }
        for (String heading : source.headings()) {
            doc.add(new Field(Fields.HEADINGS, heading, Fields.TEXT));
        }
        for (String text : List.of(source.title(), source.summary(), String.join(" ", source.keywords()),
                String.join(" ", source.headings()), source.body())) {
            doc.add(new Field(Fields.WORDS, text, Fields.TEXT));
        }
        for (RegimeCode regime : source.regimes()) {
            doc.add(new StringField(Fields.REGIME, regime.name(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.REGIME, new BytesRef(regime.name())));
        }
        doc.add(new FloatDocValuesField(Fields.WEIGHT, source.type().weight()));
        return doc;
    }

    public SearchResults search(SearchRequest request) {
        QueryText text = QueryText.of(request.text());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searchWithinLimits(searcher, text, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Recherche impossible", e);
        }
    }

    /**
     * Lucene refuses queries of more than 1024 clauses. The caps on words and spellings keep every query below
     * (tested with the abbreviations that have the longest expansions); should the synonyms grow, fewer words
     * are searched rather than failing.
     */
    private SearchResults searchWithinLimits(IndexSearcher searcher, QueryText text, SearchRequest request)
            throws IOException {
        QueryText tried = text;
        while (true) {
            try {
                return search(searcher, tried, request);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                int words = tried.text().split(" ").length;
                if (words <= 1) {
                    return new SearchResults(tried.text(), true, true, false, 0, List.of(), java.util.Map.of());
                }
                tried = tried.firstWords(words / 2);
            }
        }
    }

    private SearchResults search(IndexSearcher searcher, QueryText text, SearchRequest request) throws IOException {
        QueryPlanner.Plan plan = text.isBlank() ? null : planner.plan(text.text(), searcher.getIndexReader());
        if (plan == null) {
            return SearchResults.nothingToSearch(text);
        }
        Query matching = plan.exact();
        Query highlight = plan.exactHighlight();
        boolean approximate = plan.exactIsApproximate();
        // One pass counts the matches and the matches per regime (filter not applied).
        RegimeCounter.Counts counts = searcher.search(matching, new RegimeCounter());
        if (plan.fuzzy() != null && counts.matches() < FEW_RESULTS) {
            RegimeCounter.Counts fuzzyCounts = searcher.search(plan.fuzzy(), new RegimeCounter());
            // Approximate matching only when it adds results: it is less precise.
            if (fuzzyCounts.matches() > counts.matches()) {
                matching = plan.fuzzy();
                highlight = plan.fuzzyHighlight();
                approximate = true;
                counts = fuzzyCounts;
            }
        }
        Query ranked = FunctionScoreQuery.boostByValue(matching, DoubleValuesSource.fromFloatField(Fields.WEIGHT));
        if (!request.preferred().isEmpty()) {
            ranked = FunctionScoreQuery.boostByQuery(ranked, regimeQuery(request.preferred()), PREFERRED_BOOST);
        }
        Query filtered = request.regimes().isEmpty() ? ranked : new BooleanQuery.Builder()
                .add(ranked, BooleanClause.Occur.MUST)
                .add(regimeQuery(request.regimes()), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(filtered,
                new TopScoreDocCollectorManager(request.limit(), null, Integer.MAX_VALUE));
        String[] passages = snippets.of(searcher, highlight, top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            SearchDocument document = documents.get(Snippets.ordinal(searcher, top.scoreDocs[i].doc));
            String snippet = passages[i] != null ? passages[i] : Snippets.escape(document.summary());
            hits.add(new SearchHit(document.slug(), document.title(), snippet, top.scoreDocs[i].score,
                    document.type(), document.url()));
        }
        return new SearchResults(text.text(), text.truncated(), true, approximate,
                Math.toIntExact(top.totalHits.value()), List.copyOf(hits), counts.perRegime());
    }

    private static Query regimeQuery(Set<RegimeCode> regimes) {
        return new TermInSetQuery(Fields.REGIME, regimes.stream().map(r -> new BytesRef(r.name())).toList());
    }

    /** The size of the index files held in memory (for the benchmark). */
    long sizeInBytes() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                size += directory.fileLength(file);
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
