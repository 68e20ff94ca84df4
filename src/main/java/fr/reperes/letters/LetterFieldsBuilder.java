package fr.reperes.letters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.reperes.letters.FieldParser.strings;
import static fr.reperes.letters.FieldParser.text;

/**
 * Builds a letter's form: the signatory choice, the shared fields of {@code _commun.yml} (each letter may adjust a
 * label, a default, make one required, or leave one out with {@code without}), then the letter's own fields.
 * Shared fields that only concern signatories the letter does not allow (the protector's address in a letter only
 * the person signs) are left out.
 */
final class LetterFieldsBuilder {

    private LetterFieldsBuilder() {
    }

    static List<LetterField> build(Map<String, Object> yaml, Map<String, Map<String, Object>> commonFields,
                                   List<String> standardFields, List<Letter.SignatoryChoice> signatories,
                                   LetterLayout layout, String where, List<String> problems) {
        Set<String> groups = new HashSet<>();
        layout.groups().forEach(group -> groups.add(group.id()));
        Map<String, Map<String, Object>> overrides = new LinkedHashMap<>();
        Object declared = yaml.get("fields");
        if (declared != null && !(declared instanceof List<?>)) {
            problems.add(where + " : champ « fields » : une liste est attendue");
        } else if (declared != null) {
            for (Object item : (List<?>) declared) {
                Map<String, Object> map = LetterCatalogueLoader.stringKeys(item);
                String id = map == null ? text(item) : text(map.get("id"));
                if (map == null && !commonFields.containsKey(id)) {
                    problems.add(where + " : champ de formulaire « " + id + " » : inconnu dans _commun.yml (déclarez-le en entier)");
                } else if (overrides.put(id, map == null ? Map.of() : map) != null) {
                    problems.add(where + " : champ de formulaire « " + id + " » déclaré deux fois");
                }
            }
        }
        Set<String> without = new HashSet<>(strings(yaml.get("without")));
        without.stream().filter(id -> !standardFields.contains(id)).forEach(id ->
                problems.add(where + " : champ « without » : « " + id + " » n'est pas un champ commun"));

        Set<String> allowed = new HashSet<>();
        signatories.forEach(choice -> allowed.add(choice.signatory().name()));
        List<LetterField> fields = new ArrayList<>();
        fields.add(signatoryField(signatories, layout));
        Set<String> order = new LinkedHashSet<>();
        standardFields.stream().filter(id -> !without.contains(id)).forEach(order::add);
        order.addAll(overrides.keySet());
        for (String id : order) {
            Map<String, Object> merged = new LinkedHashMap<>(commonFields.getOrDefault(id, Map.of()));
            merged.putAll(overrides.getOrDefault(id, Map.of()));
            merged.put("id", id);
            LetterField field = FieldParser.parse(merged, where, groups, problems);
            if (field == null) {
                continue;
            }
            LetterField.Condition when = field.when();
            if (when != null && when.field().equals(LetterField.SIGNATORY)) {
                Set<String> values = new LinkedHashSet<>(when.values());
                values.retainAll(allowed);
                if (values.isEmpty()) {
                    if (!overrides.containsKey(id) || commonFields.containsKey(id)) {
                        continue; // a shared field for a signatory this letter does not have
                    }
                    problems.add(where + " : champ de formulaire « " + id + " » : « when » ne vise aucun signataire de la lettre");
                    continue;
                }
                field = withCondition(field, new LetterField.Condition(when.field(), values));
            }
            fields.add(field);
        }
        checkConditions(fields, where, problems);
        return fields;
    }

    private static LetterField signatoryField(List<Letter.SignatoryChoice> signatories, LetterLayout layout) {
        List<LetterField.Option> options = signatories.stream()
                .map(choice -> new LetterField.Option(choice.signatory().name(), choice.label(), choice.label(),
                        choice.signatory().flags(), List.of()))
                .toList();
        String first = signatories.isEmpty() ? Signatory.PERSON.name() : signatories.getFirst().signatory().name();
        return new LetterField(LetterField.SIGNATORY, layout.word("signataire_libelle"), FieldType.CHOICE, true,
                layout.word("signataire_aide"), "signature", options, null, 40, null, null, false, first, null);
    }

    private static LetterField withCondition(LetterField f, LetterField.Condition when) {
        return new LetterField(f.id(), f.label(), f.type(), f.required(), f.help(), f.group(), f.options(), when,
                f.maxLength(), f.pattern(), f.patternMessage(), f.notFuture(), f.defaultValue(), f.facts());
    }

    private static void checkConditions(List<LetterField> fields, String where, List<String> problems) {
        Map<String, LetterField> byId = new LinkedHashMap<>();
        fields.forEach(field -> byId.put(field.id(), field));
        for (LetterField field : fields) {
            LetterField.Condition when = field.when();
            if (when == null) {
                continue;
            }
            LetterField target = byId.get(when.field());
            if (target == null || target.type() != FieldType.CHOICE) {
                problems.add(where + " : champ de formulaire « " + field.id() + " » : « when » vise « " + when.field()
                        + " », qui n'est pas un champ à choix de cette lettre");
                continue;
            }
            when.values().stream().filter(value -> target.option(value).isEmpty()).forEach(value ->
                    problems.add(where + " : champ de formulaire « " + field.id() + " » : « when » : « " + value
                            + " » n'est pas une option de « " + when.field() + " »"));
        }
    }
}
