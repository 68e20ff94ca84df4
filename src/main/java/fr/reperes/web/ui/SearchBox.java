package fr.reperes.web.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.reperes.web.navigation.Destination;

/** A search field that opens the search page with the words typed. */
public class SearchBox extends Div {

    public SearchBox() {
        this("Rechercher une fiche", "Rechercher", "Ex. : sortir du CMP, dossier médical");
    }

    /**
     * The box of the layout's menu. Its own label and button text keep it distinct from a page's search box
     * (home page, page not found) for screen-reader users listing the fields and buttons of a page.
     */
    public static SearchBox inMenu() {
        SearchBox box = new SearchBox("Rechercher dans Repères", "Chercher", "Ex. : sortir du CMP");
        box.addClassName("recherche-menu");
        return box;
    }

    private SearchBox(String label, String buttonText, String example) {
        addClassName("recherche-rapide");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", label);
        TextField words = new TextField(label);
        words.setPlaceholder(example);
        words.setClearButtonVisible(true);
        Button go = new Button(buttonText, click -> open(words.getValue()));
        words.addKeyPressListener(Key.ENTER, enter -> open(words.getValue()));
        add(words, go);
    }

    private void open(String words) {
        getUI().ifPresent(ui -> Destination.SEARCH.open(ui,
                QueryParameters.of("q", words == null ? "" : words.strip())));
    }
}
