package fr.reperes.letters;

import fr.reperes.assessment.Assessment.LetterProposal;
import fr.reperes.core.FactCondition;
import fr.reperes.core.FactName;
import fr.reperes.core.Facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the interview already knows, put into a letter's fields. Who signs, and the protective measure the letter
 * states, are the assessment's proposal (the rules that decide them cite the law); the rest is copied: each field
 * says which answer fills it ({@code facts:} in the catalogue), each choice which answers select it.
 */
final class LetterPrefill {

    private LetterPrefill() {
    }

    static Map<String, String> prefill(Letter letter, Facts facts, LetterProposal proposal, LocalDate today) {
        Facts known = facts == null ? Facts.unknown() : facts;
        Map<String, String> values = new LinkedHashMap<>();
        for (LetterField field : letter.fields()) {
            String value = null;
            if (field.id().equals(LetterField.SIGNATORY)) {
                value = (letter.allows(proposal.signatory()) ? proposal.signatory()
                        : letter.signatories().getFirst().signatory()).name();
            } else if (field.type() == FieldType.CHOICE) {
                value = field.options().stream()
                        .filter(option -> option.facts().stream().anyMatch(condition -> holds(condition, known, proposal)))
                        .map(LetterField.Option::value).findFirst().orElse(null);
            } else if (field.facts() != null) {
                value = field.facts().values(known).stream().findFirst().orElse(null);
            }
            if (value == null && field.defaultValue() != null) {
                value = field.defaultValue().equals(FieldChecker.TODAY) ? today.toString() : field.defaultValue();
            }
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        return values;
    }

    /** The protective measure is the one the proposal states; other answers are read as given. */
    private static boolean holds(FactCondition condition, Facts facts, LetterProposal proposal) {
        if (condition.fact() == FactName.PROTECTION) {
            return proposal.protection() != null && proposal.protection().name().equals(condition.value());
        }
        return condition.holds(facts);
    }
}
