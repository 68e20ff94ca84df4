package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of the home page around its text ({@link HomeView}), from {@code content/site/ecran-accueil.yml}.
 * Checked at start-up: every text is there, and nothing else.
 */
@Component
public class HomeWording extends WordingBundle {

    static final String FILE = "site/ecran-accueil.yml";
    static final List<String> KEYS = List.of("titre", "commencer", "parcourir-les-fiches", "promesse",
            "reponses-effacees");

    public HomeWording(Wording wording) {
        super(wording, FILE, "de la page d'accueil", KEYS, Map.of());
    }
}
