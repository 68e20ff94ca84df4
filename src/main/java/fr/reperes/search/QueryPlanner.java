package fr.reperes.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
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
 * <p>The exact query sums, per field and with the field's weight, the words and their synonyms (multi-word
 * synonyms as phrases; synonyms weigh less than the words typed), plus a bonus when two neighbouring words are
 * found close together in the text. Words of {@value #FUZZY_MIN_LETTERS}+ letters that exist nowhere in the
 * index are matched approximately right away (« presonne »); the other long words only in the fuzzy variant,
 * used when the exact query finds little.
 */
final class QueryPlanner {

    /** A search is a few words; beyond this the words add noise and clauses, not precision. */
    static final int MAX_WORDS = 16;
    static final int FUZZY_MIN_LETTERS = 5;
    private static final int MAX_PAIRS = 8;
    private static final int PAIR_SLOP = 2;
    /** Spellings kept per word typed: enough for plurals and accents, few enough to stay precise. */
    private static final int MAX_VARIANTS = 8;
    private static final float PAIR_WEIGHT = 1.5f;
    private static final float UNKNOWN_WORD_FUZZY_WEIGHT = 2f;
    private static final float FUZZY_WEIGHT = 1f;
    private static final Map<String, Float> PROXIMITY_FIELDS = Map.of(Fields.TITLE, 2f, Fields.SUMMARY, 1.5f,
            Fields.BODY, 1f);

    private final FrenchAnalysis analysis;
    private final Vocabulary vocabulary;
    private final QueryBuilder synonymAware;

    QueryPlanner(FrenchAnalysis analysis, Vocabulary vocabulary) {
        this.analysis = analysis;
        this.vocabulary = vocabulary;
        this.synonymAware = new QueryBuilder(analysis.queryAnalyzer());
        synonymAware.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** A word of the query: as written (folded) and as indexed (stemmed), with its position. */
    record Word(String written, String stem, int position) {
    }

    /**
     * @param exact      the query to run first
     * @param fuzzy      the exact query plus approximate matching of every long word; null when no long word has
     *                   a close spelling in the index
     * @param exactIsApproximate the exact query already matches some unknown words approximately
     * @param exactHighlight     what the snippets of the exact query's results mark
     * @param fuzzyHighlight     what the snippets of the fuzzy query's results mark
     */
    record Plan(Query exact, Query fuzzy, boolean exactIsApproximate, Query exactHighlight, Query fuzzyHighlight) {
    }

    /**
     * The plan for {@code text}, or null when it has no searchable word (only stop words, emoji, punctuation).
     *
     * @throws IOException when the in-memory index cannot be read (it always can)
     */
    Plan plan(String text, IndexReader reader) throws IOException {
        String limited = firstDistinctWords(text);
        List<Word> words = words(limited);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        addPerField(exact, highlight, synonymAware, limited);
        addProximity(exact, words);
        boolean approximate = false;
        List<Query> approximations = new ArrayList<>();
        List<String> approximatedWords = new ArrayList<>();
        List<String> unknownApproximatedWords = new ArrayList<>();
        for (Word word : words) {
            List<Vocabulary.Near> near = isLong(word) ? near(word) : List.of();
            if (near.isEmpty()) {
                continue;
            }
            Query approximation = approximation(near);
            List<String> spellings = near.stream().map(Vocabulary.Near::word).toList();
            approximations.add(approximation);
            approximatedWords.addAll(spellings);
            if (unknown(word, reader)) {
                exact.add(new BoostQuery(approximation, UNKNOWN_WORD_FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                unknownApproximatedWords.addAll(spellings);
                approximate = true;
            }
        }
        Query exactQuery = exact.build();
        Query highlightQuery = highlight.build();
        Query exactHighlight = withSpellings(highlightQuery, unknownApproximatedWords);
        if (approximations.isEmpty()) {
            return new Plan(exactQuery, null, approximate, exactHighlight, null);
        }
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder().add(exactQuery, BooleanClause.Occur.SHOULD);
        for (Query approximation : approximations) {
            fuzzy.add(new BoostQuery(approximation, FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return new Plan(exactQuery, fuzzy.build(), approximate, exactHighlight,
                withSpellings(highlightQuery, approximatedWords));
    }

    /**
     * For each text field, with its weight, the words and their synonyms (weighing less, see
     * {@link FrenchAnalysis#SYNONYM_WEIGHT}) as {@code builder}'s analyzer makes them. The clauses on
     * the fields snippets are taken from also go, unweighted, into {@code highlight}: the highlighter then
     * matches a small query per document instead of the whole query.
     */
    private static void addPerField(BooleanQuery.Builder query, BooleanQuery.Builder highlight, QueryBuilder builder,
                                    String text) {
        for (Map.Entry<String, Float> field : Fields.TEXT_WEIGHTS.entrySet()) {
            Query perField = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (perField != null) {
                query.add(new BoostQuery(perField, field.getValue()), BooleanClause.Occur.SHOULD);
                if (Snippets.FIELDS.contains(field.getKey())) {
                    highlight.add(perField, BooleanClause.Occur.SHOULD);
                }
            }
        }
    }

    /**
     * Approximate matches are found on the unstemmed {@code words} field, which has no offsets: the spellings
     * they matched are added, stemmed, on the snippet fields so that the snippet marks them too.
     */
    private Query withSpellings(Query highlight, List<String> spellings) {
        if (spellings.isEmpty()) {
            return highlight;
        }
        BooleanQuery.Builder withSpellings = new BooleanQuery.Builder().add(highlight, BooleanClause.Occur.SHOULD);
        Set<String> stems = new LinkedHashSet<>();
        for (String spelling : spellings) {
            stems.addAll(FrenchAnalysis.terms(analysis.indexAnalyzer(), Fields.BODY, spelling));
        }
        for (String stem : stems) {
            for (String field : Snippets.FIELDS) {
                withSpellings.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        return withSpellings.build();
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
    private List<Vocabulary.Near> near(Word word) {
        int edits = word.written().length() >= 8 ? 2 : 1;
        return vocabulary.near(word.written(), edits, MAX_VARIANTS);
    }

    /**
     * The close spellings as one blended term (a word with many near spellings does not count many times),
     * closer spellings weighing more.
     */
    private static Query approximation(List<Vocabulary.Near> near) {
        SynonymQuery.Builder blended = new SynonymQuery.Builder(Fields.WORDS);
        for (Vocabulary.Near variant : near) {
            blended.addTerm(new Term(Fields.WORDS, variant.word()), variant.edits() == 1 ? 1f : 0.5f);
        }
        return blended.build();
    }
}
