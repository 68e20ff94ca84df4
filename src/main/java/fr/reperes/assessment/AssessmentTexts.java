package fr.reperes.assessment;

import fr.reperes.assessment.rules.Rulebook;
import fr.reperes.assessment.rules.StepId;
import fr.reperes.assessment.rules.TextKey;
import fr.reperes.assessment.rules.TextKeys;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.content.ContentLibrary;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French wording of the assessment, read from {@code content/assessment/*.yml} at start-up and checked
 * against what the rules can ask for: a missing text, an unused one, an unknown {@code {placeholder}} or a link
 * to a missing page stops the application with a message naming the key.
 *
 * <p>A text is either one sentence for everyone, or a pair {@code vous:} (the person answers) / {@code tiers:}
 * (a relative, an association or a lawyer answers, speaking of "la personne").
 */
@Component
public class AssessmentTexts {

    static final String FOLDER = "assessment/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z-]*)}");
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private record Text(String person, String thirdPerson) {
    }

    private final Map<String, Text> texts;

    public AssessmentTexts(ContentFiles files, ContentLibrary library) {
        List<String> problems = new ArrayList<>();
        Map<String, Text> loaded = new LinkedHashMap<>();
        List<SourceFile> sources = files.read(FOLDER + "*.yml");
        if (sources.isEmpty()) {
            problems.add("content/" + FOLDER + " : aucun fichier de textes (*.yml) trouvé");
        }
        for (SourceFile source : sources) {
            read(source, loaded, problems);
        }
        Set<String> required = new HashSet<>();
        for (TextKey key : TextKeys.all()) {
            required.add(key.key());
            Text text = loaded.get(key.key());
            if (text == null) {
                problems.add("content/" + FOLDER + " : texte manquant pour la clé « " + key.key() + " »");
                continue;
            }
            for (String variant : List.of(text.person(), text.thirdPerson())) {
                Matcher matcher = PLACEHOLDER.matcher(variant);
                while (matcher.find()) {
                    if (!key.params().contains(matcher.group(1))) {
                        problems.add("content/" + FOLDER + " : clé « " + key.key() + " » : champ inconnu « {"
                                + matcher.group(1) + "} » (champs possibles : " + key.params() + ")");
                    }
                }
            }
        }
        for (String key : new TreeSet<>(loaded.keySet())) {
            if (!required.contains(key)) {
                problems.add("content/" + FOLDER + " : clé inconnue « " + key
                        + " » (aucune règle ne l'utilise : faute de frappe ?)");
            }
        }
        Set<String> pages = new LinkedHashSet<>(Rulebook.regimePages());
        for (StepId step : StepId.values()) {
            if (step.page() != null) {
                pages.add(step.page());
            }
        }
        for (String page : pages) {
            if (library.page(page).isEmpty()) {
                problems.add("content/pages/ : la fiche « " + page + " » citée par l'évaluation n'existe pas");
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        this.texts = Map.copyOf(loaded);
    }

    /** The wording of {@code key} for the one answering, with its placeholders filled in. */
    public String text(TextKey key, boolean thirdPerson, Map<String, ?> values) {
        Text text = texts.get(key.key());
        if (text == null) {
            throw new IllegalArgumentException("Texte inconnu : " + key.key());
        }
        String wording = thirdPerson ? text.thirdPerson() : text.person();
        Matcher matcher = PLACEHOLDER.matcher(wording);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Champ « " + matcher.group(1) + " » non fourni pour " + key.key());
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(format(value, thirdPerson)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    public String text(TextKey key, boolean thirdPerson) {
        return text(key, thirdPerson, Map.of());
    }

    /** A date as a French reader writes it: "lundi 3 mars 2026", "mardi 1er décembre 2026". */
    public static String frenchDate(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return date.format(WEEKDAY) + " " + day + " " + date.format(MONTH_YEAR);
    }

    private String format(Object value, boolean thirdPerson) {
        if (value instanceof LocalDate date) {
            return frenchDate(date);
        }
        if (value instanceof TextKey key) {
            return text(key, thirdPerson);
        }
        if (value instanceof List<?> items) {
            List<String> words = items.stream().map(item -> format(item, thirdPerson)).toList();
            if (words.size() <= 1) {
                return String.join("", words);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " et " + words.getLast();
        }
        return String.valueOf(value);
    }

    private static void read(SourceFile source, Map<String, Text> loaded, List<String> problems) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            // A key written twice would silently replace the first text: refuse it.
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(source.text());
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add(source.path() + " : YAML illisible (" + message + ")");
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(source.path() + " : le fichier doit être une suite de clés « nom: texte »");
            return;
        }
        flatten(source.path(), "", map, loaded, problems);
    }

    private static void flatten(String path, String prefix, Map<?, ?> node, Map<String, Text> loaded,
                                List<String> problems) {
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            Text text = null;
            if (value instanceof String sentence) {
                text = new Text(sentence.strip(), sentence.strip());
            } else if (value instanceof Map<?, ?> map && (map.containsKey("vous") || map.containsKey("tiers"))) {
                if (map.size() == 2 && map.get("vous") instanceof String person
                        && map.get("tiers") instanceof String thirdPerson) {
                    text = new Text(person.strip(), thirdPerson.strip());
                } else {
                    problems.add(path + " : clé « " + key + " » : il faut exactement deux textes, « vous » et « tiers »");
                    continue;
                }
            } else if (value instanceof Map<?, ?> map) {
                flatten(path, key + ".", map, loaded, problems);
                continue;
            } else {
                problems.add(path + " : clé « " + key + " » : un texte est attendu");
                continue;
            }
            if (text.person().isEmpty() || text.thirdPerson().isEmpty()) {
                problems.add(path + " : clé « " + key + " » : texte vide");
            } else if (loaded.putIfAbsent(key, text) != null) {
                problems.add(path + " : clé « " + key + " » déjà définie");
            }
        }
    }
}
