package fr.reperes.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

/** The home page; its words come from {@code content/site/ecran-accueil.yml} ({@link HomeWording}) and accueil.md. */
@Route(Routes.HOME)
@Menu(order = 1)
public class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PageTitles titles;

    private final HomeWording words;

    public HomeView(ContentLibrary content, HomeWording words, SearchBoxWording search,
                    PageTitles titles) {
        this.titles = titles;
        this.words = words;
        addClassName("vue");
        Button start = new Button(words.text("commencer"),
                click -> getUI().ifPresent(Destination.QUESTIONNAIRE::open));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(start, Destination.PAGES.link(words.text("parcourir-les-fiches")));
        actions.addClassName("actions");
        Paragraph promise = new Paragraph(words.text("promesse"));
        promise.addClassName("promesse");
        add(new H1(words.text("titre")), SiteText.of(content.siteHtml("accueil")),
                actions, new SearchBox(search), promise);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("efface")) {
            Notification.show(words.text("reponses-effacees"), 5000, Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return titles.tab("accueil");
    }
}
