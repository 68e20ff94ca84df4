package fr.reperes.interview;

import fr.reperes.core.Voice;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of "Vérifiez vos réponses", from {@code content/interview/verifier-reponses.yml}. Checked at start-up:
 * every text is there, nothing else, and only the placeholders the page fills in.
 */
@Component
public class SummaryWording {

    static final String FILE = "interview/verifier-reponses.yml";
    static final List<String> KEYS = List.of("titre", "intro", "pas-encore-repondu", "modifier", "repondre",
            "modifier-nom-accessible", "repondre-nom-accessible", "voir-resultat", "nouvelle-personne-aide");
    private static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "modifier-nom-accessible", List.of("question"),
            "repondre-nom-accessible", List.of("question"),
            "nouvelle-personne-aide", List.of("bouton"));

    private final Texts texts;

    public SummaryWording(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        texts.requireExactly(KEYS, problems);
        for (String key : KEYS) {
            if (texts.has(key)) {
                texts.allowPlaceholders(key, PLACEHOLDERS.getOrDefault(key, List.of()), problems);
            }
        }
        problems.throwIfAny();
    }

    /** The text named {@code key} ({@code titre}). */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** With its placeholders ({@code {question}}) filled in. */
    public String text(String key, Map<String, String> values) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("Texte de « Vérifiez vos réponses » inconnu : " + key);
        }
        return texts.text(key, Voice.PERSON, values);
    }
}
