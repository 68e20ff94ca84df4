package fr.reperes.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of the index and why each exists.
 *
 * <ul>
 *   <li>{@code title}, {@code summary}, {@code keywords}, {@code headings}, {@code body}: stemmed French text.
 *       They are separate fields (not one "all" field) so that each can weigh differently: a word in the title
 *       or in the keywords chosen by the editors says far more about the page than the same word deep in the
 *       body. Summary and body are indexed with offsets, so that the highlighter reads where the matches are
 *       instead of re-analysing the text.</li>
 *   <li>{@code words}: all of the above, folded but not stemmed. Approximate matching works on its vocabulary:
 *       a spelling mistake is a distance between words as written (« curatele » → « curatelle »), which
 *       stemming would blur.</li>
 *   <li>{@code regime}: the regime codes, indexed as exact strings for the filter and the "your situation first"
 *       boost, and as sorted-set doc values to count results per regime in one pass.</li>
 *   <li>{@code weight}: a per-document score factor (a definition or a letter weighs less than a page).</li>
 *   <li>{@code ordinal}: the position of the document in the corpus. Nothing is stored in the index: the
 *       documents are in memory anyway, and reading a title or a body from there is cheaper than decompressing
 *       stored fields.</li>
 * </ul>
 */
final class Fields {

    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String KEYWORDS = "keywords";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    static final String WORDS = "words";
    static final String REGIME = "regime";
    static final String WEIGHT = "weight";
    static final String ORDINAL = "ordinal";

    /**
     * How much a match in each field counts. Keywords are short, curated lists of the words people use for the
     * subject (old terms included), hence nearly as strong as the title.
     */
    static final Map<String, Float> TEXT_WEIGHTS = weights();

    /** With offsets, for the fields snippets are taken from. */
    static final FieldType TEXT_WITH_OFFSETS = textType(true);
    static final FieldType TEXT = textType(false);

    private Fields() {
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(TITLE, 5f);
        weights.put(KEYWORDS, 3.5f);
        weights.put(SUMMARY, 2f);
        weights.put(HEADINGS, 1.5f);
        weights.put(BODY, 1f);
        return java.util.Collections.unmodifiableMap(weights);
    }

    private static FieldType textType(boolean offsets) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
