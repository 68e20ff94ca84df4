package fr.reperes.search.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.web.ui.UnderConstruction;

@Route("rechercher")
@PageTitle("Rechercher — Repères")
public class SearchView extends UnderConstruction {

    public SearchView() {
        super("Rechercher", "La recherche dans les fiches arrive bientôt. En attendant, la liste des fiches est "
                + "classée par thème.");
    }
}
