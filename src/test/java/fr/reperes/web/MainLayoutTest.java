package fr.reperes.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.reperes.AbstractViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** What the frame of every page offers a person in distress or in a hurry. */
class MainLayoutTest extends AbstractViewTest {

    @Test
    void theNavigationListsEverySection() {
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly(
                "Accueil", "Questionnaire", "Rechercher", "Fiches", "Lettres", "Confidentialité", "À propos");
    }

    @Test
    void crisisNumbersAreTappableOnEveryPage() {
        for (String route : new String[]{"", "fiches", "confidentialite", "a-propos", "questionnaire"}) {
            UI.getCurrent().navigate(route);
            assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                    .as("page /" + route).contains("tel:3114", "tel:15", "tel:112");
        }
    }

    @Test
    void eachCrisisNumberSaysWhatItIsFor() {
        UI.getCurrent().navigate("resultat");
        com.vaadin.flow.component.html.Div band = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("urgence"));
        assertThat(_find(band, Anchor.class)).extracting(link -> link.getElement().getTextRecursively())
                .containsExactly("3114\u00a0— prévention du suicide", "15\u00a0— SAMU", "112\u00a0— urgences");
        assertThat(_find(band, Anchor.class)).allSatisfy(link -> assertThat(link.getClassNames()).contains("appel"));
    }

    @Test
    void quickExitIsAlwaysVisible() {
        UI.getCurrent().navigate("fiches");
        Button quit = _get(Button.class, spec -> spec.withText("Quitter rapidement"));
        assertThat(quit.isVisible()).isTrue();
        // Screen readers hear the keyboard shortcut with the button.
        String described = quit.getElement().getAttribute("aria-describedby");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId(described)).getText())
                .contains("trois fois sur la touche Maj");
    }

    @Test
    void erasingAsksForConfirmationThenDropsTheSession() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Effacer mes réponses")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        // The question asked before erasing (content/site/effacer-reponses.yml).
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Effacer vos réponses ?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Tout effacer");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        var httpSession = UI.getCurrent().getSession().getSession();
        assertThat(isInvalidated(httpSession)).isFalse();
        _fireConfirm(confirm);
        assertThat(isInvalidated(httpSession)).isTrue();
    }

    private static boolean isInvalidated(com.vaadin.flow.server.WrappedSession session) {
        var httpSession = ((com.vaadin.flow.server.WrappedHttpSession) session).getHttpSession();
        return !((com.github.mvysny.fakeservlet.FakeHttpSession) httpSession).isValid();
    }

    @Test
    void unknownAddressesGetAFriendlyFrenchPage() {
        UI.getCurrent().navigate("fiches/nulle-part");
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page introuvable — Repères");
        _get(Button.class, spec -> spec.withText("Rechercher"));
    }

    @Test
    void eachPageTellsItsNameInTheBrowserTab() {
        String[][] pages = {{"", "Accueil — Repères"}, {"resultat", "Votre résultat — Repères"},
                {"fiches", "Fiches d'information — Repères"}, {"confidentialite", "Confidentialité — Repères"},
                {"accessibilite", "Accessibilité — Repères"}, {"rechercher", "Rechercher — Repères"}};
        for (String[] page : pages) {
            UI.getCurrent().navigate(page[0]);
            assertThat(UI.getCurrent().getInternals().getTitle()).as("page /" + page[0]).isEqualTo(page[1]);
        }
    }
}
