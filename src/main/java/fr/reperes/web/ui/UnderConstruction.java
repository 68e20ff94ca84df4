package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What a route not built yet shows: it says so plainly and points to what already works. */
public class UnderConstruction extends Div {

    public UnderConstruction(String title, String whatItWillDo) {
        addClassName("vue");
        Paragraph notYet = new Paragraph("Cette partie n'est pas encore disponible. " + whatItWillDo);
        notYet.addClassName("en-construction");
        add(new H1(title), notYet, new Paragraph(new RouterLink("Consulter les fiches d'information",
                fr.reperes.content.ui.FichesView.class)));
    }
}
