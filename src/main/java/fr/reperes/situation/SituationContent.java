package fr.reperes.situation;

import fr.reperes.core.Certainty;

import fr.reperes.assessment.Assessment;
import fr.reperes.core.Facts;
import fr.reperes.core.RegimeCode;
import fr.reperes.assessment.rules.DeadlineId;
import fr.reperes.assessment.rules.StepId;
import fr.reperes.assessment.rules.WarningId;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.LegalReference;
import fr.reperes.core.content.SourceFile;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The wording of the situation sheet, the timeline, the calendar and the lawyer's view, read from
 * {@code content/situation/} at start-up and checked: a missing, unknown or empty text, an unknown regime, step,
 * warning or deadline id, or a malformed article reference stops the application with a message naming the file
 * and the key.
 */
@Component
public class SituationContent {

    static final String WORDING = "situation/fiche.yml";
    static final String REMEDIES = "situation/recours.yml";
    static final String CASE_LAW = "situation/jurisprudence.yml";

    /** The answers shown under "Personne concernée", in this order, with the values each can take. */
    static final Map<String, List<String>> DETAILS = details();
    /** The dates the interview gathers, shown as events of the chronology. */
    static final List<String> EVENTS = List.of("admissionDate", "lastJudgeDecisionDate", "judgeDecisionDate",
            "recordsRequestDate");

    private static final List<String> FIXED = List.of("titre", "intro",
            "sections.personne", "sections.regimes", "sections.chronologie", "sections.echeances", "sections.recours",
            "sections.alertes", "sections.lettres", "sections.a-clarifier",
            "vide.personne", "vide.regimes", "vide.chronologie", "vide.echeances", "vide.recours", "vide.lettres",
            "vide.a-clarifier",
            "libelles.certitude", "libelles.textes", "libelles.qui", "libelles.a-faire", "libelles.lettre",
            "libelles.calcul",
            "etat.passe", "etat.aujourd-hui", "etat.a-venir", "etat.depassee", "etat.evenement-futur",
            "pied.etablie", "pied.information", "pied.verifie", "pied.crise",
            "ecran.sans-reponses", "ecran.aide", "ecran.confidentialite", "ecran.agenda-aide", "ecran.agenda-vide",
            "frise.titre", "frise.echeance", "frise.intro", "frise.vide",
            "agenda.nom", "agenda.rappel", "agenda.avertissement",
            "avocat.titre", "avocat.intro", "avocat.regimes", "avocat.demarches", "avocat.jurisprudence",
            "avocat.jurisprudence-intro", "avocat.jurisprudence-vide", "avocat.resume", "avocat.resume-aide",
            "avocat.copie-ok", "avocat.copie-echec");
    private static final String GENERAL_WARNINGS = "alertes-generales";

    /** Who may use a remedy, and on which articles. */
    public record Remedy(String who, List<String> legalBasis) {
    }

    /** A point of case law (or of procedure) summarised in the project's own words, with where it applies. */
    public record CaseLawPoint(String id, String reference, String summary, List<String> legalBasis,
                               Set<RegimeCode> regimes, boolean minors) {

        public boolean appliesTo(Set<RegimeCode> present, Facts facts) {
            return present.stream().anyMatch(regimes::contains) || (minors && Boolean.TRUE.equals(facts.minor()));
        }
    }

    private final Map<String, String> texts;
    private final Set<String> generalWarnings;
    private final Map<String, Remedy> remedies;
    private final List<CaseLawPoint> caseLaw;

