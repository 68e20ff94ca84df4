package fr.reperes.web.ui;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The words of the search boxes ({@link SearchBox}): a page's and the menu's, from
 * {@code content/site/recherche-rapide.yml}. Checked at start-up: every text is there, and nothing else.
 */
@Component
public class SearchBoxWording extends WordingBundle {

    static final String FILE = "site/recherche-rapide.yml";
    static final List<String> KEYS = List.of("page.libelle", "page.bouton", "page.exemple", "menu.libelle",
            "menu.bouton", "menu.exemple");

    public SearchBoxWording(Wording wording) {
        super(wording, FILE, "de la boîte de recherche", KEYS, Map.of());
    }
}
