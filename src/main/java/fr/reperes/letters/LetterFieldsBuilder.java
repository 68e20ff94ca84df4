package fr.reperes.letters;

import fr.reperes.core.Signatory;
import fr.reperes.core.content.Problems;
import fr.reperes.letters.CatalogueFiles.Field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a letter's form: the signatory choice, the shared fields of {@code _commun.yml} (each letter may adjust a
 * label, a default, make one required, or leave one out with {@code without}), then the letter's own fields.
 * Shared fields that only concern signatories the letter does not allow (the protector's address in a letter only
 * the person signs) are left out.
 */
final class LetterFieldsBuilder {

    private LetterFieldsBuilder() {
    }

    static List<LetterField> build(CatalogueFiles.Letter letter, Map<String, Field> commonFields,
                                   List<String> standardFields, List<Letter.SignatoryChoice> signatories,
                                   LetterLayout layout, String where, Problems problems) {
        Set<String> groups = new HashSet<>();
        layout.groups().forEach(group -> groups.add(group.id()));
        Map<String, Field> declared = new LinkedHashMap<>();
        for (Field field : letter.fields() == null ? List.<Field>of() : letter.fields()) {
            String id = field.id() == null ? "" : field.id();
            if (field.nameOnly() && !commonFields.containsKey(id)) {
                problems.add(where, "champ de formulaire « " + id
                        + " » : inconnu dans _commun.yml (déclarez-le en entier)");
            } else if (declared.put(id, field) != null) {
                problems.add(where, "champ de formulaire « " + id + " » déclaré deux fois");
            }
        }
        Set<String> without = new HashSet<>(letter.without() == null ? List.of() : letter.without());
        without.stream().filter(id -> !standardFields.contains(id)).forEach(id ->
                problems.add(where, "champ « without » : « " + id + " » n'est pas un champ commun"));

        Set<String> allowed = new HashSet<>();
        signatories.forEach(choice -> allowed.add(choice.signatory().name()));
        List<LetterField> fields = new ArrayList<>();
        fields.add(signatoryField(signatories, layout));
        Set<String> order = new LinkedHashSet<>();
        standardFields.stream().filter(id -> !without.contains(id)).forEach(order::add);
        order.addAll(declared.keySet());
        FieldChecker checker = new FieldChecker(where, groups, problems);
        for (String id : order) {
            Field shared = commonFields.get(id);
            Field own = declared.get(id);
            Field merged = own == null ? shared : shared == null ? own : own.over(shared);
            LetterField field = checker.check(merged);
            if (field == null) {
                continue;
            }
            LetterField.Condition when = field.when();
            if (when != null && when.field().equals(LetterField.SIGNATORY)) {
                Set<String> values = new LinkedHashSet<>(when.values());
                values.retainAll(allowed);
                if (values.isEmpty()) {
                    if (shared != null) {
                        continue; // a shared field for a signatory this letter does not have
                    }
                    problems.add(where, "champ de formulaire « " + id + " » : « when » ne vise aucun signataire de la lettre");
                    continue;
                }
                field = field.withCondition(new LetterField.Condition(when.field(), values));
            }
            fields.add(field);
        }
        checkConditions(fields, where, problems);
        return fields;
    }

    private static LetterField signatoryField(List<Letter.SignatoryChoice> signatories, LetterLayout layout) {
        List<LetterField.Option> options = signatories.stream()
                .map(choice -> new LetterField.Option(choice.signatory().name(), choice.label(), choice.label(),
                        SignatoryFlags.of(choice.signatory()), List.of()))
                .toList();
        String first = signatories.isEmpty() ? Signatory.PERSON.name() : signatories.getFirst().signatory().name();
        return new LetterField(LetterField.SIGNATORY, layout.word("signataire_libelle"), FieldType.CHOICE, true,
                layout.word("signataire_aide"), "signature", options, null, 40, null, null, false, first, null, null);
    }

    private static void checkConditions(List<LetterField> fields, String where, Problems problems) {
        Map<String, LetterField> byId = new LinkedHashMap<>();
        fields.forEach(field -> byId.put(field.id(), field));
        for (LetterField field : fields) {
            LetterField.Condition when = field.when();
            if (when == null) {
                continue;
            }
            LetterField target = byId.get(when.field());
            if (target == null || target.type() != FieldType.CHOICE) {
                problems.add(where, "champ de formulaire « " + field.id() + " » : « when » vise « " + when.field()
                        + " », qui n'est pas un champ à choix de cette lettre");
                continue;
            }
            when.values().stream().filter(value -> target.option(value).isEmpty()).forEach(value ->
                    problems.add(where, "champ de formulaire « " + field.id() + " » : « when » : « " + value
                            + " » n'est pas une option de « " + when.field() + " »"));
        }
    }
}
