package fr.reperes.interview;

import fr.reperes.core.Facts;

import java.util.List;
import java.util.function.Predicate;

/**
 * One question of the interview. It sets exactly one fact; its wording lives in content/interview/questions.yml.
 *
 * @param id      the fact it sets (a field name of {@link Facts})
 * @param kind    how it is answered
 * @param options the possible answers, as the fact's values (enum names, or "true"/"false")
 * @param asked   when it is needed, given what is already known
 */
public record Question(String id, Kind kind, List<String> options, Predicate<Facts> asked) {

    public enum Kind { SINGLE, MULTIPLE, DATE }

    public boolean isAskedFor(Facts facts) {
        return asked.test(facts);
    }
}
