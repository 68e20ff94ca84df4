package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words around the texts of the About, Privacy and Accessibility pages ({@link AboutView}, {@link PrivacyView},
 * {@link AccessibilityView}), from {@code content/site/pages-du-site.yml}. Checked at start-up.
 */
@Component
public class SitePagesWording extends WordingBundle {

    static final String FILE = "site/pages-du-site.yml";
    static final List<String> KEYS = List.of("a-propos.titre", "a-propos.verification", "confidentialite.titre",
            "accessibilite.titre");

    public SitePagesWording(Wording wording) {
        super(wording, FILE, "des pages du site", KEYS, Map.of("a-propos.verification", List.of("date")));
    }
}
