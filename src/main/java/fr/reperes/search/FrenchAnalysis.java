package fr.reperes.search;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentValidationException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.search.BoostAttribute;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The French text analysis shared by indexing and querying.
 *
 * <p>The chain is: standard tokenizer → elision (« l'hôpital » → « hôpital ») → lower case → accent folding
 * (so that « peril » finds « péril », people often type without accents) → light stemming (plural and feminine
 * endings: « attachée » and « attacher » meet) → stop words. Stop words come last so that the query side can
 * apply synonyms <em>before</em> them: the synonym file is parsed with the chain up to stemming, and a synonym
 * such as « demande d'un tiers » must keep its « un » to be recognised in « demande d'un tiers » typed by the
 * user. The stop list (Lucene's French list plus the question words of {@code content/search/stopwords.txt})
 * is therefore folded and stemmed like the text it filters.
 *
 * <p>Synonyms are applied at query time only (from {@code content/search/synonyms.txt}, Solr format): editing
 * the file needs no re-indexing logic, and the index keeps the exact words for highlighting.
 */
@Component
public class FrenchAnalysis {

    static final String SYNONYMS_FILE = "search/synonyms.txt";
    static final String STOP_WORDS_FILE = "search/stopwords.txt";
    /** How much a word added by a synonym counts, compared with a word typed. */
    static final float SYNONYM_WEIGHT = 0.4f;

    private final Analyzer stemmed;
    private final Analyzer unstemmed;
    private final Analyzer query;

    @Autowired
    public FrenchAnalysis(ContentFiles files) {
        this(files.readOne(SYNONYMS_FILE).text(), files.readOne(STOP_WORDS_FILE).text());
    }

    /**
     * @param synonyms       the synonyms, Solr format
     * @param extraStopWords words to drop besides Lucene's French stop list, one per line, {@code #} comments
     */
    public FrenchAnalysis(String synonyms, String extraStopWords) {
        List<String> stopList = stopList(extraStopWords);
        Analyzer beforeStops = chain(true, null, null);
        this.stemmed = chain(true, null, normalised(stopList, beforeStops));
        this.unstemmed = chain(false, null, normalised(stopList, chain(false, null, null)));
        this.query = chain(true, parseSynonyms(synonyms, beforeStops), normalised(stopList, beforeStops));
    }

    /** The analyzer of the indexed text fields (stemmed), also used by the highlighter. */
    public Analyzer indexAnalyzer() {
        return stemmed;
    }

    /** Folded words without stemming, for the fuzzy field: a typo is measured against the word as written. */
    Analyzer unstemmedAnalyzer() {
        return unstemmed;
    }

    /** The index analyzer plus the query-time synonyms. */
    Analyzer queryAnalyzer() {
        return query;
    }

    /** Index-time analyzer per field: the fuzzy field is unstemmed, every other text field is stemmed. */
    Analyzer perFieldIndexAnalyzer(String unstemmedField) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return unstemmedField.equals(fieldName) ? unstemmed : stemmed;
            }
        };
    }

    /** The terms {@code analyzer} makes of {@code text}, in order (stop words dropped). */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer chain(boolean stem, SynonymMap synonyms, CharArraySet stops) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                if (stem) {
                    stream = new FrenchLightStemFilter(stream);
                }
                if (synonyms != null) {
                    stream = new SynonymWeight(new SynonymGraphFilter(stream, synonyms, true));
                }
                if (stops != null) {
                    stream = new StopFilter(stream, stops);
                }
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Gives the words the synonyms add a lower weight than the words typed, which the query builder carries
     * into the query: a page using the very words typed outranks one that only uses a synonym (« juge » typed:
     * the page on the judge before the definition of « JLD »), while the synonyms still find pages the words
     * typed would miss.
     */
    private static final class SynonymWeight extends TokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final BoostAttribute boost = addAttribute(BoostAttribute.class);

        SynonymWeight(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            boost.setBoost(SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? SYNONYM_WEIGHT : 1f);
            return true;
        }
    }

    private static List<String> stopList(String extraStopWords) {
        List<String> words = new ArrayList<>();
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) word));
        }
        extraStopWords.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(words::add);
        return words;
    }

    /** The stop words passed through the same chain as the text they will be compared with. */
    private static CharArraySet normalised(List<String> stopWords, Analyzer chain) {
        CharArraySet normalised = new CharArraySet(stopWords.size(), false);
        for (String word : stopWords) {
            normalised.addAll(terms(chain, "", word));
        }
        return CharArraySet.unmodifiableSet(normalised);
    }

    private static SynonymMap parseSynonyms(String synonyms, Analyzer analyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(synonyms));
            return parser.build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new ContentValidationException(List.of("content/" + SYNONYMS_FILE
                    + " : ligne illisible (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
