package fr.reperes.documents;

import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The XHTML documents the PDFs are made from: in French, titled (PDF/UA needs both), with their own style sheet, and
 * every text escaped on the way in.
 */
public final class Xhtml {

    private Xhtml() {
    }

    /** A whole document: {@code parts} one after the other in the body, each already XHTML with one root element. */
    public static String document(String title, String css, List<String> parts) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(css).append("\n</style>\n</head>\n<body>\n");
        parts.forEach(part -> html.append(part).append('\n'));
        return html.append("</body>\n</html>\n").toString();
    }

    /** Escapes the five XML special characters; everything else stays as typed (UTF-8). */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