    public SituationContent(ContentFiles files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> loadedTexts = new LinkedHashMap<>();
        Set<String> general = new LinkedHashSet<>();
        Map<String, Object> wording = root(files, WORDING, problems);
        for (Map.Entry<String, Object> entry : wording.entrySet()) {
            if (entry.getKey().equals(GENERAL_WARNINGS)) {
                general.addAll(warnings(entry.getValue(), problems));
            } else {
                flatten(entry.getKey(), entry.getValue(), loadedTexts, problems);
            }
        }
        Set<String> required = new LinkedHashSet<>(FIXED);
        Arrays.stream(Certainty.values()).forEach(c -> required.add("certitude." + c.name()));
        DETAILS.forEach((field, values) -> {
            required.add("personne." + field + ".libelle");
            values.forEach(value -> required.add("personne." + field + "." + value));
        });
        EVENTS.forEach(field -> required.add("evenements." + field));
        Arrays.stream(DeadlineId.values()).forEach(d -> required.add("agenda.titres." + d.id()));
        for (String key : required) {
            if (!loadedTexts.containsKey(key)) {
                problems.add("content/" + WORDING + " : texte manquant pour la clé « " + key + " »");
            }
        }
        for (String key : new TreeSet<>(loadedTexts.keySet())) {
            if (!required.contains(key)) {
                problems.add("content/" + WORDING + " : clé inconnue « " + key + " » (faute de frappe ?)");
            }
        }
        Map<String, Remedy> loadedRemedies = remedies(root(files, REMEDIES, problems), problems);
        List<CaseLawPoint> loadedCaseLaw = caseLaw(root(files, CASE_LAW, problems), problems);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        this.texts = Map.copyOf(loadedTexts);
        this.generalWarnings = Set.copyOf(general);
        this.remedies = Map.copyOf(loadedRemedies);
        this.caseLaw = List.copyOf(loadedCaseLaw);
    }

    /** The text of {@code key} (e.g. "sections.personne"), as written in {@code content/situation/fiche.yml}. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Texte inconnu : " + key);
        }
        return text;
    }

    /** The text of {@code key} with its one placeholder, e.g. {@code {date}}, filled in. */
    public String text(String key, String placeholder, String value) {
        return text(key).replace("{" + placeholder + "}", value);
    }

    /** Warnings that are the same for everyone and stay off the sheet. */
    public boolean isGeneralWarning(String warningId) {
        return generalWarnings.contains(warningId);
    }

    /** Who may use the remedy a step of the assessment stands for; empty when the step is not a remedy. */
    public Optional<Remedy> remedy(String stepId) {
        return Optional.ofNullable(remedies.get(stepId));
    }

    public List<CaseLawPoint> caseLaw() {
        return caseLaw;
    }

    private static Map<String, List<String>> details() {
        Map<String, List<String>> details = new LinkedHashMap<>();
        List<String> yesNo = List.of("true", "false");
        details.put("respondent", names(Facts.Respondent.values()));
        details.put("minor", yesNo);
        details.put("careSetting", names(Facts.CareSetting.values()));
        details.put("careBasis", names(Facts.CareBasis.values()));
        details.put("detained", yesNo);
        details.put("programmeDeSoins", yesNo);
        details.put("documentsHeld", names(Facts.DocumentHeld.values()));
        details.put("restraint", names(Facts.Restraint.values()));
        details.put("justiceMeasure", names(Facts.JusticeMeasure.values()));
        details.put("protection", names(Facts.Protection.values()));
        details.put("goals", names(Facts.Goal.values()));
        return java.util.Collections.unmodifiableMap(details);
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static Map<String, Object> root(ContentFiles files, String path, List<String> problems) {
        List<SourceFile> sources = files.read(path);
        if (sources.isEmpty()) {
            problems.add("content/" + path + " : fichier manquant");
            return Map.of();
        }
        try {
            LoaderOptions options = new LoaderOptions();
            // A key written twice would silently replace the first text: refuse it.
            options.setAllowDuplicateKeys(false);
            Object root = new Yaml(new SafeConstructor(options)).load(sources.getFirst().text());
            if (root instanceof Map<?, ?> map) {
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((key, value) -> result.put(String.valueOf(key), value));
                return result;
            }
            problems.add("content/" + path + " : le fichier doit être une suite de clés « nom: texte »");
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add("content/" + path + " : YAML illisible (" + message + ")");
        }
        return Map.of();
    }

    private static void flatten(String key, Object value, Map<String, String> into, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((child, childValue) -> flatten(key + "." + child, childValue, into, problems));
        } else if (value instanceof String text && !text.isBlank()) {
            into.put(key, text.strip());
        } else {
            problems.add("content/" + WORDING + " : clé « " + key + " » : un texte non vide est attendu");
        }
    }

