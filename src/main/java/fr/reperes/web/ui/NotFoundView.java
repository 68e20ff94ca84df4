package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.reperes.web.navigation.Destination;
import jakarta.servlet.http.HttpServletResponse;

/** Any unknown address, including an unknown page slug: a friendly page with a way forward, HTTP 404. */
@ParentLayout(MainLayout.class)
@PageTitle("Page introuvable — Repères")
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("vue");
        add(new H1("Page introuvable"),
                new Paragraph("Cette page n'existe pas ou a changé d'adresse. Vous pouvez chercher le sujet "
                        + "qui vous intéresse ou parcourir la liste des fiches."),
                new SearchBox(),
                new Paragraph(Destination.PAGES.link("Voir toutes les fiches")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
