package fr.reperes.web.ui;

import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The words of the frame of every page ({@link MainLayout}), from {@code content/site/cadre.yml}: "Quitter
 * rapidement" and its shortcut, the skip link, the menu button and the footer. Checked at start-up: every text is
 * there, and nothing else.
 */
@Component
public class FrameWording {

    static final String FILE = "site/cadre.yml";
    static final List<String> KEYS = List.of("aller-au-contenu", "menu-nom-accessible", "navigation-nom-accessible",
            "quitter", "quitter-info-bulle", "quitter-raccourci", "pied");

    private final Texts texts;

    public FrameWording(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        texts.requireExactly(KEYS, problems);
        KEYS.forEach(key -> texts.allowPlaceholders(key, List.of(), problems));
        problems.throwIfAny();
    }

    /** The text named {@code key} ({@code quitter}). */
    public String text(String key) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("Texte du cadre des pages inconnu : " + key);
        }
        return texts.text(key);
    }
}
