package fr.reperes.core.content;

import fr.reperes.core.Voice;
import tools.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one feature, read from {@code content/}: texts by dotted key ({@code etapes.faire-appel.titre}),
 * and a few lists. A text is one sentence for everyone, or a pair {@code vous:} (the person answers) /
 * {@code tiers:} (someone answers for them). A text may use placeholders ({@code {date}}), filled in by the caller.
 * The feature says which keys it needs; a missing, unknown, empty or doubly defined text stops the application with
 * a message naming the file and the key.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z-]*)}");

    /** {@code lawyer}: null when the lawyer reads the third-person form. */
    private record Text(String person, String thirdPerson, String lawyer) {

        Text(String person, String thirdPerson) {
            this(person, thirdPerson, null);
        }

        String in(Voice voice) {
            return switch (voice) {
                case PERSON -> person;
                case THIRD_PERSON -> thirdPerson;
                case LAWYER -> lawyer != null ? lawyer : thirdPerson;
            };
        }

        List<String> forms() {
            return lawyer == null ? List.of(person, thirdPerson) : List.of(person, thirdPerson, lawyer);
        }
    }

    private final String where;
    private final Map<String, Text> texts;
    private final Map<String, List<String>> lists;

    private Texts(String where, Map<String, Text> texts, Map<String, List<String>> lists) {
        this.where = where;
        this.texts = Map.copyOf(texts);
        this.lists = Map.copyOf(lists);
    }

    /** Builds the texts of {@code trees} (file path → its YAML), recording every problem. */
    static Texts of(String where, Map<String, JsonNode> trees, Problems problems) {
        Map<String, Text> texts = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        trees.forEach((path, tree) -> read(path, "", tree, texts, lists, problems));
        return new Texts(where, texts, lists);
    }

    /** The text for everyone (or, for a pair, the person's form). */
    public String text(String key) {
        return text(key, Voice.PERSON);
    }

    public String text(String key, Voice voice) {
        Text text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Texte inconnu : " + key);
        }
        return text.in(voice);
    }

    /** The text with its placeholders filled in; a placeholder without a value is a programming error. */
    public String text(String key, Voice voice, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text(key, voice));
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Champ « " + matcher.group(1) + " » non fourni pour " + key);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    public List<String> list(String key) {
        return findList(key).orElseThrow(() -> new IllegalArgumentException("Liste inconnue : " + key));
    }

    public java.util.Optional<List<String>> findList(String key) {
        return java.util.Optional.ofNullable(lists.get(key));
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The keys of the texts (not of the lists), in the order of the files. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** The placeholders the text of {@code key} uses, in either form. */
    public Set<String> placeholders(String key) {
        Set<String> names = new LinkedHashSet<>();
        Text text = texts.get(key);
        if (text != null) {
            for (String form : text.forms()) {
                PLACEHOLDER.matcher(form).results().forEach(match -> names.add(match.group(1)));
            }
        }
        return names;
    }

    /** Records a problem for each of {@code keys} without a text. */
    public void require(Collection<String> keys, Problems problems) {
        keys.stream().filter(key -> !texts.containsKey(key)).forEach(key ->
                problems.add(where, "texte manquant pour la clé « " + key + " »"));
    }

    /** Like {@link #require}, and a problem for each text no key asks for (a typo, most likely). */
    public void requireExactly(Collection<String> keys, Problems problems) {
        require(keys, problems);
        Set<String> expected = Set.copyOf(keys);
        new TreeSet<>(texts.keySet()).stream().filter(key -> !expected.contains(key)).forEach(key ->
                problems.add(where, "clé inconnue « " + key + " » (faute de frappe ?)"));
    }

    /** Records a problem for each of {@code keys} that is not a list of texts. */
    public void requireLists(Collection<String> keys, Problems problems) {
        keys.stream().filter(key -> !lists.containsKey(key)).forEach(key ->
                problems.add(where, "liste « " + key + " » manquante ou vide"));
    }

    /** Records a problem for each placeholder of {@code key} outside {@code allowed}. */
    public void allowPlaceholders(String key, Collection<String> allowed, Problems problems) {
        placeholders(key).stream().filter(name -> !allowed.contains(name)).forEach(name ->
                problems.add(where, "clé « " + key + " » : champ inconnu « {" + name + "} » (champs possibles : "
                        + allowed + ")"));
    }

    private static void read(String path, String prefix, JsonNode node, Map<String, Text> texts,
                             Map<String, List<String>> lists, Problems problems) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && (value.has("vous") || value.has("tiers") || value.has("avocat"))) {
                boolean lawyer = value.has("avocat");
                if (value.size() == (lawyer ? 3 : 2) && value.path("vous").isString() && value.path("tiers").isString()
                        && (!lawyer || value.path("avocat").isString())) {
                    add(path, key, new Text(value.get("vous").asString().strip(), value.get("tiers").asString().strip(),
                            lawyer ? value.get("avocat").asString().strip() : null), texts, lists, problems);
                } else {
                    problems.add(path, "clé « " + key + " » : il faut deux textes, « vous » et « tiers », et au plus "
                            + "un troisième, « avocat »");
                }
            } else if (value.isObject()) {
                read(path, key + ".", value, texts, lists, problems);
            } else if (value.isString()) {
                add(path, key, new Text(value.asString().strip(), value.asString().strip()), texts, lists, problems);
            } else if (value.isArray() && !value.isEmpty()) {
                List<String> items = new java.util.ArrayList<>();
                for (JsonNode item : value) {
                    if (item.isString() && !item.asString().isBlank()) {
                        items.add(item.asString().strip());
                    } else {
                        problems.add(path, "clé « " + key + " » : chaque élément doit être un texte non vide");
                    }
                }
                if (lists.putIfAbsent(key, List.copyOf(items)) != null || texts.containsKey(key)) {
                    problems.add(path, "clé « " + key + " » déjà définie");
                }
            } else {
                problems.add(path, "clé « " + key + " » : un texte non vide est attendu");
            }
        }
    }

    private static void add(String path, String key, Text text, Map<String, Text> texts,
                            Map<String, List<String>> lists, Problems problems) {
        if (text.forms().stream().anyMatch(String::isEmpty)) {
            problems.add(path, "clé « " + key + " » : un texte non vide est attendu");
        } else if (texts.putIfAbsent(key, text) != null || lists.containsKey(key)) {
            problems.add(path, "clé « " + key + " » déjà définie");
        }
    }
}
