package fr.reperes.web.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** A search field that opens the search page with the words typed. */
public class SearchBox extends Div {

    public SearchBox() {
        addClassName("recherche-rapide");
        getElement().setAttribute("role", "search");
        TextField words = new TextField("Rechercher une fiche");
        words.setPlaceholder("Ex. : sortir du CMP, dossier médical");
        words.setClearButtonVisible(true);
        Button go = new Button("Rechercher", click -> open(words.getValue()));
        words.addKeyPressListener(Key.ENTER, enter -> open(words.getValue()));
        add(words, go);
    }

    private void open(String words) {
        getUI().ifPresent(ui -> ui.navigate("rechercher",
                QueryParameters.of("q", words == null ? "" : words.strip())));
    }
}
