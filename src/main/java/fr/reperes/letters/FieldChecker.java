package fr.reperes.letters;

import fr.reperes.core.content.Problems;
import fr.reperes.letters.CatalogueFiles.Field;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a field as declared (and merged with the shared one) into a {@link LetterField}, with what only the whole
 * declaration can tell: a valid id, a label, options for a choice and only for it, a default among the options, a
 * prefill from a date for a date field.
 */
final class FieldChecker {

    static final Pattern FIELD_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern OPTION_VALUE = Pattern.compile("[a-z0-9_]+|[A-Z_]+");
    private static final Pattern AUTOCOMPLETE = Pattern.compile("(section-[a-z0-9-]+ )?[a-z0-9-]+");
    static final String TODAY = "aujourd'hui";
    private static final int TEXT_MAX = 200;
    private static final int TEXTAREA_MAX = 6000;

    private final String where;
    private final Set<String> groups;
    private final Problems problems;

    FieldChecker(String where, Set<String> groups, Problems problems) {
        this.where = where;
        this.groups = groups;
        this.problems = problems;
    }

    /** The field, or null when its declaration has a problem (recorded). */
    LetterField check(Field field) {
        String id = field.id() == null ? "" : field.id();
        String at = "champ de formulaire « " + id + " »";
        int before = problems.size();
        if (!FIELD_ID.matcher(id).matches()) {
            problems.add(where, "identifiant de champ invalide « " + id
                    + " » (minuscules, chiffres et _ ; commence par une lettre)");
        }
        if (blank(field.label())) {
            problems.add(where, at + " : « label » manquant (le libellé que l'utilisateur lit)");
        }
        FieldType type = field.type();
        if (type == null) {
            problems.add(where, at + " : « type » absent ou invalide (attendu : text, textarea, date, postcode, email, choice)");
            type = FieldType.TEXT;
        }
        String group = field.group() == null ? "demande" : field.group();
        if (!groups.contains(group)) {
            problems.add(where, at + " : groupe inconnu « " + group + " » (attendu : " + groups + ")");
        }
        List<LetterField.Option> options = type == FieldType.CHOICE ? options(field, at) : List.of();
        if (type != FieldType.CHOICE && field.options() != null) {
            problems.add(where, at + " : « options » n'a de sens que pour un champ de type choice");
        }
        int maxLength = type == FieldType.TEXTAREA ? TEXTAREA_MAX : TEXT_MAX;
        String pattern = null;
        String message = null;
        boolean notFuture = false;
        if (field.validation() != null) {
            CatalogueFiles.Validation validation = field.validation();
            maxLength = validation.maxLength() != null && validation.maxLength() > 0 ? validation.maxLength() : maxLength;
            pattern = validation.pattern();
            message = validation.message();
            notFuture = Boolean.TRUE.equals(validation.notFuture());
            checkPattern(pattern, message, at);
            if (notFuture && type != FieldType.DATE) {
                problems.add(where, at + " : « validation.not_future » ne s'applique qu'à une date");
            }
        }
        checkDefault(field.defaultValue(), type, options, at);
        LetterField.Condition when = field.when() == null ? null : condition(field.when(), at);
        if (field.facts() != null && type == FieldType.DATE && !field.facts().isDate()) {
            problems.add(where, at + " : « facts » : « " + field.facts() + " » n'est pas une date");
        }
        if (field.autocomplete() != null && !AUTOCOMPLETE.matcher(field.autocomplete().strip()).matches()) {
            problems.add(where, at + " : « autocomplete » : « " + field.autocomplete() + " » n'est pas un jeton HTML "
                    + "(par exemple « postal-code » ou « section-signataire email »)");
        }
        if (problems.size() > before) {
            return null;
        }
        return new LetterField(id, field.label().strip(), type, Boolean.TRUE.equals(field.required()),
                field.help() == null ? "" : field.help().strip(), group, options, when, maxLength, pattern, message,
                notFuture, field.defaultValue() == null ? null : field.defaultValue().strip(), field.facts(),
                field.autocomplete() == null ? null : field.autocomplete().strip());
    }

    private List<LetterField.Option> options(Field field, String at) {
        if (field.options() == null || field.options().isEmpty()) {
            problems.add(where, at + " : un champ choice doit avoir une liste « options » non vide");
            return List.of();
        }
        Set<String> excluded = new HashSet<>(field.excludeOptions() == null ? List.of() : field.excludeOptions());
        Set<String> seen = new HashSet<>();
        List<LetterField.Option> options = new java.util.ArrayList<>();
        for (CatalogueFiles.Option option : field.options()) {
            String value = option.value() == null ? "" : option.value();
            if (!OPTION_VALUE.matcher(value).matches() || !seen.add(value)) {
                problems.add(where, at + " : valeur d'option invalide ou en double « " + value + " »");
                continue;
            }
            List<String> flags = option.flags() == null ? List.of() : option.flags();
            flags.stream().filter(flag -> !FIELD_ID.matcher(flag).matches()).forEach(flag ->
                    problems.add(where, at + " : option « " + value + " » : drapeau invalide « " + flag + " »"));
            if (!excluded.contains(value) && !blank(option.label())) {
                options.add(new LetterField.Option(value, option.label().strip(),
                        option.text() == null ? null : option.text().strip(), flags,
                        option.facts() == null ? List.of() : option.facts()));
            }
        }
        excluded.stream().filter(value -> !seen.contains(value)).forEach(value ->
                problems.add(where, at + " : « exclude_options » : option inconnue « " + value + " »"));
        return options;
    }

    private void checkPattern(String pattern, String message, String at) {
        if (pattern == null) {
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.add(where, at + " : « validation.pattern » : expression régulière invalide");
        }
        if (blank(message)) {
            problems.add(where, at + " : « validation.pattern » sans « message » (le texte d'erreur affiché en français)");
        }
    }

    private void checkDefault(String value, FieldType type, List<LetterField.Option> options, String at) {
        if (value == null) {
            return;
        }
        String text = value.strip();
        if (type == FieldType.CHOICE && options.stream().noneMatch(option -> option.value().equals(text))) {
            problems.add(where, at + " : « default » « " + text + " » n'est pas une des options");
        }
        if (type == FieldType.DATE && !text.equals(TODAY) && LetterValidator.parseDate(text) == null) {
            problems.add(where, at + " : « default » doit être une date AAAA-MM-JJ ou « " + TODAY + " »");
        }
    }

    /** Parses "field=value1,value2"; the field and values are checked once all fields are known. */
    private LetterField.Condition condition(String text, String at) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            problems.add(where, at + " : « when » doit avoir la forme « champ=valeur » ou « champ=valeur1,valeur2 »");
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String part : text.substring(equals + 1).split(",")) {
            values.add(part.strip());
        }
        return new LetterField.Condition(text.substring(0, equals).strip(), values);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
