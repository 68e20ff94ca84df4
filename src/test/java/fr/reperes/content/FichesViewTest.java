package fr.reperes.content;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.AbstractViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FichesViewTest extends AbstractViewTest {

    @Test
    void theLibraryIsGroupedByThemeAndLinksEveryPage() {
        UI.getCurrent().navigate("fiches");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Soins libres",
                "Soins sans consentement", "Soins ordonnés par la justice", "Mesures de protection",
                "Droits et recours", "En pratique");
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref)
                .contains("fiches/programme-de-soins", "fiches/glossaire", "fiches/mesures-de-protection");
    }

    @Test
    void aPageShowsItsTitleReviewDateTableOfContentsArticlesAndSources() {
        UI.getCurrent().navigate("fiches/controle-du-juge");
        assertThat(_get(H1.class).getText()).isNotBlank();
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith("— Repères");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Dernière vérification : ") && t.contains("2026"));
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Sommaire", "Textes et sources");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .anyMatch(href -> href.startsWith("https://www.legifrance.gouv.fr/"))
                .anyMatch(href -> href.startsWith("fiches/controle-du-juge#"));
        assertThat(_get(Html.class, spec -> spec.withClasses("texte")).getInnerHtml()).contains("class=\"ref-legale\"");
    }

    @Test
    void anUnknownPageGetsAFriendlyNotFoundWithASearchBox() {
        UI.getCurrent().navigate("fiches/hospitalisation-d-office");
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
    }
}
