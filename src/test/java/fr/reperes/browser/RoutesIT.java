package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route in a real Chromium at phone and desktop sizes: no console error, zero WCAG 2.1 A/AA violation,
 * crisis links and quick exit working; screenshots saved under target/screenshots for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "reperes.quick-exit-url=https://site-neutre.test/"})
class RoutesIT extends BrowserIT {

    static final List<String> ROUTES = List.of("", "questionnaire", "questionnaire/careBasis",
            "questionnaire/admissionDate", "questionnaire/goals", "questionnaire/verifier", "rechercher", "fiches",
            "fiches/controle-du-juge", "fiches/glossaire", "fiches/sortir-de-l-hopital", "fiches/qui-peut-m-aider",
            "lettres", "fiche-de-situation", "confidentialite", "a-propos",
            "accessibilite",
            "fiches/page-qui-n-existe-pas", "nulle-part");
    /** A small phone, a usual phone, a desktop; 640 px wide is a 1280 px screen zoomed to 200 %. */
    static final int[][] VIEWPORTS = {{320, 640}, {390, 844}, {640, 400}, {1280, 800}};

    static Stream<Arguments> routesAndViewports() {
        return ROUTES.stream().flatMap(route -> Stream.of(VIEWPORTS).map(size -> Arguments.of(route, size[0], size[1])));
    }

    @ParameterizedTest(name = "/{0} à {1} px")
    @MethodSource("routesAndViewports")
    void everyRouteIsCleanAccessibleAndOffersCrisisHelp(String route, int width, int height) {
        try (BrowserContext context = browser.context(width, height)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            List<String> elsewhere = new java.util.ArrayList<>();
            page.onRequest(request -> {
                if (!request.url().startsWith(base()) && !request.url().startsWith("data:")
                        && !request.url().startsWith("blob:")) {
                    elsewhere.add(request.url());
                }
            });
            BrowserSupport.open(page, base(), route);

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(page.title()).endsWith("Repères");
            for (String number : List.of("3114", "15", "112")) {
                assertThat(page.locator(".urgence a[href='tel:" + number + "']").isVisible())
                        .as("lien d'appel " + number).isTrue();
            }
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Quitter rapidement")).isVisible()).isTrue();
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe sur /" + route).isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("pas de défilement horizontal sur /" + route + " à " + width + " px").isEqualTo(true);
            assertThat(BrowserSupport.smallTapTargets(page)).as("zones cliquables < 44 px sur /" + route).isEmpty();
            BrowserSupport.screenshot(page, (route.isEmpty() ? "accueil" : route.replace('/', '_')) + "-" + width);
            assertThat(errors).as("erreurs du navigateur sur /" + route).isEmpty();
            // An address that leads nowhere says so with its status too (links checkers, a lawyer's saved link).
            assertThat(page.request().get(base() + "/" + route).status()).as("statut HTTP de /" + route)
                    .isEqualTo(BrowserSupport.unknownPage("/" + route) ? 404 : 200);
            assertThat(elsewhere).as("requêtes vers un autre site depuis /" + route).isEmpty();
            assertThat(context.cookies()).as("cookies posés").extracting(cookie -> cookie.name)
                    // The session cookie at most (a fiche opened directly needs none).
                    .isSubsetOf("JSESSIONID");
        }
    }

    @Test
    void quickExitReplacesThePageWithANeutralSiteAndDropsTheSession() {
        try (BrowserContext context = browser.context(390, 844)) {
            context.route("https://site-neutre.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                    .FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                    .setBody("<html lang=\"fr\"><title>Météo</title><p>Météo du jour</p></html>")));
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "fiches");
            String sessionBefore = sessionCookie(context);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Quitter rapidement")).click();
            page.waitForURL("https://site-neutre.test/**");
            assertThat(page.content()).contains("Météo du jour");
            // The history entry of Repères was replaced: going back does not show it again.
            page.goBack();
            assertThat(page.url()).doesNotContain("/fiches");
            page.waitForTimeout(1000); // lets the beacon reach the server before the next visit

            Page again = context.newPage();
            BrowserSupport.open(again, base(), "");
            assertThat(sessionCookie(context)).isNotEqualTo(sessionBefore);
        }
    }

    @Test
    void crisisLinksDialTheRightNumbers() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "");
            assertThat(page.locator(".urgence a.appel").allTextContents().stream()
                    .map(t -> t.replace('\u00a0', ' ').strip()).toList())
                    .anyMatch(t -> t.startsWith("3114")).anyMatch(t -> t.startsWith("15 ")).anyMatch(t -> t.startsWith("112"));
            assertThat(page.locator(".urgence a.appel").evaluateAll("links => links.map(a => a.href)").toString())
                    .contains("tel:3114", "tel:15", "tel:112");
        }
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
