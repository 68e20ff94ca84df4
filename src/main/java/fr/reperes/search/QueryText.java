package fr.reperes.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The text typed, made safe to analyse: line breaks and tabs become spaces, invisible and control characters
 * are dropped (a zero-width space pasted inside a word leaves the word whole), accents are composed
 * (« é » typed as « e » + accent is one letter), spaces are collapsed, and a text longer than
 * {@link #MAX_LENGTH} characters is cut at a word boundary. Lucene syntax characters are not special here: the
 * text is only ever tokenised, never given to a query parser.
 */
public record QueryText(String text, boolean truncated) {

    /** Beyond this, a text is a pasted document, not a search: the start says what it is about. */
    public static final int MAX_LENGTH = 200;

    /** Line breaks, tabs and the colon (which the tokenizer would take as part of a word: « title:juge »). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u0085\\u2028\\u2029:]+");
    /** Control, format (zero-width, bidi), surrogate, private and unassigned characters: dropped, not spaced. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

    public static QueryText of(String typed) {
        if (typed == null) {
            return new QueryText("", false);
        }
        // Cutting a 10 kB paste early keeps the work proportional to what will be searched.
        String raw = typed.length() > MAX_LENGTH * 8 ? typed.substring(0, MAX_LENGTH * 8) : typed;
        String spaced = SEPARATORS.matcher(raw).replaceAll(" ");
        String clean = INVISIBLE.matcher(Normalizer.normalize(spaced, Normalizer.Form.NFC)).replaceAll("").strip();
        boolean truncated = typed.length() > raw.length() || clean.codePointCount(0, clean.length()) > MAX_LENGTH;
        return new QueryText(truncated ? cut(clean) : clean, truncated);
    }

    /** The first {@code count} words only, marked as cut. */
    QueryText firstWords(int count) {
        String[] words = text.split(" ");
        return words.length <= count ? this
                : new QueryText(String.join(" ", java.util.Arrays.copyOf(words, count)), true);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    private static String cut(String text) {
        int end = text.offsetByCodePoints(0, Math.min(MAX_LENGTH, text.codePointCount(0, text.length())));
        int lastSpace = text.lastIndexOf(' ', end);
        // Keep whole words unless that would lose too much.
        if (end < text.length() && lastSpace > MAX_LENGTH * 3 / 4) {
            end = lastSpace;
        }
        return text.substring(0, end).strip();
    }
}
