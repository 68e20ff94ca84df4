package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

@Route(Routes.ABOUT)
@Menu(order = 7)
public class AboutView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    public AboutView(ContentLibrary content, PageTitles titles, SitePagesWording words) {
        this.titles = titles;
        addClassName("vue");
        Paragraph reviewed = new Paragraph(words.text("a-propos.verification", Map.of("date",
                content.lastReviewed().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)))));
        reviewed.addClassName("verification");
        add(new H1(words.text("a-propos.titre")), SiteText.of(content.siteHtml("a-propos")), reviewed);
    }

    @Override
    public String getPageTitle() {
        return titles.tab("a-propos");
    }
}
