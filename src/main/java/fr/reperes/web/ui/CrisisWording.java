package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words around the crisis numbers ({@link CrisisLinks}), from {@code content/site/urgence.yml}. Checked at
 * start-up: every text is there, and nothing else. The numbers themselves stay in the code with their tel: links.
 */
@Component
public class CrisisWording extends WordingBundle {

    static final String FILE = "site/urgence.yml";
    /** The numbers, in the order shown. */
    static final List<String> NUMBERS = List.of("3114", "15", "112");
    static final List<String> KEYS = List.of("question", "region-nom-accessible", "menu", "appels.3114",
            "appels.15", "appels.112");

    public CrisisWording(Wording wording) {
        super(wording, FILE, "des numéros d'urgence", KEYS, Map.of());
    }

    /** What {@code number} is for: "prévention du suicide". */
    String purpose(String number) {
        return text("appels." + number);
    }
}
