package fr.reperes.letters;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter under every combination of its choices (signatory, protection, sending, the letter's own options;
 * a seeded sample of 1,500 where a letter has more), each text field filled with a value that can be found again:
 * every field the form asks is printed somewhere in the letter or its instruction page, a field the form does not
 * ask is never printed, and no sentence is left broken (placeholder, empty parentheses, "lui" with no one named,
 * space before a comma, internal note).
 */
class LetterCompositionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LetterService LETTERS = LetterServiceFixture.service(
            Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Paris")));
    private static final int SAMPLE = 1_500;
    private static final Pattern BROKEN = Pattern.compile(
            "\\{\\{|}}|\\[|]|\\(\\s*\\)|\\s[,.](?!\\d)|[:;,]\\s*[.,]|\\bnull\\b|(?i)article[^.\\n]{0,30}à vérifier|\\bTODO\\b|  ");

    /** A value the letter can print and the test can find again, valid for the field. */
    private static String value(LetterField field, int index) {
        return switch (field.type()) {
            case DATE -> field.id().equals("date_lettre") ? "02/12/2026"
                    : String.format("%02d/03/1985", 1 + index % 28);
            case POSTCODE -> String.format("69%03d", 100 + index);
            case EMAIL -> "mq" + field.id().replace("_", "") + "@exemple.fr";
            default -> field.pattern() != null ? String.format("01 23 45 %02d %02d", index / 100, index % 100)
                    : "Mq" + field.id().replace("_", "") + "qM";
        };
    }

    /** How the value shows in the letter (dates in words). */
    private static String printed(LetterField field, String value) {
        if (field.type() == FieldType.DATE) {
            return LetterComposer.frenchDate(LetterValidator.parseDate(value));
        }
        return value;
    }

    private static List<Map<String, String>> combinations(Letter letter) {
        List<LetterField> choices = letter.fields().stream().filter(f -> f.type() == FieldType.CHOICE).toList();
        long total = 1;
        for (LetterField choice : choices) {
            total *= choice.options().size();
        }
        List<Map<String, String>> combinations = new ArrayList<>();
        Random random = new Random(letter.id().toString().hashCode());
        long count = Math.min(total, SAMPLE);
        for (long n = 0; n < count; n++) {
            Map<String, String> values = new LinkedHashMap<>();
            long rest = n;
            for (LetterField choice : choices) {
                int size = choice.options().size();
                int pick = total <= SAMPLE ? (int) (rest % size) : random.nextInt(size);
                rest /= size;
                values.put(choice.id(), choice.options().get(pick).value());
            }
            combinations.add(values);
        }
        return combinations;
    }

    @Test
    void everyLetterReadsWellAndPrintsWhatItAsksInEveryCombination() {
        Map<String, String> problems = new java.util.TreeMap<>(); // problem → first combination that shows it
        int composed = 0;
        for (Letter letter : LETTERS.letters()) {
            for (Map<String, String> choices : combinations(letter)) {
                Map<String, String> values = new LinkedHashMap<>(choices);
                int index = 0;
                for (LetterField field : letter.fields()) {
                    if (field.type() != FieldType.CHOICE) {
                        values.put(field.id(), value(field, index++));
                    }
                }
                String where = letter.id().toString();
                String example = " (par exemple " + choices + ")";
                Map<String, String> errors = LETTERS.validate(letter.id(), values);
                if (!errors.isEmpty()) {
                    problems.putIfAbsent(where + " : refusé " + errors, example);
                    continue;
                }
                ComposedLetter result = LETTERS.compose(letter.id(), values);
                String text = LETTERS.text(result, true).replace('\u00A0', ' ').replace('\u202F', ' ');
                composed++;
                for (LetterField field : letter.fields()) {
                    if (field.type() == FieldType.CHOICE) {
                        continue;
                    }
                    String shown = printed(field, values.get(field.id()));
                    boolean asked = field.visibleFor(values);
                    if (asked && !text.contains(shown)) {
                        problems.putIfAbsent(where + " : « " + field.label() + " » demandé mais jamais imprimé", example);
                    } else if (!asked && text.contains(shown) && field.type() != FieldType.DATE) {
                        problems.putIfAbsent(where + " : « " + field.label() + " » imprimé sans être demandé", example);
                    }
                }
                var broken = BROKEN.matcher(text);
                if (broken.find()) {
                    int from = Math.max(0, broken.start() - 60);
                    problems.putIfAbsent(where + " : phrase cassée « " + text.substring(from,
                            Math.min(text.length(), broken.end() + 40)).replace('\n', '⏎') + " »", example);
                }
                if (text.contains(" lui ") && "non_precise".equals(values.get("suite"))) {
                    problems.putIfAbsent(where + " : « lui » sans personne nommée", example);
                }
            }
        }
        assertThat(composed).as("lettres composées").isGreaterThan(5_000);
        assertThat(problems.entrySet().stream().map(e -> e.getKey() + e.getValue()).toList()).isEmpty();
    }
}
