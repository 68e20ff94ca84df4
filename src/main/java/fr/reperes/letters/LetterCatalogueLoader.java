package fr.reperes.letters;

import com.samskivert.mustache.Template;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.LegalReference;
import fr.reperes.core.content.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static fr.reperes.letters.FieldParser.strings;
import static fr.reperes.letters.FieldParser.text;

/**
 * Reads and checks the letter catalogue: {@code _commun.yml} (shared fields, layout and wording), one
 * {@code <id>.yml} per letter, and the two HTML page layouts. Every problem is collected and reported with its file
 * and field, in French, and the application does not start until the catalogue is whole.
 */
final class LetterCatalogueLoader {

    static final Set<String> LETTER_KEYS = Set.of("id", "title", "description", "family", "file_name", "reviewed",
            "regimes", "signatories", "under_tutelle", "recipient", "legal", "legal_other", "fields", "without",
            "object", "body", "sender", "recipient_block", "place_date", "mention", "signature", "attachments",
            "copies", "sending", "delay", "without_answer", "notes");
    static final List<String> LAYOUT_KEYS = List.of("sender", "recipient_block", "place_date", "mention", "signature",
            "aide");
    static final Set<String> HTML_NAMES = Set.of("titre", "expediteur", "destinataire", "lieu_date", "mention",
            "objet", "paragraphes", "liste", "lignes", "signatures", "pieces_jointes", "a_pieces_jointes", "copies",
            "a_copies", "libelles", "a_qui", "envoi", "delai", "sans_reponse", "notes", "a_notes", "textes", "pied",
            "verifie");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock;

    LetterCatalogueLoader(Clock clock) {
        this.clock = clock;
    }

    /** The whole catalogue, checked. */
    record Catalogue(LetterLayout layout, List<Letter> letters, Map<LetterId, LetterTemplates> templates,
                     Template htmlLetter, Template htmlInstructions) {
    }

    /** What {@code _commun.yml} declares, before it is merged into each letter. */
    private record Common(LetterLayout layout, List<String> standardFields, Map<Signatory, String> signatoryLabels,
                          Map<String, Map<String, Object>> fields, Map<String, String> layoutSources,
                          Set<String> knownNames) {
    }

    Catalogue load(SourceFile commonFile, List<SourceFile> letterFiles, SourceFile htmlLetter,
                   SourceFile htmlInstructions) {
        List<String> problems = new ArrayList<>();
        Common common = parseCommon(commonFile, problems);
        Map<LetterId, Letter> letters = new EnumMap<>(LetterId.class);
        Map<LetterId, LetterTemplates> templates = new EnumMap<>(LetterId.class);
        if (common != null) {
            for (SourceFile file : letterFiles) {
                parseLetter(file, common, problems, letters, templates);
            }
        }
        for (LetterId id : LetterId.values()) {
            if (common != null && !letters.containsKey(id) && letterFiles.stream().noneMatch(f -> f.fileName().equals(id.id() + ".yml"))) {
                problems.add("content/letters/" + id + ".yml : fichier manquant (lettre « " + id + " » attendue)");
            }
        }
        Template letterPage = TemplateChecker.compile(TemplateChecker.HTML, htmlLetter.text(), htmlLetter.path(),
                "modèle HTML", HTML_NAMES, new HashSet<>(), problems);
        Template instructionsPage = TemplateChecker.compile(TemplateChecker.HTML, htmlInstructions.text(),
                htmlInstructions.path(), "modèle HTML", HTML_NAMES, new HashSet<>(), problems);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return new Catalogue(common.layout(), List.copyOf(letters.values()), templates, letterPage, instructionsPage);
    }

