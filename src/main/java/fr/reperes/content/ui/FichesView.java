package fr.reperes.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.Page;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

/** The library of pages, grouped by theme. */
@Route(Routes.PAGES)
@Menu(order = 4)
public class FichesView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    public FichesView(ContentLibrary library, PageTitles titles) {
        this.titles = titles;
        addClassName("vue");
        add(new H1("Fiches d'information"),
                new Paragraph("Chaque fiche explique une situation, vos droits et les démarches possibles, "
                        + "avec les articles de loi. Elles sont classées par thème."));
        library.pagesByTheme().forEach((theme, pages) -> {
            UnorderedList list = new UnorderedList();
            list.addClassName("liste-fiches");
            for (Page page : pages) {
                RouterLink link = new RouterLink(page.title(), FicheView.class,
                        new RouteParameters(Routes.PAGE_PARAMETER, page.slug()));
                Paragraph summary = new Paragraph(page.summary());
                summary.addClassName("resume");
                list.add(new ListItem(link, summary));
            }
            Section section = new Section(new H2(theme.label()), list);
            section.addClassName("theme");
            add(section);
        });
    }

    @Override
    public String getPageTitle() {
        return titles.tab("fiches");
    }
}
