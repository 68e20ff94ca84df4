package fr.reperes.search;

import fr.reperes.assessment.RegimeCode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private final Directory directory;
    private final SearcherManager searchers;
    private final QueryPlanner planner;
    private final Snippets snippets;
    private final FrenchAnalysis analysis;

    private SearchIndex(Directory directory, FrenchAnalysis analysis) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        this.searchers = new SearcherManager(directory, null);
        this.planner = new QueryPlanner(analysis);
        this.snippets = new Snippets(analysis.indexAnalyzer());
    }

    public static SearchIndex build(Collection<SearchDocument> documents, FrenchAnalysis analysis) {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.perFieldIndexAnalyzer(Fields.WORDS))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument document : documents) {
                    writer.addDocument(toLucene(document));
                }
                writer.commit();
            }
            return new SearchIndex(directory, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("Construction de l'index de recherche impossible", e);
        }
    }

    private static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.SLUG, source.slug()));
        doc.add(new StoredField(Fields.TYPE, source.type().code()));
        doc.add(new StoredField(Fields.URL, source.url()));
        doc.add(new Field(Fields.TITLE, source.title(), Fields.STORED_TEXT));
        doc.add(new Field(Fields.SUMMARY, source.summary(), Fields.STORED_TEXT_WITH_OFFSETS));
        // Line breaks become paragraph separators so that a snippet never runs a heading into the next sentence.
        doc.add(new Field(Fields.BODY, source.body().replace('\n', Snippets.PARAGRAPH), Fields.STORED_TEXT_WITH_OFFSETS));
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
                return search(searcher, text, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Recherche impossible", e);
        }
    }

    private SearchResults search(IndexSearcher searcher, QueryText text, SearchRequest request) throws IOException {
        QueryPlanner.Plan plan = text.isBlank() ? null : planner.plan(text.text(), searcher);
        if (plan == null) {
            return SearchResults.nothingToSearch(text);
        }
        Query matching = plan.exact();
        boolean approximate = plan.exactIsApproximate();
        if (plan.fuzzy() != null) {
            int exactCount = searcher.count(matching);
            // Approximate matching only when it adds results: it is slower and less precise.
            if (exactCount < FEW_RESULTS && searcher.count(plan.fuzzy()) > exactCount) {
                matching = plan.fuzzy();
                approximate = true;
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
        Map<RegimeCode, Integer> counts = searcher.search(matching, new RegimeCounter());
        String[] passages = snippets.of(searcher, highlightQuery(searcher, matching), top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(hit(searcher, top.scoreDocs[i], passages[i]));
        }
        return new SearchResults(text.text(), text.truncated(), true, approximate,
                Math.toIntExact(top.totalHits.value()), List.copyOf(hits), counts);
    }

    private static SearchHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, String passage) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        String snippet = passage != null ? passage : Snippets.escape(doc.get(Fields.SUMMARY));
        return new SearchHit(doc.get(Fields.SLUG), doc.get(Fields.TITLE), snippet, scoreDoc.score,
                ResultType.byCode(doc.get(Fields.TYPE)), doc.get(Fields.URL));
    }

    private static Query regimeQuery(Set<RegimeCode> regimes) {
        return new TermInSetQuery(Fields.REGIME, regimes.stream().map(r -> new BytesRef(r.name())).toList());
    }

    /**
     * Approximate matches are found on the unstemmed {@code words} field, which is not stored: the words they
     * matched are added, stemmed, on the body and summary so that the snippet shows them too.
     */
    private Query highlightQuery(IndexSearcher searcher, Query matching) throws IOException {
        boolean[] fuzzy = {false};
        matching.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query query) {
                fuzzy[0] |= query instanceof FuzzyQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (!fuzzy[0]) {
            return matching;
        }
        Set<String> approximated = new LinkedHashSet<>();
        searcher.rewrite(matching).visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(Fields.WORDS)) {
                        approximated.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (approximated.isEmpty()) {
            return matching;
        }
        BooleanQuery.Builder highlight = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.SHOULD);
        for (String word : approximated) {
            for (String stem : FrenchAnalysis.terms(analysis.indexAnalyzer(), Fields.BODY, word)) {
                highlight.add(new TermQuery(new Term(Fields.BODY, stem)), BooleanClause.Occur.SHOULD);
                highlight.add(new TermQuery(new Term(Fields.SUMMARY, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        return highlight.build();
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
