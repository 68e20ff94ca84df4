package fr.reperes.letters;

import fr.reperes.core.Facts;
import fr.reperes.core.Signatory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the interview already knows, put into a letter's fields: each field says which answer fills it
 * ({@code facts:} in the catalogue), each choice which answers select it. Who signs follows the protective measure:
 * under tutelle, the letter's {@code under_tutelle} signatory (the protector acts or co-signs where the law
 * requires it); otherwise the person signs, also when a relative or an association prepares the letter.
 */
final class LetterPrefill {

    private LetterPrefill() {
    }

    static Map<String, String> prefill(Letter letter, Facts facts, LocalDate today) {
        Facts known = facts == null ? Facts.unknown() : facts;
        Map<String, String> values = new LinkedHashMap<>();
        for (LetterField field : letter.fields()) {
            String value = null;
            if (field.id().equals(LetterField.SIGNATORY)) {
                value = signatory(letter, known).name();
            } else if (field.type() == FieldType.CHOICE) {
                value = field.options().stream()
                        .filter(option -> option.facts().stream().anyMatch(condition -> condition.holds(known)))
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

    static Signatory signatory(Letter letter, Facts facts) {
        if (facts.protection() == Facts.Protection.TUTELLE) {
            return letter.underTutelle();
        }
        return letter.allows(Signatory.PERSON) ? Signatory.PERSON : letter.signatories().getFirst().signatory();
    }
}
