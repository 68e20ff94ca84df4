package fr.reperes.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to an article of a French code, written {@code CODE article}: "CSP L.3212-1", "CP 132-45",
 * "CPP 706-135", "CC 459".
 */
public record LegalReference(String code, String article) {

    /** The accepted form; content authors write exactly this (see content/README.md). */
    public static final Pattern FORM = Pattern.compile("(CSP|CPP|CP|CC) ((?:[LRD]\\.)?\\d+(?:-\\d+)*)");

    /** For content files: a reference not written in the accepted form is refused with a French message. */
    @JsonCreator
    public static LegalReference of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("référence mal formée « " + text
                + " » (forme attendue : « CSP L.3212-1 », « CP 132-45 », « CPP 706-135 », « CC 459 »)"));
    }

    public static Optional<LegalReference> parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text.strip());
        return matcher.matches() ? Optional.of(new LegalReference(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String codeName() {
        return switch (code) {
            case "CSP" -> "Code de la santé publique";
            case "CP" -> "Code pénal";
            case "CPP" -> "Code de procédure pénale";
            case "CC" -> "Code civil";
            default -> code;
        };
    }

    /** A search on Légifrance, the official site, for this article in its code. */
    public String legifranceUrl() {
        String query = "article " + article + " " + codeName();
        return "https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=ALL&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @JsonValue
    @Override
    public String toString() {
        return code + " " + article;
    }
}
