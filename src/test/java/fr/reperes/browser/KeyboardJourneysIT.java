package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys with the keyboard alone, in a real Chromium at phone size, audited with axe at each screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class KeyboardJourneysIT {

    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    static String focused(Page page) {
        return (String) page.evaluate("""
                () => { let e = document.activeElement;
                        while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                        const host = document.activeElement;
                        return (host.tagName + '|' + (host.id || '') + '|' + (host.textContent || '').trim().slice(0, 80)); }""");
    }

    /** Presses Tab until the focused element's text starts with {@code text}; fails after 60 presses. */
    static void tabTo(Page page, String text) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (focused(page).split("\\|", -1)[2].startsWith(text)) {
                return;
            }
        }
        throw new AssertionError("« " + text + " » n'est pas atteignable au clavier ; focus sur " + focused(page));
    }

    static void waitForHeading(Page page, String text) {
        page.waitForFunction("t => { const h = document.querySelector('main#contenu h1'); return h && h.textContent.trim().startsWith(t); }", text);
    }

    @Test
    void theQuestionnaireThenTheResultWithTheKeyboardAlone() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, "http://localhost:" + port, "questionnaire");
            waitForHeading(page, "Qui répond");
            // After each step the focus is on the new question's heading.
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'question-titre'");

            // Next without an answer: the error is shown next to the field, linked to it and announced.
            tabTo(page, "Suivant");
            page.keyboard().press("Enter");
            page.waitForSelector("vaadin-radio-group[invalid]");
            String error = (String) page.evaluate("""
                    () => { const g = document.querySelector('vaadin-radio-group');
                            const m = g.querySelector('[slot=error-message]');
                            return m.textContent + '|' + (m.getAttribute('aria-live') || m.getAttribute('role') || '') + '|' + m.id + '|' + m.outerHTML; }""");
            assertThat(error).startsWith("Choisissez une réponse");
            String[] parts = error.split("\\|");
            assertThat(page.locator("main#contenu [aria-live=assertive]").textContent())
                    .as("message annoncé par une zone aria-live").startsWith("Choisissez une réponse");
            assertThat((String) page.evaluate("id => { const g = document.querySelector('vaadin-radio-group');"
                    + " return g.getAttribute('aria-describedby') || g.querySelector('[aria-describedby]')?.getAttribute('aria-describedby') || ''; }", parts[2]))
                    .as("message relié au champ").contains(parts[2]);
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();

            // Choose "Moi, la personne concernée" with the keyboard: focus the group, Space on the first option.
            page.locator("vaadin-radio-button").first().locator("input").focus();
            page.keyboard().press("Space");
            tabTo(page, "Suivant");
            page.keyboard().press("Enter");
            waitForHeading(page, "Avez-vous moins de 18 ans");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'question-titre'");

            // Answer every other question with "Je ne sais pas", by keyboard.
            for (int i = 0; i < 20; i++) {
                if (page.url().endsWith("/questionnaire/verifier")) {
                    break;
                }
                String before = page.url();
                tabTo(page, "Je ne sais pas");
                page.keyboard().press("Enter");
                page.waitForFunction("u => location.href !== u", before);
            }
            waitForHeading(page, "Vérifiez vos réponses");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            tabTo(page, "Voir mon résultat");
            page.keyboard().press("Enter");
            waitForHeading(page, "Votre situation");
            assertThat(page.locator("main#contenu").textContent()).contains("À confirmer");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            BrowserSupport.screenshot(page, "parcours-clavier-resultat-390");
            assertThat(errors).isEmpty();
        }
    }
}
