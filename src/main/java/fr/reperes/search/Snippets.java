package fr.reperes.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The passages that matched, from the body first, else from the summary. The text is HTML-escaped (a "<" in
 * content can never become markup) and the only tags added are {@code <mark>} around the words found.
 */
final class Snippets {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    /** Ends a paragraph in the highlighted body: the sentence iterator breaks there, the snippet shows a space. */
    static final char PARAGRAPH = '\u2029';
    private static final String ELLIPSIS = " … ";
    /** Where snippets come from, in order of preference. */
    static final List<String> FIELDS = List.of(Fields.BODY, Fields.SUMMARY);
    private static final int BODY_PASSAGES = 2;
    /** Sentences are cut or joined to about this many characters: a passage fits a phone screen in 3 lines. */
    private static final int PASSAGE_LENGTH = 140;

    private final Analyzer analyzer;
    /** Body and summary by ordinal, as the highlighter reads them (line breaks as paragraph separators). */
    private final List<String> bodies;
    private final List<String> summaries;

    Snippets(Analyzer analyzer, List<SearchDocument> documents) {
        this.analyzer = analyzer;
        // Same length and offsets as the indexed text; the sentence iterator then never runs a heading into
        // the next sentence.
        this.bodies = documents.stream().map(d -> d.body().replace('\n', PARAGRAPH)).toList();
        this.summaries = documents.stream().map(SearchDocument::summary).toList();
    }

    /** The position in the corpus of the document {@code doc} of the index. */
    static int ordinal(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            NumericDocValues ordinals = DocValues.getNumeric(leaf.reader(), Fields.ORDINAL);
            if (!ordinals.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Document sans ordinal : " + doc);
            }
            return Math.toIntExact(ordinals.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One snippet per hit, in the order of {@code topDocs}: from the body, else (nothing matched there, or no
     * body: letters) from the summary; null where neither matched.
     */
    String[] of(IndexSearcher searcher, Query query, TopDocs topDocs) {
        UnifiedHighlighter.Builder settings = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(settings) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    int ordinal = ordinal(searcher, doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        texts[i] = fields[i].equals(Fields.BODY) ? bodies.get(ordinal) : summaries.get(ordinal);
                    }
                    values.add(texts);
                }
                return values;
            }
        };
        try {
            int[] docs = Arrays.stream(topDocs.scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
            String[] snippets = highlighter.highlightFields(new String[]{Fields.BODY}, query, docs,
                    new int[]{BODY_PASSAGES}).get(Fields.BODY);
            // The summary only for the hits whose body gave nothing: most hits need one field, not two.
            int[] withoutSnippet = IntStream.range(0, docs.length).filter(i -> snippets[i] == null).toArray();
            if (withoutSnippet.length > 0) {
                String[] summaries = highlighter.highlightFields(new String[]{Fields.SUMMARY}, query,
                        Arrays.stream(withoutSnippet).map(i -> docs[i]).toArray(), new int[]{1}).get(Fields.SUMMARY);
                for (int i = 0; i < withoutSnippet.length; i++) {
                    snippets[withoutSnippet[i]] = summaries[i];
                }
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for element content: {@code &}, {@code <} and {@code >} escaped, paragraph breaks as spaces. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        appendEscaped(escaped, text, 0, text.length());
        return escaped.toString().strip();
    }

    private static void appendEscaped(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case PARAGRAPH, '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    private static boolean onlySpaces(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Escapes the passages and marks the matches. */
    private static final class MarkFormatter extends PassageFormatter {

        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder();
            for (Passage passage : passages) {
                if (!out.isEmpty()) {
                    out.append(ELLIPSIS);
                }
                StringBuilder text = new StringBuilder();
                int position = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(position, passage.getMatchStarts()[i]);
                    int end = passage.getMatchEnds()[i];
                    // Overlapping matches, and neighbours separated by spaces only, make one mark: « hospitalisation
                    // d'office » reads better as one highlight than as two.
                    while (i + 1 < passage.getNumMatches()
                            && onlySpaces(content, end, passage.getMatchStarts()[i + 1])) {
                        end = Math.max(end, passage.getMatchEnds()[++i]);
                    }
                    end = Math.min(end, passage.getEndOffset());
                    if (end <= start) {
                        continue;
                    }
                    appendEscaped(text, content, position, start);
                    text.append(OPEN);
                    appendEscaped(text, content, start, end);
                    text.append(CLOSE);
                    position = end;
                }
                appendEscaped(text, content, position, Math.max(position, passage.getEndOffset()));
                out.append(text.toString().strip());
            }
            return out.toString();
        }
    }
}
