package fr.reperes.web.navigation;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The titles of the pages, from {@code content/site/titres-des-pages.yml}: the browser tab's (each view's
 * {@code HasDynamicTitle}) and the menu's. Checked at start-up: every text is there, and nothing else.
 */
@Component
public class PageTitles extends WordingBundle {

    static final String FILE = "site/titres-des-pages.yml";
    static final List<String> PAGES = List.of("accueil", "questionnaire", "resultat", "dates-de-la-procedure",
            "fiche-de-situation", "rechercher", "fiches", "lettres", "confidentialite", "a-propos", "accessibilite");
    /** The pages of the menu, by their address (the home page's is empty). */
    static final List<String> MENU = List.of(Routes.HOME, Routes.QUESTIONNAIRE, Routes.SEARCH, Routes.PAGES,
            Routes.LETTERS, Routes.PRIVACY, Routes.ABOUT);
    static final List<String> KEYS = keys();

    public PageTitles(Wording wording) {
        super(wording, FILE, "des titres des pages", KEYS,
                Map.of("page", List.of("titre"), "question", List.of("titre")));
    }

    /** The tab's title of the page named {@code page} ({@code resultat}): "Votre résultat — Repères". */
    public String tab(String page) {
        return text("onglet." + page);
    }

    /** The tab's title of a page whose own title is {@code title} (a sheet, a letter): "… — Repères". */
    public String tab(String page, String title) {
        return text(page, Map.of("titre", title));
    }

    /** The addresses of the menu's pages, in the menu's order (the home page's is empty). */
    public List<String> menuPaths() {
        return MENU;
    }

    /** The name in the menu of the page at {@code path} ("", "/fiches" or "fiches"). */
    public String menu(String path) {
        return text("menu." + menuKey(path));
    }

    private static String menuKey(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return route.isEmpty() ? "accueil" : route;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        PAGES.forEach(page -> keys.add("onglet." + page));
        keys.add("page");
        keys.add("question");
        MENU.forEach(path -> keys.add("menu." + menuKey(path)));
        return List.copyOf(keys);
    }
}
