package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fiche opened directly — a link received by text message, a bookmark, a reload — is a whole page without the
 * application: read at once on a weak connection, and still the frame a person relies on: the crisis numbers,
 * "Quitter rapidement" (Back never comes back), the menu and the search by keyboard, the way into the questionnaire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "reperes.quick-exit-url=https://site-neutre.test/meteo"})
class LightFicheIT extends BrowserIT {

    static final String FICHE = "fiches/isolement-et-contention";

    private BrowserContext phone(int width) {
        BrowserContext context = browser.context(width, 844);
        context.route("https://site-neutre.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                .FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                .setBody("<html lang=\"fr\"><title>Météo</title><p>Météo du jour</p></html>")));
        return context;
    }

    @ParameterizedTest(name = "à {0} px")
    @ValueSource(ints = {320, 390})
    void theFicheIsReadAtOnceWithoutTheApplicationOnAPhone(int width) {
        try (BrowserContext context = phone(width)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            List<String> requested = new ArrayList<>();
            page.onRequest(request -> requested.add(request.url().replace(base(), "")));
            BrowserSupport.open(page, base(), FICHE);

            assertThat(page.title()).isEqualTo("L'isolement et la contention — Repères");
            assertThat(requested).as("ce que la page demande").noneMatch(url -> url.contains("VAADIN"))
                    .allMatch(url -> url.startsWith("/"));
            // Opens at its top: the exit, the crisis numbers and the title in the first screen.
            assertThat(page.evaluate("() => window.scrollY")).isEqualTo(0);
            for (String selector : List.of("button.quitter", ".urgence a[href='tel:3114']", "main#contenu h1")) {
                var box = page.locator(selector).boundingBox();
                assertThat(box.y + box.height).as(selector + " dans le premier écran").isLessThanOrEqualTo(844);
                assertThat(box.x + box.width).as(selector + " pas coupé à droite").isLessThanOrEqualTo(width);
            }
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            assertThat(BrowserSupport.smallTapTargets(page)).isEmpty();
            BrowserSupport.screenshot(page, "fiche-legere-" + width);
            page.locator("details.menu-leger summary").click();
            assertThat(BrowserSupport.axeViolations(page)).as("menu ouvert").isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            assertThat(BrowserSupport.smallTapTargets(page)).as("menu ouvert").isEmpty();
            BrowserSupport.screenshot(page, "fiche-legere-menu-" + width);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void byKeyboardTheSkipLinkTheMenuAndTheSearchWork() {
        try (BrowserContext context = phone(390)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), FICHE);
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Aller au contenu");
            page.keyboard().press("Enter");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("contenu");
            assertThat(page.url()).endsWith("/" + FICHE + "#contenu");

            // Menu: Enter on "Menu" opens it; the search box is the next stop.
            page.locator("details.menu-leger summary").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("details.menu-leger").getAttribute("open")).isNotNull();
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("q");
            page.keyboard().type("isolement");
            page.keyboard().press("Enter");
            page.waitForURL("**/rechercher?q=isolement");
            page.waitForSelector("main#contenu h1");
            page.waitForSelector(".resultat a[href*='isolement-et-contention']");
        }
    }

    @Test
    void theMenuLeadsIntoTheApplication() {
        try (BrowserContext context = phone(390)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), FICHE);
            page.locator("details.menu-leger summary").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Questionnaire").setExact(true)).click();
            page.waitForURL("**/questionnaire/*");
            page.waitForSelector("#reponse input");
            assertThat(page.locator("main#contenu h1").textContent()).isNotBlank();
        }
    }

    @Test
    void quickExitLeavesAndBackNeverComesBack() {
        try (BrowserContext context = phone(390)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "");
            BrowserSupport.open(page, base(), FICHE);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quitter rapidement")).click();
            page.waitForURL("https://site-neutre.test/**");
            page.goBack();
            page.waitForTimeout(500);
            assertThat(page.url()).doesNotContain("/fiches");
            assertThat(page.content()).doesNotContain("isolement");
        }
    }

    @Test
    void shiftThreeTimesLeavesFromTheKeyboard() {
        try (BrowserContext context = phone(390)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), FICHE);
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.waitForURL("https://site-neutre.test/**");
            assertThat(page.content()).contains("Météo du jour");
        }
    }
}
