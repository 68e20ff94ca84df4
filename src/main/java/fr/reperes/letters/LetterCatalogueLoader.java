package fr.reperes.letters;

import com.samskivert.mustache.Template;
import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads and checks the letter catalogue: {@code _commun.yml} (shared fields, layout and wording), one
 * {@code <id>.yml} per {@link LetterId}, and the two HTML page layouts. The files are bound by the content reader
 * (unknown keys, wrong types and empty required fields are reported there); what is checked here is what holds the
 * catalogue together — every template name declared by a field, every field printed somewhere, families, groups and
 * signatories that exist. Every problem is collected and the application does not start until the catalogue is whole.
 */
final class LetterCatalogueLoader {

    static final List<String> LAYOUT_KEYS = List.of("sender", "recipient_block", "place_date", "mention", "signature",
            "aide");
    static final Set<String> HTML_NAMES = Set.of("titre", "expediteur", "destinataire", "lieu_date", "mention",
            "objet", "paragraphes", "liste", "lignes", "signatures", "pieces_jointes", "a_pieces_jointes", "copies",
            "a_copies", "libelles", "a_qui", "envoi", "delai", "sans_reponse", "notes", "a_notes", "textes", "pied",
            "verifie");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock;
    private final ContentReader reader;

    LetterCatalogueLoader(ContentReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The whole catalogue, checked. */
    record Catalogue(LetterLayout layout, List<Letter> letters, Map<LetterId, LetterTemplates> templates,
                     Template htmlLetter, Template htmlInstructions) {
    }

    /** What {@code _commun.yml} declares, before it is merged into each letter. */
    private record Common(LetterLayout layout, List<String> standardFields, Map<Signatory, String> signatoryLabels,
                          Map<String, CatalogueFiles.Field> fields, Map<String, String> layoutSources,
                          Set<String> knownNames) {
    }

    /** @param wording the {@code libelles} and {@code interface} texts of {@code _commun.yml} */
    Catalogue load(SourceFile commonFile, Texts wording, List<SourceFile> letterFiles, SourceFile htmlLetter,
                   SourceFile htmlInstructions, Problems problems) {
        Common common = common(commonFile, wording, problems);
        Map<LetterId, Letter> letters = new EnumMap<>(LetterId.class);
        Map<LetterId, LetterTemplates> templates = new EnumMap<>(LetterId.class);
        if (common != null) {
            letterFiles.forEach(file -> letter(file, common, problems, letters, templates));
            for (LetterId id : LetterId.values()) {
                if (letterFiles.stream().noneMatch(file -> file.fileName().equals(id.id() + ".yml"))) {
                    problems.add("content/letters/" + id.id() + ".yml", "fichier manquant (lettre « " + id.id()
                            + " » attendue)");
                }
            }
        }
        Template letterPage = TemplateChecker.compile(TemplateChecker.HTML, htmlLetter.text(), htmlLetter.path(),
                "modèle HTML", HTML_NAMES, new HashSet<>(), problems);
        Template instructionsPage = TemplateChecker.compile(TemplateChecker.HTML, htmlInstructions.text(),
                htmlInstructions.path(), "modèle HTML", HTML_NAMES, new HashSet<>(), problems);
        problems.throwIfAny();
        return new Catalogue(common.layout(), List.copyOf(letters.values()), templates, letterPage, instructionsPage);
    }

    private Common common(SourceFile file, Texts wording, Problems problems) {
        CatalogueFiles.Common yaml = reader.read(file, CatalogueFiles.Common.class, problems).orElse(null);
        if (yaml == null) {
            return null;
        }
        String where = file.path();
        int before = problems.size();
        wording.require(LetterLayout.WORDING_KEYS.stream().map(key -> LetterLayout.WORDING + key).toList(), problems);
        wording.require(LetterLayout.UI_KEYS.stream().map(key -> LetterLayout.UI + key).toList(), problems);
        Map<Signatory, String> signatoryLabels = yaml.signatories() == null ? Map.of() : yaml.signatories();
        EnumSet.allOf(Signatory.class).stream().filter(s -> !signatoryLabels.containsKey(s)).forEach(s ->
                problems.field(where, "signatories", "libellé manquant pour « " + s + " »"));
        List<LetterLayout.Group> groups = yaml.groups() == null ? List.of() : yaml.groups().stream()
                .map(group -> new LetterLayout.Group(group.id(), group.label())).toList();
        Set<String> groupIds = new HashSet<>();
        groups.forEach(group -> groupIds.add(group.id()));
        List<LetterLayout.Step> steps = yaml.steps() == null ? List.of() : yaml.steps().stream()
                .map(step -> new LetterLayout.Step(step.id(), step.label(), List.copyOf(step.groups()))).toList();
        // Every group is shown by exactly one step, and a step names only groups that exist.
        Map<String, String> stepOfGroup = new LinkedHashMap<>();
        for (LetterLayout.Step step : steps) {
            for (String group : step.groups()) {
                if (!groupIds.contains(group)) {
                    problems.field(where, "steps", "l'étape « " + step.id() + " » cite un groupe inconnu « " + group
                            + " » (groupes : " + groupIds + ")");
                } else if (stepOfGroup.putIfAbsent(group, step.id()) != null) {
                    problems.field(where, "steps", "le groupe « " + group + " » est dans deux étapes");
                }
            }
        }
        if (!steps.isEmpty()) {
            groupIds.stream().filter(group -> !stepOfGroup.containsKey(group)).sorted().forEach(group ->
                    problems.field(where, "steps", "le groupe « " + group + " » n'est dans aucune étape"));
        }
        LetterLayout layout = new LetterLayout(groups, steps, yaml.families() == null ? Map.of() : yaml.families(),
                wording, yaml.intro() == null ? "" : yaml.intro().strip());
        Map<String, CatalogueFiles.Field> fields = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(SignatoryFlags.ALL);
        known.add(LetterField.SIGNATORY);
        FieldChecker checker = new FieldChecker(where, groupIds, problems);
        for (CatalogueFiles.Field declared : yaml.fields() == null ? List.<CatalogueFiles.Field>of() : yaml.fields()) {
            LetterField field = checker.check(declared);
            if (field != null) {
                fields.put(field.id(), declared);
                known.addAll(names(field));
            }
        }
        List<String> standard = yaml.standardFields() == null ? List.of() : yaml.standardFields();
        standard.stream().filter(id -> !fields.containsKey(id)).forEach(id -> problems.field(where, "standard_fields",
                "« " + id + " » n'est pas déclaré dans « fields »"));
        Map<String, String> layoutSources = yaml.layout() == null ? Map.of() : yaml.layout();
        LAYOUT_KEYS.stream().filter(key -> !layoutSources.containsKey(key)).forEach(key ->
                problems.field(where, "layout", "modèle « " + key + " » manquant"));
        layoutSources.forEach((key, source) -> TemplateChecker.compile(TemplateChecker.PLAIN, source, where,
                "layout." + key, known, new HashSet<>(), problems));
        if (problems.size() > before) {
            return null;
        }
        return new Common(layout, standard, signatoryLabels, fields, layoutSources, known);
    }

    private void letter(SourceFile file, Common common, Problems problems, Map<LetterId, Letter> letters,
                        Map<LetterId, LetterTemplates> templates) {
        String where = file.path();
        if (!file.fileName().endsWith(".yml")) {
            problems.add(where, "seuls des fichiers .yml sont attendus dans content/letters/");
            return;
        }
        int before = problems.size();
        CatalogueFiles.Letter yaml = reader.read(file, CatalogueFiles.Letter.class, problems).orElse(null);
        String id = file.fileName().replaceFirst("\\.yml$", "");
        LetterId letterId = LetterId.byId(id).orElse(null);
        if (letterId == null) {
            problems.add(where, "lettre inconnue « " + id + " » (le nom du fichier doit être l'identifiant d'une "
                    + "lettre de Repères ; une nouvelle lettre s'ajoute aussi dans le code, fr.reperes.core.LetterId)");
        }
        if (yaml == null) {
            return;
        }
        if (yaml.id() != null && !id.equals(yaml.id())) {
            problems.field(where, "id", "« " + yaml.id() + " » différent du nom du fichier (" + id + ")");
        }
        if (yaml.family() != null && !common.layout().families().containsKey(yaml.family())) {
            problems.field(where, "family", "famille inconnue « " + yaml.family() + " » (attendu : "
                    + common.layout().families().keySet() + ")");
        }
        if (yaml.fileName() != null && !SLUG.matcher(yaml.fileName()).matches()) {
            problems.field(where, "file_name", "minuscules et tirets seulement, sans extension");
        }
        if (yaml.reviewed() != null && yaml.reviewed().isAfter(LocalDate.now(clock.withZone(PARIS)))) {
            problems.field(where, "reviewed", "la date " + yaml.reviewed() + " est dans le futur");
        }
        List<Letter.SignatoryChoice> signatories = signatories(yaml, common, where, problems);
        Signatory underTutelle = underTutelle(yaml.underTutelle(), signatories, where, problems);
        List<LetterField> fields = LetterFieldsBuilder.build(yaml, common.fields(), common.standardFields(),
                signatories, common.layout(), where, problems);
        if (problems.size() > before) {
            return;
        }
        Set<String> known = new HashSet<>(SignatoryFlags.ALL);
        fields.forEach(field -> known.addAll(names(field)));
        Set<String> layoutKnown = new HashSet<>(known);
        layoutKnown.addAll(common.knownNames());
        Set<String> used = new HashSet<>();
        LetterTemplates compiled = compileAll(yaml, common, known, layoutKnown, used, where, problems);
        for (LetterField field : fields) {
            boolean standard = common.fields().containsKey(field.id()) || field.id().equals(LetterField.SIGNATORY);
            if (!standard && names(field).stream().noneMatch(used::contains)) {
                problems.add(where, "champ de formulaire « " + field.id()
                        + " » : utilisé par aucun modèle (ce que l'utilisateur y tape ne serait imprimé nulle part)");
            }
        }
        if (problems.size() > before) {
            return;
        }
        letters.put(letterId, new Letter(letterId, yaml.title().strip(), yaml.description().strip(), yaml.family(),
                yaml.fileName(), yaml.regimes(), signatories, underTutelle, yaml.recipient().strip(), yaml.legal(),
                yaml.legalOther() == null ? List.of() : yaml.legalOther(), fields, yaml.reviewed()));
        templates.put(letterId, compiled);
    }

    private static LetterTemplates compileAll(CatalogueFiles.Letter yaml, Common common, Set<String> known,
                                              Set<String> layoutKnown, Set<String> used, String where,
                                              Problems problems) {
        BiFunction<String, String, Template> layout = (key, source) -> TemplateChecker.compile(
                TemplateChecker.PLAIN, source, where, key, layoutKnown, used, problems);
        BiFunction<String, String, Template> own = (key, source) -> TemplateChecker.compile(
                TemplateChecker.PLAIN, source, where, key, known, used, problems);
        Map<String, Template> layoutTemplates = new LinkedHashMap<>();
        for (String key : LAYOUT_KEYS) {
            String source = yaml.layoutPiece(key) != null ? yaml.layoutPiece(key) : common.layoutSources().get(key);
            layoutTemplates.put(key, layout.apply(key, source));
        }
        List<Template> notes = new ArrayList<>(list("notes", yaml.notes(), own));
        notes.add(layoutTemplates.get("aide"));
        return new LetterTemplates(layoutTemplates.get("sender"), layoutTemplates.get("recipient_block"),
                layoutTemplates.get("place_date"), layoutTemplates.get("mention"), own.apply("object", yaml.object()),
                own.apply("body", yaml.body()), layoutTemplates.get("signature"),
                list("attachments", yaml.attachments(), own), list("copies", yaml.copies(), own),
                own.apply("recipient", yaml.recipient()), list("sending", yaml.sending(), own),
                own.apply("delay", yaml.delay()), list("without_answer", yaml.withoutAnswer(), own), notes);
    }

    private static List<Template> list(String key, List<String> items, BiFunction<String, String, Template> compile) {
        List<Template> templates = new ArrayList<>();
        List<String> sources = items == null ? List.of() : items;
        for (int i = 0; i < sources.size(); i++) {
            templates.add(compile.apply(key + "[" + (i + 1) + "]", sources.get(i)));
        }
        return templates;
    }

    private static List<Letter.SignatoryChoice> signatories(CatalogueFiles.Letter yaml, Common common, String where,
                                                           Problems problems) {
        List<Letter.SignatoryChoice> choices = new ArrayList<>();
        Set<Signatory> seen = EnumSet.noneOf(Signatory.class);
        for (CatalogueFiles.SignatoryChoice choice : yaml.signatories() == null
                ? List.<CatalogueFiles.SignatoryChoice>of() : yaml.signatories()) {
            if (choice.code() == null) {
                continue; // reported by the reader
            }
            if (!seen.add(choice.code())) {
                problems.field(where, "signatories", "signataire « " + choice.code() + " » en double");
                continue;
            }
            String label = choice.label() != null ? choice.label().strip() : common.signatoryLabels().get(choice.code());
            choices.add(new Letter.SignatoryChoice(choice.code(), label));
        }
        return choices;
    }

    private static Signatory underTutelle(Signatory declared, List<Letter.SignatoryChoice> signatories, String where,
                                          Problems problems) {
        if (signatories.isEmpty()) {
            return Signatory.PERSON;
        }
        if (declared == null) {
            return signatories.getFirst().signatory();
        }
        if (signatories.stream().noneMatch(s -> s.signatory() == declared)) {
            problems.field(where, "under_tutelle", "« " + declared + " » n'est pas un des signataires de la lettre");
            return signatories.getFirst().signatory();
        }
        return declared;
    }

    /** Every template name a field provides: its value, one flag per choice ({@code mode_envoi_recommande}), option flags. */
    static Set<String> names(LetterField field) {
        Set<String> names = new LinkedHashSet<>();
        names.add(field.id());
        for (LetterField.Option option : field.options()) {
            names.add(field.id() + "_" + option.value().toLowerCase(Locale.ROOT));
            names.addAll(option.flags());
        }
        return names;
    }
}
