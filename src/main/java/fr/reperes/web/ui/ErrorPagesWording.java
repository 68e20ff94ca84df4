package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of the error page ({@link ErrorView}) and of the page not found ({@link NotFoundView}), from
 * {@code content/site/pages-d-erreur.yml}. Checked at start-up: every text is there, and nothing else.
 */
@Component
public class ErrorPagesWording extends WordingBundle {

    static final String FILE = "site/pages-d-erreur.yml";
    static final List<String> KEYS = List.of("erreur.titre-onglet", "erreur.titre", "erreur.texte", "erreur.retour",
            "introuvable.titre-onglet", "introuvable.titre", "introuvable.texte", "introuvable.toutes-les-fiches");

    public ErrorPagesWording(Wording wording) {
        super(wording, FILE, "des pages d'erreur", KEYS, Map.of());
    }
}
