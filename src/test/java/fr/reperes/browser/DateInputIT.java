package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date typed on a phone (390 px) in the three boxes "Jour", "Mois", "Année": the number keypad is asked for, the
 * boxes start empty, a wrong month is explained above the boxes without losing what was typed, and the typed date
 * (never today's) is the one recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class DateInputIT extends BrowserIT {

    @Test
    void aDateTypedInTheThreeBoxesIsTheOneRecorded() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "questionnaire/admissionDate");
            // The date is asked once the person says they know it ("Oui"): the boxes show at the tap, before any
            // answer from the server.
            assertThat(page.locator("fieldset.saisie-date").isVisible()).isFalse();
            page.locator(".choix:has-text('Oui') label").click();
            page.waitForSelector("fieldset.saisie-date input#date-jour");
            assertThat(page.locator("fieldset.saisie-date input").count()).isEqualTo(3);
            assertThat(page.locator("label[for=date-jour]").textContent()).isEqualTo("Jour");
            assertThat(page.locator("label[for=date-mois]").textContent()).isEqualTo("Mois");
            assertThat(page.locator("label[for=date-annee]").textContent()).isEqualTo("Année");
            for (String id : List.of("date-jour", "date-mois", "date-annee")) {
                assertThat(page.locator("#" + id).getAttribute("inputmode")).as(id).isEqualTo("numeric");
                assertThat(page.locator("#" + id).inputValue()).as(id + " vide au départ").isEmpty();
            }
            assertThat(BrowserSupport.smallTapTargets(page)).isEmpty();
            double boxHeight = ((Number) page.evaluate("() => document.querySelector('#date-jour').getBoundingClientRect().height")).doubleValue();
            assertThat(boxHeight).as("cases de 44 px au moins").isGreaterThanOrEqualTo(44.0);

            // Typed with the keyboard, a wrong month first.
            page.locator("#date-jour").click();
            page.keyboard().type("29");
            page.keyboard().press("Tab");
            page.keyboard().type("14");
            page.keyboard().press("Tab");
            page.keyboard().type("2026");
            page.locator("vaadin-button:has-text('Suivant')").click();
            page.waitForSelector("#date-erreur:not([hidden])");
            assertThat(page.locator("#date-erreur").textContent()).isEqualTo("Erreur\u00a0: Entrez un mois entre 1 et 12.");
            assertThat(page.locator("#date-erreur").isVisible()).isTrue();
            assertThat(page.locator("#date-mois").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#date-jour").inputValue()).as("ce qui a été tapé reste").isEqualTo("29");
            assertThat(page.locator("#date-mois").inputValue()).isEqualTo("14");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            BrowserSupport.screenshot(page, "date-390-erreur");

            page.locator("#date-mois").fill("");
            page.locator("#date-mois").click();
            page.keyboard().type("11");
            page.locator("vaadin-button:has-text('Suivant')").click();
            page.waitForFunction("() => !location.pathname.endsWith('/admissionDate')");
            // Coming back to the question shows the date recorded: the one typed.
            BrowserSupport.open(page, base(), "questionnaire/admissionDate");
            page.waitForSelector("input#date-jour");
            assertThat(List.of(page.locator("#date-jour").inputValue(), page.locator("#date-mois").inputValue(),
                    page.locator("#date-annee").inputValue())).containsExactly("29", "11", "2026");
            assertThat(errors).isEmpty();
        }
    }
}
