package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

@Route(Routes.PRIVACY)
@Menu(order = 6)
public class PrivacyView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    public PrivacyView(ContentLibrary content, PageTitles titles, SitePagesWording words) {
        this.titles = titles;
        addClassName("vue");
        add(new H1(words.text("confidentialite.titre")), SiteText.of(content.siteHtml("confidentialite")));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("confidentialite");
    }
}
