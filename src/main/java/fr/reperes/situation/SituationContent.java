package fr.reperes.situation;

import fr.reperes.assessment.AssessmentIds;
import fr.reperes.core.Certainty;
import fr.reperes.core.FactName;
import fr.reperes.core.Facts;
import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.Voice;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The answers shown under "Personne concernée", in this order. */
    static final List<FactName> DETAILS = List.of(FactName.RESPONDENT, FactName.MINOR, FactName.CARE_SETTING,
            FactName.CARE_BASIS, FactName.DETAINED, FactName.PROGRAMME_DE_SOINS, FactName.DOCUMENTS_HELD,
            FactName.RESTRAINT, FactName.RESTRAINT_JUDGE_DECISIONS, FactName.APPEALED_DECISION, FactName.JUSTICE_MEASURE, FactName.PROTECTION,
            FactName.GOALS);
    /** The dates the interview gathers, shown as events of the chronology. */
    static final List<FactName> EVENTS = List.of(FactName.ADMISSION_DATE, FactName.LAST_JUDGE_DECISION_DATE,
            FactName.JUDGE_DECISION_DATE, FactName.RECORDS_REQUEST_DATE, FactName.RESTRAINT_START_DATE,
            FactName.LAST_RESTRAINT_DECISION_DATE);

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

    private final Texts texts;
    private final Set<String> generalWarnings;
    private final Map<String, Remedy> remedies;
    private final List<CaseLawPoint> caseLaw;

    public SituationContent(Wording wording, ContentFiles files, ContentReader reader) {
        Problems problems = new Problems();
        this.texts = wording.texts(WORDING, problems);
        texts.requireExactly(requiredTexts(), problems);
        texts.requireLists(List.of(GENERAL_WARNINGS), problems);
        Set<String> warnings = AssessmentIds.warnings();
        List<String> general = texts.findList(GENERAL_WARNINGS).orElse(List.of());
        general.stream().filter(id -> !warnings.contains(id)).forEach(id -> problems.add("content/" + WORDING,
                "« " + GENERAL_WARNINGS + " » : avertissement inconnu « " + id + " »"));
        this.generalWarnings = Set.copyOf(general);
        this.remedies = remedies(file(files, REMEDIES, problems), reader, problems);
        this.caseLaw = caseLaw(file(files, CASE_LAW, problems), reader, problems);
        problems.throwIfAny();
    }

    /** The text of {@code key} (e.g. "sections.personne"), as written in {@code content/situation/fiche.yml}. */
    public String text(String key) {
        return texts.text(key);
    }

    /** The text of {@code key} with its one placeholder, e.g. {@code {date}}, filled in. */
    public String text(String key, String placeholder, String value) {
        return texts.text(key, Voice.PERSON, Map.of(placeholder, value));
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

    private static List<String> requiredTexts() {
        List<String> required = new ArrayList<>(FIXED);
        for (Certainty certainty : Certainty.values()) {
            required.add("certitude." + certainty.name());
        }
        for (FactName fact : DETAILS) {
            required.add("personne." + fact.id() + ".libelle");
            fact.possibleValues().forEach(value -> required.add("personne." + fact.id() + "." + value));
        }
        EVENTS.forEach(fact -> required.add("evenements." + fact.id()));
        AssessmentIds.deadlines().forEach(id -> required.add("agenda.titres." + id));
        return required;
    }

    private static Optional<SourceFile> file(ContentFiles files, String path, Problems problems) {
        List<SourceFile> found = files.read(path);
        if (found.isEmpty()) {
            problems.add("content/" + path, "fichier manquant");
        }
        return found.stream().findFirst();
    }

    private static Map<String, Remedy> remedies(Optional<SourceFile> file, ContentReader reader, Problems problems) {
        Map<String, Remedy> result = new LinkedHashMap<>();
        Set<String> steps = AssessmentIds.steps();
        file.flatMap(source -> reader.read(source, RemediesFile.class, problems)).ifPresent(remedies -> {
            if (remedies.recours() == null) {
                return;
            }
            remedies.recours().forEach((id, remedy) -> {
                if (!steps.contains(id)) {
                    problems.add("content/" + REMEDIES, "recours « " + id
                            + " » : démarche inconnue (voir content/assessment/etapes.yml)");
                }
                if (remedy != null && remedy.textes() != null) {
                    result.put(id, new Remedy(remedy.qui(), references(remedy.textes())));
                }
            });
        });
        return Map.copyOf(result);
    }

    private static List<CaseLawPoint> caseLaw(Optional<SourceFile> file, ContentReader reader, Problems problems) {
        List<CaseLawPoint> result = new ArrayList<>();
        file.flatMap(source -> reader.read(source, CaseLawFile.class, problems)).ifPresent(points -> {
            Set<String> ids = new LinkedHashSet<>();
            for (CaseLawFile.Point point : points.points() == null ? List.<CaseLawFile.Point>of() : points.points()) {
                String where = "point « " + point.id() + " »";
                if (!ids.add(point.id())) {
                    problems.add("content/" + CASE_LAW, where + " : identifiant en double");
                }
                Set<RegimeCode> regimes = point.regimes() == null || point.regimes().isEmpty()
                        ? EnumSet.noneOf(RegimeCode.class) : EnumSet.copyOf(point.regimes());
                boolean minors = Boolean.TRUE.equals(point.mineur());
                if (regimes.isEmpty() && !minors) {
                    problems.add("content/" + CASE_LAW, where
                            + " : au moins un régime est attendu, sinon le point ne serait jamais montré");
                }
                result.add(new CaseLawPoint(point.id(), point.reference(), point.resume(),
                        point.textes() == null ? List.of() : references(point.textes()), regimes, minors));
            }
        });
        return List.copyOf(result);
    }

    private static List<String> references(List<LegalReference> references) {
        return references.stream().map(LegalReference::toString).toList();
    }
}
