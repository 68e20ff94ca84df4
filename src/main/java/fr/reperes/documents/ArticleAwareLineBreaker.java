package fr.reperes.documents;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

/**
 * Line breaking for the PDF: the French rules of the JDK, except that an article reference ("CSP L.3211-12",
 * "R.1111-2", "CC 459") is never split across two lines — neither inside the number (the renderer's default breaker
 * treats the dot as a place to break, which printed "CSP L." at the end of a line and "3211-12" on the next) nor
 * between the code and the number. Letters also get a non-breaking space there (their own typography); the
 * situation sheet's texts come from the content as written, so the rule lives here, for every PDF. One instance
 * per document (it is stateful).
 */
final class ArticleAwareLineBreaker implements FSTextBreaker {

    private static final Set<String> CODES = Set.of("CSP", "CPP", "CP", "CC");

    private final BreakIterator delegate = BreakIterator.getLineInstance(Locale.FRENCH);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int position = delegate.next();
        while (position != BreakIterator.DONE && insideArticleNumber(position)) {
            position = delegate.next();
        }
        return position;
    }

    private boolean insideArticleNumber(int position) {
        if (position < 2 || position >= text.length()) {
            return false;
        }
        if (afterCode(position)) {
            return true;
        }
        if (!Character.isDigit(text.charAt(position))) {
            return false;
        }
        char before = text.charAt(position - 1);
        char twoBefore = text.charAt(position - 2);
        return (before == '-' && Character.isDigit(twoBefore)) || (before == '.' && "LRD".indexOf(twoBefore) >= 0);
    }

    /** A break after "CSP ", "CPP ", "CP " or "CC " when an article number follows ("L.3211-11", "459"). */
    private boolean afterCode(int position) {
        if (text.charAt(position - 1) != ' ') {
            return false;
        }
        int start = position - 1;
        while (start > 0 && Character.isUpperCase(text.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        String code = text.substring(start, position - 1);
        if (!wordStart || !CODES.contains(code)) {
            return false;
        }
        char next = text.charAt(position);
        return Character.isDigit(next) || ("LRD".indexOf(next) >= 0 && position + 2 < text.length()
                && text.charAt(position + 1) == '.' && Character.isDigit(text.charAt(position + 2)));
    }
}