    private Common parseCommon(SourceFile file, List<String> problems) {
        Map<String, Object> yaml = yaml(file, problems);
        if (yaml == null) {
            return null;
        }
        String where = file.path();
        int before = problems.size();
        List<LetterLayout.Group> groups = new ArrayList<>();
        for (Object item : list(yaml, "groups", where, problems)) {
            if (item instanceof Map<?, ?> group && !text(group.get("id")).isBlank() && !text(group.get("label")).isBlank()) {
                groups.add(new LetterLayout.Group(text(group.get("id")), text(group.get("label"))));
            } else {
                problems.add(where + " : champ « groups » : chaque groupe doit avoir un « id » et un « label »");
            }
        }
        Set<String> groupIds = new HashSet<>();
        groups.forEach(group -> groupIds.add(group.id()));
        Map<String, String> families = stringMap(yaml, "families", where, problems);
        Map<String, String> wording = stringMap(yaml, "libelles", where, problems);
        LetterLayout.WORDING_KEYS.stream().filter(key -> !wording.containsKey(key)).forEach(key ->
                problems.add(where + " : champ « libelles » : libellé « " + key + " » manquant"));
        Map<Signatory, String> signatoryLabels = new EnumMap<>(Signatory.class);
        stringMap(yaml, "signatories", where, problems).forEach((code, label) -> {
            if (Signatory.isKnown(code)) {
                signatoryLabels.put(Signatory.valueOf(code), label);
            } else {
                problems.add(where + " : champ « signatories » : signataire inconnu « " + code + " »");
            }
        });
        EnumSet.allOf(Signatory.class).stream().filter(s -> !signatoryLabels.containsKey(s)).forEach(s ->
                problems.add(where + " : champ « signatories » : libellé manquant pour « " + s + " »"));
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(Signatory.ALL_FLAGS);
        known.add(LetterField.SIGNATORY);
        for (Object item : list(yaml, "fields", where, problems)) {
            Map<String, Object> definition = stringKeys(item);
            LetterField field = definition == null ? null : FieldParser.parse(definition, where, groupIds, problems);
            if (field != null) {
                fields.put(field.id(), definition);
                known.addAll(names(field));
            } else if (definition == null) {
                problems.add(where + " : champ « fields » : chaque champ doit être une liste de clés (id, label, type…)");
            }
        }
        List<String> standard = strings(yaml.get("standard_fields"));
        standard.stream().filter(id -> !fields.containsKey(id)).forEach(id ->
                problems.add(where + " : champ « standard_fields » : « " + id + " » n'est pas déclaré dans « fields »"));
        Map<String, String> layoutSources = stringMap(yaml, "layout", where, problems);
        LAYOUT_KEYS.stream().filter(key -> !layoutSources.containsKey(key)).forEach(key ->
                problems.add(where + " : champ « layout » : modèle « " + key + " » manquant"));
        layoutSources.forEach((key, source) -> TemplateChecker.compile(TemplateChecker.PLAIN, source, where,
                "layout." + key, known, new HashSet<>(), problems));
        Map<String, String> ui = stringMap(yaml, "interface", where, problems);
        LetterLayout.UI_KEYS.stream().filter(key -> !ui.containsKey(key)).forEach(key ->
                problems.add(where + " : champ « interface » : texte « " + key + " » manquant"));
        String intro = text(yaml.get("intro"));
        if (intro.isBlank()) {
            problems.add(where + " : champ « intro » manquant (le texte d'introduction de la page Lettres)");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Common(new LetterLayout(groups, families, wording, intro, ui), standard, signatoryLabels, fields,
                layoutSources, known);
    }

    private void parseLetter(SourceFile file, Common common, List<String> problems, Map<LetterId, Letter> letters,
                             Map<LetterId, LetterTemplates> templates) {
        if (!file.fileName().endsWith(".yml")) {
            problems.add(file.path() + " : seuls des fichiers .yml sont attendus dans content/letters/");
            return;
        }
        Map<String, Object> yaml = yaml(file, problems);
        if (yaml == null) {
            return;
        }
        String where = file.path();
        int before = problems.size();
        yaml.keySet().stream().filter(key -> !LETTER_KEYS.contains(key)).sorted().forEach(key ->
                problems.add(where + " : clé inconnue « " + key + " »"));
        String id = file.fileName().replaceFirst("\\.yml$", "");
        LetterId letterId = LetterId.byId(id).orElse(null);
        if (letterId == null) {
            problems.add(where + " : lettre inconnue « " + id + " » (le nom du fichier doit être l'identifiant d'une "
                    + "lettre de Repères ; une nouvelle lettre s'ajoute aussi dans le code, fr.reperes.core.LetterId)");
        }
        if (!id.equals(text(yaml.get("id")))) {
            problems.add(where + " : champ « id » (" + text(yaml.get("id")) + ") différent du nom du fichier (" + id + ")");
        }
        String title = required(yaml, "title", where, problems);
        String description = required(yaml, "description", where, problems);
        String recipient = required(yaml, "recipient", where, problems);
        String family = required(yaml, "family", where, problems);
        if (family != null && !common.layout().families().containsKey(family)) {
            problems.add(where + " : champ « family » : famille inconnue « " + family + " » (attendu : "
                    + common.layout().families().keySet() + ")");
        }
        String fileName = required(yaml, "file_name", where, problems);
        if (fileName != null && !SLUG.matcher(fileName).matches()) {
            problems.add(where + " : champ « file_name » : minuscules et tirets seulement, sans extension");
        }
        LocalDate reviewed = reviewed(yaml.get("reviewed"), where, problems);
        Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
        for (String code : strings(yaml.get("regimes"))) {
            if (RegimeCode.isKnown(code)) {
                regimes.add(RegimeCode.valueOf(code));
            } else {
                problems.add(where + " : champ « regimes » : code de régime inconnu « " + code + " »");
            }
        }
        if (regimes.isEmpty()) {
            problems.add(where + " : champ « regimes » manquant ou vide");
        }
        List<Letter.SignatoryChoice> signatories = signatories(yaml.get("signatories"), common, where, problems);
        Signatory underTutelle = underTutelle(yaml.get("under_tutelle"), signatories, where, problems);
        List<LegalReference> legal = new ArrayList<>();
        for (String reference : strings(yaml.get("legal"))) {
            LegalReference.parse(reference).ifPresentOrElse(legal::add, () -> problems.add(where
                    + " : champ « legal » : référence mal formée « " + reference + " » (forme attendue : « CSP L.1111-7 »)"));
        }
        if (legal.isEmpty()) {
            problems.add(where + " : champ « legal » manquant ou vide (les articles sur lesquels la lettre s'appuie)");
        }
        List<LetterField> fields = LetterFieldsBuilder.build(yaml, common.fields(), common.standardFields(),
                signatories, common.layout(), where, problems);
        if (problems.size() > before) {
            return;
        }
        Set<String> known = new HashSet<>(Signatory.ALL_FLAGS);
        fields.forEach(field -> known.addAll(names(field)));
        Set<String> layoutKnown = new HashSet<>(known);
        layoutKnown.addAll(common.knownNames());
        Set<String> used = new HashSet<>();
        LetterTemplates compiled = compileAll(yaml, common, known, layoutKnown, used, where, problems);
        for (LetterField field : fields) {
            boolean standard = common.fields().containsKey(field.id()) || field.id().equals(LetterField.SIGNATORY);
            if (!standard && names(field).stream().noneMatch(used::contains)) {
                problems.add(where + " : champ de formulaire « " + field.id()
                        + " » : utilisé par aucun modèle (ce que l'utilisateur y tape ne serait imprimé nulle part)");
            }
        }
        if (problems.size() > before) {
            return;
        }
        letters.put(letterId, new Letter(letterId, title, description, family, fileName, regimes, signatories, underTutelle,
                recipient, legal, strings(yaml.get("legal_other")), fields, reviewed));
        templates.put(letterId, compiled);
    }

    private LetterTemplates compileAll(Map<String, Object> yaml, Common common, Set<String> known,
                                       Set<String> layoutKnown, Set<String> used, String where, List<String> problems) {
        java.util.function.BiFunction<String, String, Template> layout = (key, source) -> TemplateChecker.compile(
                TemplateChecker.PLAIN, source, where, key, layoutKnown, used, problems);
        java.util.function.BiFunction<String, String, Template> own = (key, source) -> TemplateChecker.compile(
                TemplateChecker.PLAIN, source, where, key, known, used, problems);
        Map<String, Template> layoutTemplates = new LinkedHashMap<>();
        for (String key : LAYOUT_KEYS) {
            String source = yaml.containsKey(key) ? text(yaml.get(key)) : common.layoutSources().get(key);
            layoutTemplates.put(key, layout.apply(key, source));
        }
        Template object = own.apply("object", required(yaml, "object", where, problems));
        Template body = own.apply("body", required(yaml, "body", where, problems));
        Template recipient = own.apply("recipient", text(yaml.get("recipient")));
        String delaySource = required(yaml, "delay", where, problems);
        Template delay = own.apply("delay", delaySource == null ? "" : delaySource);
        List<Template> sending = templateList(yaml, "sending", true, own, where, problems);
        List<Template> withoutAnswer = templateList(yaml, "without_answer", true, own, where, problems);
        List<Template> notes = new ArrayList<>(templateList(yaml, "notes", false, own, where, problems));
        notes.add(layoutTemplates.get("aide"));
        return new LetterTemplates(layoutTemplates.get("sender"), layoutTemplates.get("recipient_block"),
                layoutTemplates.get("place_date"), layoutTemplates.get("mention"), object, body,
                layoutTemplates.get("signature"), templateList(yaml, "attachments", false, own, where, problems),
                templateList(yaml, "copies", false, own, where, problems), recipient, sending, delay, withoutAnswer,
                notes);
    }

    private static List<Template> templateList(Map<String, Object> yaml, String key, boolean required,
                                               java.util.function.BiFunction<String, String, Template> compile,
                                               String where, List<String> problems) {
        Object value = yaml.get(key);
        if (value != null && !(value instanceof List<?>)) {
            problems.add(where + " : champ « " + key + " » : une liste est attendue");
            return List.of();
        }
        List<String> items = strings(value);
        if (required && items.isEmpty()) {
            problems.add(where + " : champ « " + key + " » manquant ou vide");
        }
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isBlank()) {
                problems.add(where + " : champ « " + key + " » : élément " + (i + 1) + " vide");
            }
            templates.add(compile.apply(key + "[" + (i + 1) + "]", items.get(i)));
        }
        return templates;
    }

    private static List<Letter.SignatoryChoice> signatories(Object value, Common common, String where,
                                                           List<String> problems) {
        List<Letter.SignatoryChoice> choices = new ArrayList<>();
        Set<Signatory> seen = EnumSet.noneOf(Signatory.class);
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            problems.add(where + " : champ « signatories » manquant ou vide (qui signe : PERSON, PROTECTOR, BOTH, RELATIVE)");
            return choices;
        }
        for (Object item : items) {
            Map<String, Object> map = stringKeys(item);
            String code = map == null ? text(item) : text(map.get("code"));
            if (!Signatory.isKnown(code) || !seen.add(Signatory.valueOf(code))) {
                problems.add(where + " : champ « signatories » : signataire inconnu ou en double « " + code
                        + " » (attendu : PERSON, PROTECTOR, BOTH, RELATIVE)");
                continue;
            }
            Signatory signatory = Signatory.valueOf(code);
            String label = map != null && map.containsKey("label") ? text(map.get("label")) : common.signatoryLabels().get(signatory);
            choices.add(new Letter.SignatoryChoice(signatory, label));
        }
        return choices;
    }

    private static Signatory underTutelle(Object value, List<Letter.SignatoryChoice> signatories, String where,
                                          List<String> problems) {
        if (signatories.isEmpty()) {
            return Signatory.PERSON;
        }
        if (value == null) {
            return signatories.getFirst().signatory();
        }
        String code = text(value);
        if (!Signatory.isKnown(code) || signatories.stream().noneMatch(s -> s.signatory().name().equals(code))) {
            problems.add(where + " : champ « under_tutelle » : « " + code + " » n'est pas un des signataires de la lettre");
            return signatories.getFirst().signatory();
        }
        return Signatory.valueOf(code);
    }

    /** Every template name a field provides: its value, one flag per choice ({@code mode_envoi_recommande}), option flags. */
    static Set<String> names(LetterField field) {
        Set<String> names = new LinkedHashSet<>();
        names.add(field.id());
        for (LetterField.Option option : field.options()) {
            names.add(field.id() + "_" + option.value().toLowerCase(java.util.Locale.ROOT));
            names.addAll(option.flags());
        }
        return names;
    }

    private LocalDate reviewed(Object value, String where, List<String> problems) {
        try {
            LocalDate date = value instanceof Date legacy ? legacy.toInstant().atZone(ZoneId.of("UTC")).toLocalDate()
                    : LocalDate.parse(text(value));
            if (date.isAfter(LocalDate.now(clock.withZone(PARIS)))) {
                problems.add(where + " : champ « reviewed » : la date " + date + " est dans le futur");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(where + " : champ « reviewed » manquant ou invalide (date de dernière vérification, AAAA-MM-JJ)");
            return null;
        }
    }

    private static String required(Map<String, Object> yaml, String key, String where, List<String> problems) {
        String value = text(yaml.get(key));
        if (value.isBlank() || yaml.get(key) instanceof List<?> || yaml.get(key) instanceof Map<?, ?>) {
            problems.add(where + " : champ « " + key + " » manquant ou vide");
            return null;
        }
        return value;
    }

    private static List<?> list(Map<String, Object> yaml, String key, String where, List<String> problems) {
        if (yaml.get(key) instanceof List<?> items && !items.isEmpty()) {
            return items;
        }
        problems.add(where + " : champ « " + key + " » manquant ou vide (une liste est attendue)");
        return List.of();
    }

    private static Map<String, String> stringMap(Map<String, Object> yaml, String key, String where,
                                                 List<String> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!(yaml.get(key) instanceof Map<?, ?> map) || map.isEmpty()) {
            problems.add(where + " : champ « " + key + " » manquant ou vide");
            return result;
        }
        map.forEach((name, value) -> result.put(text(name), value == null ? "" : String.valueOf(value)));
        return result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stringKeys(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) map).forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    private static Map<String, Object> yaml(SourceFile file, List<String> problems) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.text());
            Map<String, Object> map = stringKeys(parsed);
            if (map == null) {
                problems.add(file.path() + " : le fichier doit être une liste de champs « nom: valeur »");
            }
            return map;
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add(file.path() + " : YAML illisible (" + message + ")");
            return null;
        }
    }
}
