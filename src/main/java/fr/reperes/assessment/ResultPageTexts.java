package fr.reperes.assessment;

import fr.reperes.assessment.rules.TextKey;
import fr.reperes.core.Certainty;
import fr.reperes.core.Priority;
import fr.reperes.core.Voice;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the result page around "En bref" ({@code content/assessment/page-resultat.yml}): its title, the names
 * of the parts of the detail, its buttons and notices. Checked at start-up with the other texts of the assessment.
 */
@Component
public class ResultPageTexts {

    private record Key(String key, List<String> params) implements TextKey {
    }

    private static final String PREFIX = "page-resultat.";
    private static final Map<String, List<String>> NAMES = names();

    private final AssessmentTexts texts;

    public ResultPageTexts(AssessmentTexts texts) {
        this.texts = texts;
    }

    /** The text named {@code name} ({@code sections.delais}) for the one answering. */
    public String text(String name, Voice voice) {
        return texts.text(key(name), voice);
    }

    /** With its placeholders ({@code {nombre}}, {@code {certitude}}) filled in. */
    public String text(String name, Voice voice, Map<String, ?> values) {
        return texts.text(key(name), voice, values);
    }

    private static TextKey key(String name) {
        List<String> params = NAMES.get(name);
        if (params == null) {
            throw new IllegalArgumentException("Texte de la page de résultat inconnu : " + name);
        }
        return new Key(PREFIX + name, params);
    }

    static List<TextKey> all() {
        List<TextKey> keys = new ArrayList<>();
        NAMES.forEach((name, params) -> keys.add(new Key(PREFIX + name, params)));
        return keys;
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String name : List.of("titre", "aucune-reponse", "commencer", "detail", "pas-un-conseil",
                "pour-l-avocat", "tout-deplier", "tout-replier", "modifier", "sections.demarches", "sections.delais",
                "sections.regimes", "aucun-regime", "pourquoi", "date-depassee", "lire-la-fiche",
                "preparer-la-lettre", "aucune-lettre", "lettres-non-proposees")) {
            names.put(name, List.of());
        }
        for (String name : List.of("sections.alertes", "sections.lettres", "sections.a-clarifier", "textes-de-loi")) {
            names.put(name, List.of("nombre"));
        }
        names.put("certitude", List.of("certitude"));
        names.put("date-et-heure", List.of("date", "heure", "minutes"));
        for (Certainty certainty : Certainty.values()) {
            names.put("certitudes." + certainty.name(), List.of());
        }
        for (Priority priority : Priority.values()) {
            names.put("priorites." + priority.name(), List.of());
        }
        return Map.copyOf(names);
    }
}
