package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of the frame of every page ({@link MainLayout}), from {@code content/site/cadre.yml}: "Quitter
 * rapidement" and its shortcut, the skip link, the menu button, the footer (its sentence and its links), the line shown while the application
 * loads and the warning before a session expires. Checked at start-up: every text is
 * there, and nothing else.
 */
@Component
public class FrameWording extends WordingBundle {

    static final String FILE = "site/cadre.yml";
    static final List<String> KEYS = List.of("aller-au-contenu", "menu-nom-accessible", "menu-page-legere", "navigation-nom-accessible",
            "quitter", "quitter-info-bulle", "quitter-raccourci", "pied", "pied-a-propos", "pied-confidentialite",
            "pied-accessibilite", "chargement", "session-va-expirer", "session-continuer");

    public FrameWording(Wording wording) {
        super(wording, FILE, "du cadre des pages", KEYS, Map.of());
    }
}
