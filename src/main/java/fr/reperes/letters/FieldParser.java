package fr.reperes.letters;

import fr.reperes.core.Facts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds a {@link LetterField} from its YAML declaration, collecting every problem in French. */
final class FieldParser {

    static final Pattern FIELD_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern OPTION_VALUE = Pattern.compile("[a-z0-9_]+|[A-Z_]+");
    static final String TODAY = "aujourd'hui";
    static final Set<String> KEYS = Set.of("id", "label", "type", "required", "help", "group", "options",
            "exclude_options", "when", "validation", "default", "facts");
    private static final Set<String> VALIDATION_KEYS = Set.of("max_length", "pattern", "message", "not_future");
    private static final int TEXT_MAX = 200;
    private static final int TEXTAREA_MAX = 6000;

    private FieldParser() {
    }

    static LetterField parse(Map<String, Object> map, String where, Set<String> groups, List<String> problems) {
        String id = text(map.get("id"));
        String at = where + " : champ de formulaire « " + id + " »";
        int before = problems.size();
        if (!FIELD_ID.matcher(id).matches()) {
            problems.add(where + " : identifiant de champ invalide « " + id
                    + " » (minuscules, chiffres et _ ; commence par une lettre)");
        }
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(at + " : clé inconnue « " + key + " » (attendu : " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String label = text(map.get("label"));
        if (label.isBlank()) {
            problems.add(at + " : « label » manquant (le libellé que l'utilisateur lit)");
        }
        FieldType type = FieldType.byId(text(map.get("type"))).orElse(null);
        if (type == null) {
            problems.add(at + " : « type » inconnu « " + text(map.get("type"))
                    + " » (attendu : text, textarea, date, postcode, email, choice)");
            type = FieldType.TEXT;
        }
        String group = map.containsKey("group") ? text(map.get("group")) : "demande";
        if (!groups.contains(group)) {
            problems.add(at + " : groupe inconnu « " + group + " » (attendu : " + groups + ")");
        }
        List<LetterField.Option> options = type == FieldType.CHOICE ? options(map, at, problems) : List.of();
        if (type != FieldType.CHOICE && map.containsKey("options")) {
            problems.add(at + " : « options » n'a de sens que pour un champ de type choice");
        }
        Validation validation = validation(map.get("validation"), type, at, problems);
        String defaultValue = defaultValue(map.get("default"), type, options, at, problems);
        LetterField.Condition when = map.containsKey("when") ? condition(map.get("when"), at, problems) : null;
        String facts = map.containsKey("facts") ? text(map.get("facts")) : null;
        if (facts != null) {
            RecordComponent component = factComponent(facts);
            if (component == null) {
                problems.add(at + " : « facts » : « " + facts + " » n'est pas une réponse du questionnaire");
            } else if (type == FieldType.DATE && component.getType() != LocalDate.class) {
                problems.add(at + " : « facts » : « " + facts + " » n'est pas une date");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new LetterField(id, label, type, Boolean.TRUE.equals(map.get("required")), text(map.get("help")), group,
                options, when, validation.maxLength, validation.pattern, validation.message, validation.notFuture,
                defaultValue, facts);
    }

    /** Parses "field=value1,value2"; the field and values are checked by the caller, once all fields are known. */
    static LetterField.Condition condition(Object value, String at, List<String> problems) {
        String text = text(value);
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            problems.add(at + " : « when » doit avoir la forme « champ=valeur » ou « champ=valeur1,valeur2 »");
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : text.substring(equals + 1).split(",")) {
            values.add(part.strip());
        }
        return new LetterField.Condition(text.substring(0, equals).strip(), values);
    }

    private static List<LetterField.Option> options(Map<String, Object> map, String at, List<String> problems) {
        if (!(map.get("options") instanceof List<?> items) || items.isEmpty()) {
            problems.add(at + " : un champ choice doit avoir une liste « options » non vide");
            return List.of();
        }
        Set<String> excluded = new HashSet<>();
        if (map.get("exclude_options") instanceof List<?> list) {
            list.forEach(item -> excluded.add(text(item)));
        }
        List<LetterField.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> option)) {
                problems.add(at + " : chaque option doit être de la forme {value: …, label: …}");
                continue;
            }
            String value = text(option.get("value"));
            if (!OPTION_VALUE.matcher(value).matches() || !seen.add(value)) {
                problems.add(at + " : valeur d'option invalide ou en double « " + value + " »");
                continue;
            }
            if (text(option.get("label")).isBlank()) {
                problems.add(at + " : option « " + value + " » sans « label »");
                continue;
            }
            List<String> flags = strings(option.get("flags"));
            for (String flag : flags) {
                if (!FIELD_ID.matcher(flag).matches()) {
                    problems.add(at + " : option « " + value + " » : drapeau invalide « " + flag + " »");
                }
            }
            List<String> facts = strings(option.get("facts"));
            facts.forEach(condition -> checkFactCondition(condition, at + " : option « " + value + " »", problems));
            if (!excluded.contains(value)) {
                options.add(new LetterField.Option(value, text(option.get("label")),
                        option.containsKey("text") ? text(option.get("text")) : null, flags, facts));
            }
        }
        excluded.stream().filter(value -> !seen.contains(value)).forEach(value ->
                problems.add(at + " : « exclude_options » : option inconnue « " + value + " »"));
        return options;
    }

    private record Validation(int maxLength, String pattern, String message, boolean notFuture) {
    }

    private static Validation validation(Object value, FieldType type, String at, List<String> problems) {
        int max = type == FieldType.TEXTAREA ? TEXTAREA_MAX : TEXT_MAX;
        if (value == null) {
            return new Validation(max, null, null, false);
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(at + " : « validation » doit être une liste de règles (max_length, pattern, message, not_future)");
            return new Validation(max, null, null, false);
        }
        map.keySet().stream().map(String::valueOf).filter(key -> !VALIDATION_KEYS.contains(key)).forEach(key ->
                problems.add(at + " : « validation » : règle inconnue « " + key + " » (attendu : " + VALIDATION_KEYS + ")"));
        if (map.get("max_length") instanceof Integer length && length > 0) {
            max = length;
        } else if (map.containsKey("max_length")) {
            problems.add(at + " : « validation.max_length » doit être un nombre entier positif");
        }
        String pattern = map.containsKey("pattern") ? text(map.get("pattern")) : null;
        String message = map.containsKey("message") ? text(map.get("message")) : null;
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(at + " : « validation.pattern » : expression régulière invalide");
            }
            if (message == null || message.isBlank()) {
                problems.add(at + " : « validation.pattern » sans « message » (le texte d'erreur affiché en français)");
            }
        }
        boolean notFuture = Boolean.TRUE.equals(map.get("not_future"));
        if (notFuture && type != FieldType.DATE) {
            problems.add(at + " : « validation.not_future » ne s'applique qu'à une date");
        }
        return new Validation(max, pattern, message, notFuture);
    }

    private static String defaultValue(Object value, FieldType type, List<LetterField.Option> options, String at,
                                       List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("UTC")).toLocalDate().toString();
        }
        String text = text(value);
        if (type == FieldType.CHOICE && options.stream().noneMatch(option -> option.value().equals(text))) {
            problems.add(at + " : « default » « " + text + " » n'est pas une des options");
        }
        if (type == FieldType.DATE && !text.equals(TODAY) && LetterValidator.parseDate(text) == null) {
            problems.add(at + " : « default » doit être une date AAAA-MM-JJ ou « " + TODAY + " »");
        }
        return text;
    }

    /** Checks "component=VALUE" against the Facts record: the component exists and VALUE is one of its values. */
    static void checkFactCondition(String condition, String at, List<String> problems) {
        int equals = condition.indexOf('=');
        RecordComponent component = equals > 0 ? factComponent(condition.substring(0, equals)) : null;
        if (component == null) {
            problems.add(at + " : « facts » : condition invalide « " + condition
                    + " » (forme attendue « protection=TUTELLE », avec une réponse du questionnaire)");
            return;
        }
        String expected = condition.substring(equals + 1);
        Class<?> valueType = component.getType();
        if (Collection.class.isAssignableFrom(valueType)) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            valueType = (Class<?>) element;
        }
        boolean valid = valueType.isEnum()
                ? java.util.Arrays.stream(valueType.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(expected))
                : valueType == Boolean.class && (expected.equals("true") || expected.equals("false"));
        if (!valid) {
            problems.add(at + " : « facts » : valeur « " + expected + " » impossible pour « " + component.getName() + " »");
        }
    }

    static RecordComponent factComponent(String name) {
        for (RecordComponent component : Facts.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(FieldParser::text).toList();
        }
        return value == null ? List.of() : List.of(text(value));
    }
}
