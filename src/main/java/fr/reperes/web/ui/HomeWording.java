package fr.reperes.web.ui;

import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The words of the home page around its text ({@link HomeView}), from {@code content/site/ecran-accueil.yml}.
 * Checked at start-up: every text is there, and nothing else.
 */
@Component
public class HomeWording {

    static final String FILE = "site/ecran-accueil.yml";
    static final List<String> KEYS = List.of("titre", "commencer", "parcourir-les-fiches", "promesse",
            "reponses-effacees");

    private final Texts texts;

    public HomeWording(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        texts.requireExactly(KEYS, problems);
        KEYS.forEach(key -> texts.allowPlaceholders(key, List.of(), problems));
        problems.throwIfAny();
    }

    /** The text named {@code key} ({@code commencer}). */
    public String text(String key) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("Texte de la page d'accueil inconnu : " + key);
        }
        return texts.text(key);
    }
}
