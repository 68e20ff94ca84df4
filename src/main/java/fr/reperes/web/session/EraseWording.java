package fr.reperes.web.session;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of "Effacer mes réponses" and of the confirmation it asks ({@link EraseButton}), from
 * {@code content/site/effacer-reponses.yml}. Checked at start-up: every text is there, and nothing else.
 */
@Component
class EraseWording extends WordingBundle {

    static final String FILE = "site/effacer-reponses.yml";
    static final List<String> KEYS = List.of("bouton", "confirmation.titre", "confirmation.texte",
            "confirmation.effacer", "confirmation.annuler");

    EraseWording(Wording wording) {
        super(wording, FILE, "du bouton « Effacer mes réponses »", KEYS, Map.of());
    }
}
