package fr.reperes.search;

/**
 * What a search result is. The code is the value of {@code type} in the API; the label is what the user reads.
 * The weight scales the score: a definition or a letter is short, so it would otherwise outrank the page that
 * actually explains the subject.
 */
public enum ResultType {
    FICHE("fiche", "Fiche", 1.0f),
    GLOSSAIRE("glossaire", "Glossaire", 0.6f),
    LETTRE("lettre", "Lettre", 0.6f);

    private final String code;
    private final String label;
    private final float weight;

    ResultType(String code, String label, float weight) {
        this.code = code;
        this.label = label;
        this.weight = weight;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    float weight() {
        return weight;
    }
}
