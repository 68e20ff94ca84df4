package fr.reperes.letters;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking for the PDF: the French rules of the JDK, except that an article number ("L.3211-12",
 * "R.1111-2") is never split across two lines. The renderer's default breaker treats the dot as a place to break,
 * which printed "CSP L." at the end of a line and "3211-12" on the next. One instance per document (it is stateful).
 */
final class ArticleAwareLineBreaker implements FSTextBreaker {

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
        if (position < 2 || position >= text.length() || !Character.isDigit(text.charAt(position))) {
            return false;
        }
        char before = text.charAt(position - 1);
        char twoBefore = text.charAt(position - 2);
        return (before == '-' && Character.isDigit(twoBefore)) || (before == '.' && "LRD".indexOf(twoBefore) >= 0);
    }
}
