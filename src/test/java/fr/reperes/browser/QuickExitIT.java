package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Quitter rapidement" in a real Chromium on a phone, claim by claim as the privacy page states them: one tap
 * replaces the page with a neutral site and drops the session; Back never shows a page of Repères again (pages are
 * reloaded, never restored from a copy, and a reload after leaving goes to the neutral site); Shift pressed three
 * times does the same from the keyboard, and typing capitals does not; the shortcut is told to screen readers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "reperes.quick-exit-url=https://site-neutre.test/meteo"})
class QuickExitIT extends BrowserIT {

    private static final String NEUTRAL = "https://site-neutre.test/meteo";

    private BrowserContext phone() {
        BrowserContext context = browser.context(390, 844);
        context.route("https://site-neutre.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                .FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                .setBody("<html lang=\"fr\"><title>Météo</title><p>Météo du jour</p></html>")));
        return context;
    }

    @Test
    void backAfterQuickExitNeverShowsAPageOfReperes() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "fiches");
            // A page reached inside the application (a history entry of the same document)…
            page.locator("main a[href*='fiches/']").first().click();
            page.waitForURL("**/fiches/*");
            // …then a letter with something typed in it.
            BrowserSupport.open(page, base(), "lettres/acces-dossier-medical");
            page.getByLabel("Prénom").first().fill("Zéphyrine");
            page.getByLabel("Prénom").first().press("Tab");
            String sessionBefore = sessionCookie(context);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quitter rapidement")).click();
            page.waitForURL(NEUTRAL);
            assertThat(page.content()).contains("Météo du jour");

            for (int back = 1; back <= 2; back++) {
                page.goBack();
                page.waitForURL(NEUTRAL);
                assertThat(page.url()).as("adresse après Retour n° " + back).isEqualTo(NEUTRAL);
                assertThat(page.content()).as("page après Retour n° " + back).contains("Météo du jour")
                        .doesNotContain("Zéphyrine").doesNotContain("Repères");
            }

            // Typing the address again starts afresh, in a new session where nothing typed remains.
            BrowserSupport.open(page, base(), "lettres/acces-dossier-medical");
            assertThat(page.url()).startsWith(base());
            assertThat(page.getByLabel("Prénom").first().inputValue()).isEmpty();
            assertThat(sessionCookie(context)).isNotEqualTo(sessionBefore);
        }
    }

    @Test
    void theApplicationsPagesForbidAnyCopySoBackCannotRestoreOne() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            for (String route : new String[]{"fiches", "questionnaire", "lettres/acces-dossier-medical"}) {
                Response response = page.navigate(base() + "/" + route);
                page.waitForSelector("main#contenu h1");
                assertThat(response.headers().get("cache-control")).as("/" + route).contains("no-store");
            }
        }
    }

    @Test
    void shiftPressedThreeTimesLeavesButTypingCapitalsDoesNot() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "lettres/acces-dossier-medical");
            page.getByLabel("Prénom").first().focus();
            // Capitals and Shift+Tab are not the shortcut: any other key between two Shifts starts the count again.
            page.keyboard().press("Shift");
            page.keyboard().press("Shift+Z");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift+Tab");
            page.waitForTimeout(300);
            assertThat(page.url()).startsWith(base());
            assertThat(page.locator("#annonce-sortie").textContent()).as("compte remis à zéro").isEmpty();

            String sessionBefore = sessionCookie(context);
            page.keyboard().press("Shift");
            assertThat(page.locator("#annonce-sortie").textContent()).isEqualTo("Touche Maj : 1 sur 3 pour quitter Repères.");
            page.keyboard().press("Shift");
            page.keyboard().press("Shift");
            page.waitForURL(NEUTRAL);
            page.waitForTimeout(500); // the beacon reaches the server
            BrowserSupport.open(context.newPage(), base(), "");
            assertThat(sessionCookie(context)).isNotEqualTo(sessionBefore);
        }
    }

    @Test
    void screenReadersHearTheShortcutWithTheButton() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "");
            String description = (String) page.evaluate("() => { const b = [...document.querySelectorAll('vaadin-button')]"
                    + ".find(b => b.textContent.trim() === 'Quitter rapidement');"
                    + " return document.getElementById(b.getAttribute('aria-describedby')).textContent; }");
            assertThat(description).contains("trois fois sur la touche Maj");
            assertThat(page.locator("#annonce-sortie").getAttribute("aria-live")).isEqualTo("assertive");
        }
    }

    @Test
    void onTheNarrowestPhoneTheExitButtonIsWholeOnScreenAndLeaves() {
        for (int width : new int[] {320, 360}) {
            try (BrowserContext context = browser.context(width, 640)) {
                context.route("https://site-neutre.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                        .FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                        .setBody("<html lang=\"fr\"><title>Météo</title><p>Météo du jour</p></html>")));
                Page page = context.newPage();
                BrowserSupport.open(page, base(), "");
                var exit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quitter rapidement"));
                var box = exit.boundingBox();
                assertThat(box.x).as("bord gauche à %d px", width).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("bord droit à %d px", width).isLessThanOrEqualTo(width);
                assertThat(box.height).isGreaterThanOrEqualTo(44);
                exit.click();
                page.waitForURL(NEUTRAL);
                assertThat(page.textContent("body")).contains("Météo du jour");
            }
        }
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
