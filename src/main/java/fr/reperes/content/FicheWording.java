package fr.reperes.content;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words around a fiche's text — "Sommaire", "Textes et sources", the review date — from
 * {@code content/site/fiche.yml}, the same inside the application and on a fiche opened directly. Checked at
 * start-up: every text is there, and nothing else.
 */
@Component
public class FicheWording extends WordingBundle {

    static final String FILE = "site/fiche.yml";
    static final List<String> KEYS = List.of("sommaire", "textes-et-sources", "articles-cites", "sources",
            "verification");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    public FicheWording(Wording wording) {
        super(wording, FILE, "des fiches", KEYS, Map.of("verification", List.of("date")));
    }

    /** "Dernière vérification : 4 décembre 2026". */
    public String reviewed(Page page) {
        return text("verification", Map.of("date", page.reviewed().format(FRENCH_DATE)));
    }
}
