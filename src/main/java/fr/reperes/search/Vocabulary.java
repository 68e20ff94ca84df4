package fr.reperes.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the index as written (folded, unstemmed), for approximate matching. Lucene's FuzzyQuery builds
 * a Levenshtein automaton for every query: measured here at 2 to 15 ms for one long word with two edits,
 * several times the whole budget of a search. The vocabulary of the content is small (a few thousand words),
 * so comparing the word typed with the words of the same first letter and a close length is much cheaper
 * and gives the same matches: same first letter, Damerau-Levenshtein distance within the allowed edits.
 */
final class Vocabulary {

    /** A word of the index close to the one typed. */
    record Near(String word, int edits, int documents) {
    }

    private final Map<Integer, List<Entry>> byFirstLetter;

    private record Entry(String word, int documents) {
    }

    private Vocabulary(Map<Integer, List<Entry>> byFirstLetter) {
        this.byFirstLetter = byFirstLetter;
    }

    static Vocabulary of(IndexReader reader, String field) {
        Map<Integer, List<Entry>> byFirstLetter = new HashMap<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    String word = term.utf8ToString();
                    if (!word.isEmpty()) {
                        byFirstLetter.computeIfAbsent(word.codePointAt(0), letter -> new ArrayList<>())
                                .add(new Entry(word, iterator.docFreq()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(byFirstLetter);
    }

    /** Up to {@code max} words within {@code maxEdits} of {@code word}, closest then most frequent first. */
    List<Near> near(String word, int maxEdits, int max) {
        List<Near> found = new ArrayList<>();
        for (Entry entry : byFirstLetter.getOrDefault(word.codePointAt(0), List.of())) {
            if (Math.abs(entry.word().length() - word.length()) <= maxEdits && !entry.word().equals(word)) {
                int edits = distance(word, entry.word(), maxEdits);
                if (edits <= maxEdits) {
                    found.add(new Near(entry.word(), edits, entry.documents()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Near::edits).thenComparing(Comparator.comparingInt(Near::documents).reversed()));
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions, swaps of two neighbours), giving up
     * as soon as it exceeds {@code limit}: the answer is then {@code limit + 1}.
     */
    static int distance(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
