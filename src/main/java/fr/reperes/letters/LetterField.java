package fr.reperes.letters;

import fr.reperes.core.FactCondition;
import fr.reperes.core.FactName;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A field of a letter's form, as declared in {@code content/letters/}. A field with a {@code when} condition is
 * shown, checked and printed only while that condition holds (e.g. the doctor's address only when the file goes to
 * a doctor, the protector's name only when the protector signs).
 *
 * @param facts      for a text or date field, the answer of the questionnaire that prefills it
 * @param maxLength  the longest accepted value, in characters
 * @param pattern    an optional regular expression the value must match, with {@code patternMessage}
 * @param notFuture  a date that cannot be after today (a birth date, a decision already taken)
 * @param autocomplete what the browser may fill it with (an HTML {@code autocomplete} token such as
 *                     {@code postal-code}, {@code section-signataire email}); empty when nothing applies
 */
public record LetterField(String id, String label, FieldType type, boolean required, String help, String group,
                          List<Option> options, Condition when, int maxLength, String pattern, String patternMessage,
                          boolean notFuture, String defaultValue, FactName facts,
                          String autocomplete) {

    /** The name of the field every letter has, whose options are the letter's signatories. */
    public static final String SIGNATORY = "signataire";
    /** The first and last dates a letter accepts: before or after, the year is surely mistyped. */
    public static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(1900, 1, 1);
    public static final java.time.LocalDate LAST_DATE = java.time.LocalDate.of(2100, 12, 31);

    public LetterField {
        options = options == null ? List.of() : List.copyOf(options);
        help = help == null ? "" : help;
        autocomplete = autocomplete == null ? "" : autocomplete;
    }

    /** The same field, shown under another condition. */
    LetterField withCondition(Condition condition) {
        return new LetterField(id, label, type, required, help, group, options, condition, maxLength, pattern,
                patternMessage, notFuture, defaultValue, facts, autocomplete);
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** Whether the field is shown for these values (always, without a condition). */
    public boolean visibleFor(Map<String, String> values) {
        return when == null || when.holds(values);
    }

    /**
     * A choice offered to the user.
     *
     * @param text  the words printed in the letter for this choice (the label when absent)
     * @param flags extra template names set when this choice is selected (e.g. {@code tutelle})
     * @param facts answers of the questionnaire ({@code protection=TUTELLE}) that preselect this choice
     */
    public record Option(String value, String label, String text, List<String> flags, List<FactCondition> facts) {

        public Option {
            flags = flags == null ? List.of() : List.copyOf(flags);
            facts = facts == null ? List.of() : List.copyOf(facts);
            text = text == null ? label : text;
        }
    }

    /** "Shown when field {@code field} has one of {@code values}". */
    public record Condition(String field, Set<String> values) {

        public Condition {
            values = Set.copyOf(values);
        }

        public boolean holds(Map<String, String> answers) {
            String value = answers.get(field);
            return value != null && values.contains(value.strip());
        }
    }
}
