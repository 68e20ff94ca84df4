package fr.reperes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated hostile input for the fuzz tests, from a seeded {@link Random} so that a failure can be replayed: the
 * seed and the case number are in every assertion message. What people and programs really send by mistake or
 * on purpose: broken JSON, values of the wrong type, unknown codes, impossible dates, deep nesting, huge bodies,
 * and the Unicode characters that break naive code (lone surrogates, bidi overrides, zero-width, NUL).
 */
public final class HostileInput {

    /** Characters that break naive text handling, as Java strings (a lone surrogate is sent as '?' in UTF-8). */
    public static final List<String> EDGE_CHARACTERS = List.of(
            "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200C", "\u200D",
            "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u2028", "\u2029", "\uFEFF", "\uFFFD",
            "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "e\u0301", "\u0301", "😀", "👍🏽", "👨‍👩‍👧",
            "مريم بن علي", "שלום", "日本語", "Ω", "ﬁ", "İ", "ß", "\t", "\r\n", "\n", "\\", "\"", "'", "<", ">", "&",
            "{{", "}}", "%", "%00", "${jndi:x}", "../", "*", "?", ":", "~", "(", ")", "[", "]", "^", " ");

    /** JSON string contents with escapes: lone and reversed surrogates, NUL, invalid escapes. */
    public static final List<String> JSON_ESCAPES = List.of(
            "\\uD800", "\\uDFFF", "\\uDC00\\uD800", "\\uD83D", "\\u0000", "\\u202E", "\\u200B", "\\uFEFF",
            "\\uFFFF", "\\u00e9", "\\n", "\\t", "\\\\", "\\\"", "\\/", "\\x41", "\\u12", "\\uZZZZ", "\\", "\\q");

    /** Dates that do not exist, are out of range, or are not in ISO form. */
    public static final List<String> BAD_DATES = List.of(
            "2026-02-30", "2026-02-29", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "2026-01-32", "0000-00-00", "0000-01-01", "99999-01-01", "+99999-01-01", "+999999999-12-31",
            "-999999999-01-01", "-0001-01-01", "1-1-1", "2026-1-5", "2026/03/14", "14/03/2026", "03/14/2026",
            "2026-03-14T10:00:00", "2026-03-14Z", "2026‐03‐14", "２０２６-03-14",
            "aujourd'hui", "hier", "", " ", "null", "NaN", "2026-W11-6", "2026-073",
            "20260314", "2026-03", "2026");

    /** JSON values of every type, some at the limits of what a parser accepts. */
    public static final List<String> ANY_JSON_VALUES = List.of(
            "0", "-1", "1.5", "1e308", "-1e309", "1e999999", "123456789012345678901234567890", "0x10", "NaN",
            "Infinity", "-0", "true", "false", "null", "\"\"", "\" \"", "\"true\"", "\"1\"", "[]", "[null]",
            "[1,2]", "{}", "{\"a\":1}", "[[[]]]", "\"" + "x".repeat(10_000) + "\"");

    private final Random random;
    private final long seed;

    public HostileInput(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A text of up to {@code maxLength} characters mixing letters, digits, edge characters and markup. */
    public String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(pick(EDGE_CHARACTERS));
                case 1 -> text.append((char) ('a' + random.nextInt(26)));
                case 2 -> text.appendCodePoint(random.nextInt(0x3000));
                default -> text.append(pick(List.of("é", "à", "ç", "œ", "«", "»", " ", "1", "-", "_", ".")));
            }
        }
        return text.toString();
    }

    /** A text with, now and then, a very long run of one character. */
    public String anyText() {
        String text = text(40);
        if (chance(0.1)) {
            text += pick(EDGE_CHARACTERS).repeat(1 + random.nextInt(3_000));
        }
        return text;
    }

    /** The inside of a JSON string literal: a hostile text, escaped, with raw JSON escapes mixed in. */
    public String jsonStringContent() {
        StringBuilder content = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            content.append(chance(0.4) ? pick(JSON_ESCAPES) : escape(text(12)));
        }
        return content.toString();
    }

    /** A JSON string literal that may be invalid (bad escapes) or valid with hostile content. */
    public String jsonString() {
        return "\"" + jsonStringContent() + "\"";
    }

    /** Any JSON value (or nearly JSON): wrong types, limits, hostile strings, nesting. */
    public String jsonValue() {
        return switch (random.nextInt(5)) {
            case 0 -> jsonString();
            case 1 -> "[" + jsonString() + "," + pick(ANY_JSON_VALUES) + "]";
            case 2 -> "{\"" + jsonStringContent() + "\":" + pick(ANY_JSON_VALUES) + "}";
            case 3 -> "\"" + pick(BAD_DATES) + "\"";
            default -> pick(ANY_JSON_VALUES);
        };
    }

    /** The JSON text damaged as a bad copy-paste or a broken client would: cut, duplicated, corrupted. */
    public String mutate(String json) {
        if (json.isEmpty()) {
            return pick(List.of("{", "}", "\"", "[", ","));
        }
        StringBuilder text = new StringBuilder(json);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> text.setLength(at); // cut short
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, pick(List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "'", "//", "/*", "\u0000", "NaN")));
                case 3 -> text.setCharAt(at, (char) random.nextInt(0x80));
                case 4 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(20))));
                case 5 -> text.insert(at, pick(EDGE_CHARACTERS));
                default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(10)), jsonValue());
            }
        }
        return text.toString();
    }

    /** Random bytes, now and then invalid UTF-8 or a byte-order mark in front of JSON. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        if (bytes.length > 3 && chance(0.3)) {
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
        }
        return bytes;
    }

    /** {@code depth} nested arrays (or objects) around a value: a stack-overflow attempt. */
    public static String deeplyNested(int depth, boolean objects) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /** A string as a JSON string literal's content (quotes, backslashes and controls escaped). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the assertion messages print to replay a case. */
    public String replay(int caseNumber) {
        return "graine " + seed + ", cas n° " + caseNumber;
    }
}
