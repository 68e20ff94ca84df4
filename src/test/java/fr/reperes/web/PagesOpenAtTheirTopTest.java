package fr.reperes.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationObserver;
import fr.reperes.AbstractViewTest;
import fr.reperes.web.ui.MainLayout;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, reached from another inside the application, opens at its top with the focus on its title: after each
 * navigation the frame scrolls to 0 and focuses the page's one h1. Karibu cannot run the script; what the browser
 * does is checked at 390 px by {@code PhoneResultIT}. Here: the frame listens to every navigation, and every page of
 * the journey has exactly one title, inside the main region, to receive the focus.
 */
class PagesOpenAtTheirTopTest extends AbstractViewTest {

    @Test
    void eachPageOfTheJourneyHasOneTitleForTheFocusAndTheFrameMovesItThereAfterEachNavigation() {
        for (String route : new String[]{"questionnaire/respondent", "questionnaire/verifier", "resultat",
                "lettres/cessation-prise-en-charge", "questionnaire/respondent", "", "fiches"}) {
            UI.getCurrent().navigate(route);
            assertThat(_get(MainLayout.class)).isInstanceOf(AfterNavigationObserver.class);
            assertThat(_find(H1.class)).as("/" + route).hasSize(1);
            H1 title = _get(H1.class);
            assertThat(title.getText()).as("/" + route).isNotBlank();
            assertThat(title.getParent().flatMap(p -> p.getParent())).isPresent();
            assertThat(isInside(title, _get(Main.class))).as("/" + route + " : titre dans <main>").isTrue();
        }
    }

    private static boolean isInside(com.vaadin.flow.component.Component component, Main main) {
        for (var c = component.getParent(); c.isPresent(); c = c.get().getParent()) {
            if (c.get() == main) {
                return true;
            }
        }
        return false;
    }
}
