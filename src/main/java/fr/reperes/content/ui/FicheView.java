package fr.reperes.content.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.FicheWording;
import fr.reperes.content.Page;
import fr.reperes.core.LegalReference;
import fr.reperes.core.Links;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;


/** One page of the library: summary, table of contents when long, body, review date, articles and sources. */
@Route(Routes.PAGE)
public class FicheView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TOC_MIN_HEADINGS = 3;

    private final ContentLibrary library;
    private final PageTitles titles;
    private final FicheWording words;
    private String title = "Fiche";

    public FicheView(ContentLibrary library, PageTitles titles, FicheWording words) {
        this.titles = titles;
        this.words = words;
        this.library = library;
        addClassName("vue");
        addClassName("fiche");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(Routes.PAGE_PARAMETER).orElse("");
        Page page = library.page(slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.title();
        removeAll();
        Paragraph summary = new Paragraph(page.summary());
        summary.addClassName("chapeau");
        add(new H1(page.title()), summary, reviewed(page));
        if (page.toc().size() >= TOC_MIN_HEADINGS) {
            add(tableOfContents(page));
        }
        add(new Html("<div class=\"texte\">" + page.html() + "</div>"), references(page));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("page", title);
    }

    private Paragraph reviewed(Page page) {
        Paragraph reviewed = new Paragraph(words.reviewed(page));
        reviewed.addClassName("verification");
        return reviewed;
    }

    private Nav tableOfContents(Page page) {
        OrderedList items = new OrderedList();
        for (Page.Heading heading : page.toc()) {
            // Relative to the page's <base href>, hence the full path; router-ignore lets the browser just scroll.
            Anchor link = new Anchor(Links.page(page.slug(), heading.anchor()), heading.title());
            link.getElement().setAttribute("router-ignore", true);
            items.add(new ListItem(link));
        }
        H2 heading = new H2(words.text("sommaire"));
        heading.setId("sommaire");
        Nav toc = new Nav(heading, items);
        toc.addClassName("sommaire");
        toc.getElement().setAttribute("aria-labelledby", "sommaire");
        return toc;
    }

    private Section references(Page page) {
        UnorderedList articles = new UnorderedList();
        for (LegalReference reference : page.legal()) {
            Anchor link = new Anchor(reference.legifranceUrl(), reference.toString());
            link.getElement().setAttribute("rel", "noopener noreferrer");
            articles.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" — " + reference.codeName())));
        }
        UnorderedList sources = new UnorderedList();
        page.sources().forEach(source -> sources.add(new ListItem(source)));
        H2 heading = new H2(words.text("textes-et-sources"));
        Section section = new Section(heading, new Paragraph(words.text("articles-cites")), articles,
                new Paragraph(words.text("sources")), sources, reviewed(page));
        section.addClassName("sources");
        return section;
    }
}
