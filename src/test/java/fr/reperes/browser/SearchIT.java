package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in a real Chromium at phone size: typing shows results and updates the address, the status is
 * announced, every state passes the WCAG 2.1 A/AA audit, and the keyboard alone goes from the field to a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"})
class SearchIT extends BrowserIT {

    private BrowserContext phone() {
        return browser.context(390, 844);
    }

    private static Locator field(Page page) {
        return page.getByLabel("Mots recherchés");
    }

    private static Locator status(Page page) {
        return page.locator("main [role=status]");
    }

    @Test
    void typingShowsResultsAndTheKeyboardAloneOpensTheFirstOne() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "rechercher");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, page vide").isEmpty();

            field(page).focus();
            page.keyboard().type("attachée au lit", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(40));
            page.waitForURL(Pattern.compile(".*rechercher\\?q=attach.*au.*lit.*"));
            page.locator(".resultat h2 a").first().waitFor();
            assertThat(status(page).textContent()).matches("\\d+ résultats?.*");
            assertThat(page.locator(".resultat h2 a").first().textContent()).isEqualTo("L'isolement et la contention");
            assertThat(page.locator(".resultat .extrait mark").count()).isPositive();
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, résultats").isEmpty();
            BrowserSupport.screenshot(page, "recherche-resultats-390");

            page.keyboard().press("Tab");
            assertThat((String) page.evaluate("() => document.activeElement.textContent"))
                    .as("Tab depuis le champ mène au premier résultat").isEqualTo("L'isolement et la contention");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/fiches/isolement-et-contention$"));
            page.waitForSelector("main#contenu h1:has-text(\"L'isolement et la contention\")");
            assertThat(errors).as("erreurs du navigateur").isEmpty();
        }
    }

    @Test
    void noResultAndFilterStatesAreAccessibleToo() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "rechercher?q=xylophone");
            page.locator(".sans-resultat").waitFor();
            assertThat(status(page).textContent()).isEqualTo("Aucun résultat pour « xylophone ».");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, aucun résultat").isEmpty();
            BrowserSupport.screenshot(page, "recherche-aucun-resultat-390");

            BrowserSupport.open(page, base(), "rechercher?q=juge");
            Locator tutelle = page.getByRole(AriaRole.CHECKBOX,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Tutelle \\(\\d+\\)$")));
            tutelle.focus();
            page.keyboard().press("Space");
            page.waitForURL(Pattern.compile(".*regime=TUTELLE.*"));
            assertThat(page.locator(".resultat h2 a").allTextContents())
                    .contains("Tutelle, curatelle et autres mesures de protection");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, filtre").isEmpty();
            BrowserSupport.screenshot(page, "recherche-filtre-390");
            assertThat(errors).as("erreurs du navigateur").isEmpty();
        }
    }
}
