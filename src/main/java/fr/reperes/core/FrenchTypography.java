package fr.reperes.core;

import java.util.regex.Pattern;

/**
 * French typography for what users read (letters, questions): a non-breaking space before « : ; ? ! » and inside
 * guillemets, so that a colon or a closing guillemet never starts a line, and between a code and its article
 * ("CSP L.3211-12") or "n°" and its number.
 */
public final class FrenchTypography {

    private static final Pattern BEFORE = Pattern.compile(" ([:;?!»])");
    private static final Pattern AFTER = Pattern.compile("([«]) ");
    private static final Pattern NUMERO = Pattern.compile("\\b(n°) ");
    private static final Pattern CODE = Pattern.compile("\\b(CSP|CPP|CP|CC) (?=(?:[LRD]\\.)?\\d)");

    private FrenchTypography() {
    }

    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = BEFORE.matcher(text).replaceAll("\u00A0$1");
        result = AFTER.matcher(result).replaceAll("$1\u00A0");
        result = CODE.matcher(result).replaceAll("$1\u00A0");
        return NUMERO.matcher(result).replaceAll("$1\u00A0");
    }
}
