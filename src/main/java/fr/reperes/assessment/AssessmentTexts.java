package fr.reperes.assessment;

import fr.reperes.assessment.rules.TextKey;
import fr.reperes.assessment.rules.TextKeys;
import fr.reperes.core.Voice;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French wording of the assessment, from {@code content/assessment/*.yml}, checked at start-up against what the
 * rules can ask for: a missing text, an unused one or an unknown {@code {placeholder}} stops the application with a
 * message naming the key.
 */
@Component
public class AssessmentTexts {

    static final String FILES = "assessment/*.yml";
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final Texts texts;

    public AssessmentTexts(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILES, problems);
        List<TextKey> keys = new java.util.ArrayList<>(TextKeys.all());
        keys.addAll(InBriefKeys.all());
        keys.addAll(ResultPageTexts.all());
        texts.requireExactly(keys.stream().map(TextKey::key).toList(), problems);
        keys.forEach(key -> texts.allowPlaceholders(key.key(), key.params(), problems));
        problems.throwIfAny();
    }

    /** The wording of {@code key} for the one answering, with its placeholders filled in. */
    public String text(TextKey key, Voice voice, Map<String, ?> values) {
        Map<String, String> words = new LinkedHashMap<>();
        values.forEach((name, value) -> words.put(name, format(value, voice)));
        return texts.text(key.key(), voice, words);
    }

    public String text(TextKey key, Voice voice) {
        return text(key, voice, Map.of());
    }

    /** A date as a French reader writes it: "lundi 3 mars 2026", "mardi 1er décembre 2026". */
    public static String frenchDate(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return date.format(WEEKDAY) + " " + day + " " + date.format(MONTH_YEAR);
    }

    private String format(Object value, Voice voice) {
        if (value instanceof LocalDate date) {
            return frenchDate(date);
        }
        if (value instanceof TextKey key) {
            return text(key, voice);
        }
        if (value instanceof List<?> items) {
            List<String> words = items.stream().map(item -> format(item, voice)).toList();
            if (words.size() <= 1) {
                return String.join("", words);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " et " + words.getLast();
        }
        return String.valueOf(value);
    }
}
