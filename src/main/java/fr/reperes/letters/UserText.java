package fr.reperes.letters;

import java.text.Normalizer;

/**
 * Cleans what a user typed before it goes into a letter. Invisible control characters are dropped: they are not
 * valid in the XML inside PDF and DOCX files, and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) could
 * make a name display backwards or hide text. Right-to-left letters themselves are kept.
 */
final class UserText {

    private UserText() {
    }

    static String clean(String value, boolean singleLine) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                out.append(singleLine ? ' ' : '\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!dropped(c)) {
                out.append(c);
            }
        }
        return singleLine ? out.toString().strip() : stripLines(out.toString());
    }

    private static boolean dropped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || c == 0xFEFF;
    }

    private static String stripLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
