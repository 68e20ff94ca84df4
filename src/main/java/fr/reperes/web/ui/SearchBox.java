package fr.reperes.web.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.reperes.web.navigation.Destination;

/**
 * A search field that opens the search page with the words typed; its words come from
 * {@code content/site/recherche-rapide.yml} ({@link SearchBoxWording}).
 */
public class SearchBox extends Div {

    /** The box of a page (home page, page not found). */
    public SearchBox(SearchBoxWording words) {
        this(words, "page.");
    }

    /**
     * The box of the layout's menu. Its own label and button text keep it distinct from a page's search box
     * (home page, page not found) for screen-reader users listing the fields and buttons of a page.
     */
    public static SearchBox inMenu(SearchBoxWording words) {
        SearchBox box = new SearchBox(words, "menu.");
        box.addClassName("recherche-menu");
        return box;
    }

    private SearchBox(SearchBoxWording words, String which) {
        String label = words.text(which + "libelle");
        addClassName("recherche-rapide");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", label);
        TextField typed = new TextField(label);
        typed.setPlaceholder(words.text(which + "exemple"));
        typed.setClearButtonVisible(true);
        Button go = new Button(words.text(which + "bouton"), click -> open(typed.getValue()));
        typed.addKeyPressListener(Key.ENTER, enter -> open(typed.getValue()));
        add(typed, go);
    }

    private void open(String words) {
        getUI().ifPresent(ui -> Destination.SEARCH.open(ui,
                QueryParameters.of("q", words == null ? "" : words.strip())));
    }
}
