package fr.reperes.interview;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of "Vérifiez vos réponses", from {@code content/interview/verifier-reponses.yml}. Checked at start-up:
 * every text is there, nothing else, and only the placeholders the page fills in.
 */
@Component
public class SummaryWording extends WordingBundle {

    static final String FILE = "interview/verifier-reponses.yml";
    static final List<String> KEYS = List.of("titre", "intro", "pas-encore-repondu", "modifier", "repondre",
            "modifier-nom-accessible", "repondre-nom-accessible", "voir-resultat", "nouvelle-personne-aide");
    private static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "modifier-nom-accessible", List.of("question"),
            "repondre-nom-accessible", List.of("question"),
            "nouvelle-personne-aide", List.of("bouton"));

    public SummaryWording(Wording wording) {
        super(wording, FILE, "de « Vérifiez vos réponses »", KEYS, PLACEHOLDERS);
    }
}
