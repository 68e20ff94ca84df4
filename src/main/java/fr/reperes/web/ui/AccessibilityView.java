package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

/** Déclaration d'accessibilité (RGAA 4.1): standard, method, results, known limits, how to report a problem. */
@Route(Routes.ACCESSIBILITY)
public class AccessibilityView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    public AccessibilityView(ContentLibrary content, PageTitles titles, SitePagesWording words) {
        this.titles = titles;
        addClassName("vue");
        add(new H1(words.text("accessibilite.titre")), SiteText.of(content.siteHtml("accessibilite")));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("accessibilite");
    }
}
