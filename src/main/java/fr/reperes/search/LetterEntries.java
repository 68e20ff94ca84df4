package fr.reperes.search;

import fr.reperes.core.Links;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.LetterId;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letters as the search shows them, from {@code content/search/letters.yml} ({@code id: {title,
 * description}}). Every {@link LetterId} must have an entry and no other id may appear, so that a result never
 * leads to a letter that does not exist. (Stand-in until the letter catalogue provides titles and
 * descriptions itself.)
 */
final class LetterEntries {

    static final String FILE = "search/letters.yml";

    private LetterEntries() {
    }

    static List<SearchDocument> of(SourceFile file) {
        List<String> problems = new ArrayList<>();
        Map<?, ?> entries = parse(file, problems);
        List<SearchDocument> letters = new ArrayList<>();
        for (LetterId letter : LetterId.values()) {
            String id = letter.id();
            if (!(entries.get(id) instanceof Map<?, ?> entry)) {
                problems.add(file.path() + " : lettre « " + id + " » absente (attendu : titre et description)");
                continue;
            }
            String title = text(entry, "title", id, file, problems);
            String description = text(entry, "description", id, file, problems);
            if (title != null && description != null) {
                letters.add(new SearchDocument(id, ResultType.LETTRE, "/" + Links.letter(letter), title, description,
                        List.of(), List.of(), "", Set.of()));
            }
        }
        for (Object id : entries.keySet()) {
            if (LetterId.byId(String.valueOf(id)).isEmpty()) {
                problems.add(file.path() + " : lettre inconnue « " + id + " » (les identifiants admis sont ceux des "
                        + "fichiers de content/letters/)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return letters;
    }

    private static Map<?, ?> parse(SourceFile file, List<String> problems) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.text());
            if (parsed instanceof Map<?, ?> map) {
                return map;
            }
            problems.add(file.path() + " : une liste « identifiant: {title, description} » est attendue");
        } catch (YAMLException e) {
            problems.add(file.path() + " : YAML illisible (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return Map.of();
    }

    private static String text(Map<?, ?> entry, String field, String id, SourceFile file, List<String> problems) {
        Object value = entry.get(field);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || String.valueOf(value).isBlank()) {
            problems.add(file.path() + " : lettre « " + id + " » : champ « " + field + " » manquant ou vide");
            return null;
        }
        return String.valueOf(value).strip();
    }
}