    private static List<String> warnings(Object value, List<String> problems) {
        Set<String> known = new LinkedHashSet<>(Stream.of(WarningId.values()).map(WarningId::id).toList());
        List<String> ids = strings(value, "content/" + WORDING + " : « " + GENERAL_WARNINGS + " »", problems);
        ids.stream().filter(id -> !known.contains(id)).forEach(id -> problems.add("content/" + WORDING
                + " : « " + GENERAL_WARNINGS + " » : avertissement inconnu « " + id + " »"));
        return ids;
    }

    private static Map<String, Remedy> remedies(Map<String, Object> root, List<String> problems) {
        Map<String, Remedy> result = new LinkedHashMap<>();
        Set<String> steps = new LinkedHashSet<>(Stream.of(StepId.values()).map(StepId::id).toList());
        if (!(root.get("recours") instanceof Map<?, ?> entries)) {
            if (!root.isEmpty()) {
                problems.add("content/" + REMEDIES + " : la clé « recours » est attendue");
            }
            return result;
        }
        entries.forEach((id, value) -> {
            String where = "content/" + REMEDIES + " : recours « " + id + " »";
            if (!steps.contains(String.valueOf(id))) {
                problems.add(where + " : démarche inconnue (voir content/assessment/etapes.yml)");
            }
            if (!(value instanceof Map<?, ?> fields) || !(fields.get("qui") instanceof String who) || who.isBlank()) {
                problems.add(where + " : le champ « qui » (texte) est attendu");
                return;
            }
            result.put(String.valueOf(id), new Remedy(who.strip(), references(fields.get("textes"), where, problems)));
        });
        return result;
    }

    private static List<CaseLawPoint> caseLaw(Map<String, Object> root, List<String> problems) {
        List<CaseLawPoint> result = new ArrayList<>();
        if (!(root.get("points") instanceof List<?> points)) {
            if (!root.isEmpty()) {
                problems.add("content/" + CASE_LAW + " : la liste « points » est attendue");
            }
            return result;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : points) {
            if (!(item instanceof Map<?, ?> point)) {
                problems.add("content/" + CASE_LAW + " : chaque point doit avoir des champs (id, reference…)");
                continue;
            }
            String id = String.valueOf(point.get("id"));
            String where = "content/" + CASE_LAW + " : point « " + id + " »";
            if (!ids.add(id)) {
                problems.add(where + " : identifiant en double");
            }
            String reference = point.get("reference") instanceof String r && !r.isBlank() ? r.strip() : null;
            String summary = point.get("resume") instanceof String s && !s.isBlank() ? s.strip() : null;
            if (reference == null || summary == null) {
                problems.add(where + " : les champs « reference » et « resume » (textes) sont attendus");
                continue;
            }
            Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
            for (String code : strings(point.get("regimes"), where + " : « regimes »", problems)) {
                if (RegimeCode.isKnown(code)) {
                    regimes.add(RegimeCode.valueOf(code));
                } else {
                    problems.add(where + " : régime inconnu « " + code + " »");
                }
            }
            Object minors = point.get("mineur");
            if (minors != null && !(minors instanceof Boolean)) {
                problems.add(where + " : « mineur » vaut true ou false");
            }
            if (regimes.isEmpty() && !Boolean.TRUE.equals(minors)) {
                problems.add(where + " : au moins un régime est attendu, sinon le point ne serait jamais montré");
            }
            result.add(new CaseLawPoint(id, reference, summary, references(point.get("textes"), where, problems),
                    regimes, Boolean.TRUE.equals(minors)));
        }
        return result;
    }

    private static List<String> references(Object value, String where, List<String> problems) {
        List<String> references = strings(value, where + " : « textes »", problems);
        references.stream().filter(reference -> LegalReference.parse(reference).isEmpty()).forEach(reference ->
                problems.add(where + " : référence mal formée « " + reference + " » (attendu : « CSP L.3211-12 »)"));
        if (references.isEmpty()) {
            problems.add(where + " : au moins un article est attendu dans « textes »");
        }
        return references;
    }

    private static List<String> strings(Object value, String where, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items && items.stream().allMatch(item -> item instanceof String)) {
            return items.stream().map(item -> ((String) item).strip()).toList();
        }
        problems.add(where + " : une liste de textes est attendue, par exemple [\"CSP L.3211-12\"]");
        return List.of();
    }
}
