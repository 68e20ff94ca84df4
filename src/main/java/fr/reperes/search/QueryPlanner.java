package fr.reperes.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the words typed into Lucene queries, without any query parser: the text is only tokenised, so quotes,
 * stars, colons or backslashes are plain characters and can never make a query fail.
 *
 * <p>The exact query sums, per field and with the field's weight, the words as typed, then the words and their
 * synonyms (multi-word synonyms as phrases) with a lower weight, plus a bonus when two neighbouring words are found close together in the text. Words
 * of {@value #FUZZY_MIN_LETTERS}+ letters that exist nowhere in the index are matched approximately right
 * away; the others only in the fuzzy variant, used when the exact query finds little.
 */
final class QueryPlanner {

    /** A search is a few words; beyond this the words add noise and clauses, not precision. */
    static final int MAX_WORDS = 16;
    static final int FUZZY_MIN_LETTERS = 5;
    private static final int MAX_PAIRS = 8;
    private static final int PAIR_SLOP = 2;
    /**
     * The words and their synonyms are searched a second time with this weight, on top of the words as typed:
     * a page using the very words typed outranks one that only uses a synonym (« juge » typed: the page on the
     * judge before the definition of « JLD »), while the synonyms still find pages the typed words would miss.
     */
    private static final float SYNONYM_WEIGHT = 0.6f;
    private static final float PAIR_WEIGHT = 1.5f;
    private static final float UNKNOWN_WORD_FUZZY_WEIGHT = 2f;
    private static final float FUZZY_WEIGHT = 1f;
    private static final Map<String, Float> PROXIMITY_FIELDS = Map.of(Fields.TITLE, 2f, Fields.SUMMARY, 1.5f,
            Fields.BODY, 1f);

    private final FrenchAnalysis analysis;
    private final QueryBuilder asTyped;
    private final QueryBuilder synonymAware;

    QueryPlanner(FrenchAnalysis analysis) {
        this.analysis = analysis;
        this.asTyped = new QueryBuilder(analysis.indexAnalyzer());
        this.synonymAware = new QueryBuilder(analysis.queryAnalyzer());
        synonymAware.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** A word of the query: as written (folded) and as indexed (stemmed), with its position. */
    record Word(String written, String stem, int position) {
    }

    /**
     * @param exact      the query to run first
     * @param fuzzy      the exact query plus approximate matching of every long word; null when no word is long
     *                   enough
     * @param words      the searchable words
     * @param exactIsApproximate the exact query already matches some unknown words approximately
     */
    record Plan(Query exact, Query fuzzy, List<Word> words, boolean exactIsApproximate) {
    }

    /**
     * The plan for {@code text}, or null when it has no searchable word (only stop words, emoji, punctuation).
     *
     * @throws IOException when the in-memory index cannot be read (it always can)
     */
    Plan plan(String text, IndexSearcher searcher) throws IOException {
        String limited = firstDistinctWords(text);
        List<Word> words = words(limited);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        addPerField(exact, asTyped, limited, 1f);
        if (analysis.hasSynonyms(limited)) {
            addPerField(exact, synonymAware, limited, SYNONYM_WEIGHT);
        }
        addProximity(exact, words);
        boolean approximate = false;
        for (Word word : words) {
            if (isLong(word) && unknown(word, searcher.getIndexReader())) {
                Query fuzzy = fuzzy(word);
                if (searcher.count(fuzzy) > 0) {
                    exact.add(new BoostQuery(fuzzy, UNKNOWN_WORD_FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                    approximate = true;
                }
            }
        }
        Query exactQuery = exact.build();
        List<Word> longWords = words.stream().filter(QueryPlanner::isLong).toList();
        if (longWords.isEmpty()) {
            return new Plan(exactQuery, null, words, approximate);
        }
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder().add(exactQuery, BooleanClause.Occur.SHOULD);
        for (Word word : longWords) {
            fuzzy.add(new BoostQuery(fuzzy(word), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return new Plan(exactQuery, fuzzy.build(), words, approximate);
    }

    /** For each text field, with its weight, the words as {@code builder}'s analyzer makes them. */
    private static void addPerField(BooleanQuery.Builder query, QueryBuilder builder, String text, float weight) {
        for (Map.Entry<String, Float> field : Fields.TEXT_WEIGHTS.entrySet()) {
            Query perField = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (perField != null) {
                query.add(new BoostQuery(perField, field.getValue() * weight), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /** Keeps the first {@link #MAX_WORDS} words, each once: a repeated word adds clauses, not meaning. */
    static String firstDistinctWords(String text) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && seen.add(word.toLowerCase(Locale.ROOT)) && kept.size() < MAX_WORDS) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (TokenStream stream = analysis.unstemmedAnalyzer().tokenStream(Fields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String written = term.toString();
                List<String> stems = FrenchAnalysis.terms(analysis.indexAnalyzer(), Fields.BODY, written);
                if (stems.size() == 1 && seen.add(written)) {
                    words.add(new Word(written, stems.getFirst(), position));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Rewards neighbouring words found close together, in the order typed (« sortir du CMP »). */
    private static void addProximity(BooleanQuery.Builder query, List<Word> words) {
        int pairs = 0;
        for (int i = 0; i + 1 < words.size() && pairs < MAX_PAIRS; i++, pairs++) {
            Word first = words.get(i);
            Word second = words.get(i + 1);
            int gap = second.position() - first.position();
            for (Map.Entry<String, Float> field : PROXIMITY_FIELDS.entrySet()) {
                PhraseQuery phrase = new PhraseQuery.Builder()
                        .add(new Term(field.getKey(), first.stem()), 0)
                        .add(new Term(field.getKey(), second.stem()), gap)
                        .setSlop(PAIR_SLOP)
                        .build();
                query.add(new BoostQuery(phrase, PAIR_WEIGHT * field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
    }

    private static boolean isLong(Word word) {
        return word.written().codePointCount(0, word.written().length()) >= FUZZY_MIN_LETTERS
                && word.written().chars().anyMatch(Character::isLetter);
    }

    private static boolean unknown(Word word, IndexReader reader) {
        try {
            for (String field : Fields.TEXT_WEIGHTS.keySet()) {
                if (reader.docFreq(new Term(field, word.stem())) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit for a word of 5 to 7 letters, two beyond; the first letter is taken as typed. */
    private static Query fuzzy(Word word) {
        int edits = word.written().length() >= 8 ? 2 : 1;
        return new FuzzyQuery(new Term(Fields.WORDS, word.written()), edits, 1, 16, true);
    }
}
