package fr.reperes.core.content;

import java.util.List;

/** Thrown when content is invalid: each problem names the file and the field, in French. */
public class ContentValidationException extends RuntimeException {

    private final List<String> problems;

    public ContentValidationException(List<String> problems) {
        super("Contenu invalide (" + problems.size() + " problème(s)) :\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
