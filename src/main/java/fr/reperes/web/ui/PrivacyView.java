package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.Routes;

@Route(Routes.PRIVACY)
@Menu(title = "Confidentialité", order = 6)
@PageTitle("Confidentialité — Repères")
public class PrivacyView extends Div {

    public PrivacyView(ContentLibrary content) {
        addClassName("vue");
        add(new H1("Confidentialité"), SiteText.of(content.siteHtml("confidentialite")));
    }
}
