package fr.reperes.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * "This answer was given", written {@code protection=TUTELLE} in content files: holds when the fact has that value
 * (for a list, when the list contains it). Parsed and checked against the possible values at start-up.
 */
public record FactCondition(FactName fact, String value) {

    @JsonCreator
    public static FactCondition parse(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        FactName fact = equals > 0 ? FactName.byId(text.substring(0, equals)).orElse(null) : null;
        if (fact == null) {
            throw new IllegalArgumentException("condition invalide « " + text
                    + " » (forme attendue « protection=TUTELLE », avec une réponse du questionnaire)");
        }
        String value = text.substring(equals + 1);
        if (!fact.possibleValues().contains(value)) {
            throw new IllegalArgumentException("valeur « " + value + " » impossible pour « " + fact.id() + " »");
        }
        return new FactCondition(fact, value);
    }

    public boolean holds(Facts facts) {
        return fact.values(facts).contains(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return fact.id() + "=" + value;
    }
}
