package fr.reperes.search;

import org.apache.lucene.analysis.Analyzer;
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
import java.util.Locale;
import java.util.Map;

/**
 * The passages that matched, from the body first, else from the summary. The text is HTML-escaped (a "<" in
 * content can never become markup) and the only tags added are {@code <mark>} around the words found.
 */
final class Snippets {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    /** Ends a paragraph in the stored body: the sentence iterator breaks there, the snippet shows a space. */
    static final char PARAGRAPH = '\u2029';
    private static final String ELLIPSIS = " … ";
    private static final String[] FIELDS = {Fields.BODY, Fields.SUMMARY};
    private static final int[] PASSAGES = {2, 1};
    /** Sentences are cut or joined to about this many characters: a passage fits a phone screen in 3 lines. */
    private static final int PASSAGE_LENGTH = 140;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit, in the order of {@code topDocs}; null where nothing matched in body or summary. */
    String[] of(IndexSearcher searcher, Query query, TopDocs topDocs) {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .build();
        try {
            Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, topDocs, PASSAGES);
            String[] snippets = new String[topDocs.scoreDocs.length];
            for (int i = 0; i < snippets.length; i++) {
                String body = byField.get(Fields.BODY)[i];
                snippets[i] = body != null ? body : byField.get(Fields.SUMMARY)[i];
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

    /** Escapes the passages and marks the matches; overlapping matches (a phrase and its words) are merged. */
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
                    while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
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
