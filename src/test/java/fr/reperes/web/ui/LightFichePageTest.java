package fr.reperes.web.ui;

import fr.reperes.content.ContentLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fiche opened directly (a link received by text message, a bookmark, a reload) comes whole in the first
 * response, without the application's scripts: what a person on a weak connection reads, and what a reviewer
 * checks with curl.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LightFichePageTest {

    static final String FICHE = "soins-sur-decision-du-prefet";

    @LocalServerPort
    int port;

    @Autowired
    ContentLibrary library;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFicheOpenedDirectlyIsTheWholePageWithoutTheApplication() throws Exception {
        HttpResponse<String> response = get("/fiches/" + FICHE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        // Standards mode, as the application's pages.
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
        Document page = Jsoup.parse(response.body());
        var fiche = library.page(FICHE).orElseThrow();

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.title()).isEqualTo(fiche.title() + " — Repères");
        assertThat(page.select("main#contenu h1").text()).isEqualTo(fiche.title());
        assertThat(page.select("main#contenu p.chapeau").text()).isEqualTo(fiche.summary());
        assertThat(page.select("main#contenu .verification").text()).startsWith("Dernière vérification : ");
        assertThat(page.select("main#contenu .texte").text()).contains("L.3213-1");
        // Every article cited, linked to Légifrance, and the sources, as inside the application.
        assertThat(page.select(".sources a[href^=https://www.legifrance.gouv.fr]")).hasSize(fiche.legal().size());
        assertThat(page.select(".sources li").size()).isEqualTo(fiche.legal().size() + fiche.sources().size());
        // No script of the application: nothing but the quick-exit script in the head.
        assertThat(page.select("script[src]")).isEmpty();
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("head script").html()).contains("reperesQuitter");
        assertThat(response.body()).doesNotContain("VAADIN/build");
    }

    @Test
    void theFrameGivesTheCrisisNumbersTheWayOutTheMenuAndTheSearch() throws Exception {
        Document page = Jsoup.parse(get("/fiches/" + FICHE).body());
        assertThat(page.select(".urgence a.appel").eachAttr("href")).containsExactly("tel:3114", "tel:15", "tel:112");
        var exit = page.selectFirst("header button.quitter");
        assertThat(exit.text()).isEqualTo("Quitter rapidement");
        assertThat(exit.attr("aria-describedby")).isEqualTo("raccourci-sortie");
        // Without scripts the button's form opens the neutral site.
        assertThat(exit.parent().attr("action")).startsWith("https://");
        assertThat(page.select("a.lien-evitement").attr("href")).isEqualTo("fiches/" + FICHE + "#contenu");
        assertThat(page.select("base").attr("href")).isEqualTo("/");
        assertThat(page.select("details.menu-leger nav a").eachText()).contains("Questionnaire");
        assertThat(page.select("form[role=search]").attr("action")).isEqualTo("rechercher");
        assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
        assertThat(page.select("form[role=search] label[for=recherche-mots]").text()).isNotBlank();
        assertThat(page.select("footer.pied a").eachAttr("href")).containsExactly("a-propos", "confidentialite",
                "accessibilite");
        // The style sheets carry a checksum: kept a year by the browser, a repeat visit loads only the page.
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .allMatch(href -> href.matches("styles/[a-z-]+\\.css\\?v-c=[0-9a-f]{16}"));
    }

    @Test
    void theApplicationStillAnswersEverythingElse() throws Exception {
        // An unknown fiche: the application's "page introuvable", with its scripts.
        assertThat(get("/fiches/n-existe-pas").body()).contains("VAADIN/build").doesNotContain("page-legere");
        assertThat(get("/fiches/" + FICHE + "/autre").body()).doesNotContain("page-legere");
        assertThat(get("/fiches").body()).contains("VAADIN/build");
        assertThat(get("/").body()).contains("VAADIN/build");
        // A request of the application itself is never answered with the light page.
        assertThat(get("/fiches/" + FICHE + "?v-r=init").body()).doesNotContain("page-legere");
    }
}
