package fr.reperes.core.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the content, collected file after file so that an editor can fix everything in one go. Every
 * problem names its file, and its field when there is one, in French.
 */
public final class Problems {

    private final List<String> problems = new ArrayList<>();

    /** "content/pages/x.md : le texte de la page est vide". */
    public void add(String where, String message) {
        problems.add(where + " : " + message);
    }

    /** "content/letters/x.yml : champ « fields[2].type » : valeur « paragraphe » inconnue (…)". */
    public void field(String where, String field, String message) {
        problems.add(where + " : champ « " + field + " » : " + message);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** Stops the application (or the test) with every problem found so far. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
