package fr.reperes.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The skip link, a visible focus, reduced motion, and the warning before an idle session expires. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "reperes.session.warning-after=3s"})
class SessionAndFocusIT extends BrowserIT {

    @Test
    void theFirstTabReachesTheSkipLinkWhichLeadsToTheContentWithAVisibleFocus() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "fiches");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Aller au contenu");
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
            assertThat(((Number) page.evaluate("() => document.activeElement.getBoundingClientRect().left")).doubleValue()).as("lien visible à l'écran").isGreaterThanOrEqualTo(0.0);
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'contenu'");
            // The next Tab stops inside the page content, with a visible outline.
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.querySelector('main#contenu').contains(document.activeElement)")).isEqualTo(true);
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        }
    }

    /**
     * On a slow connection the page is drawn before the application's first exchange with the server returns. What
     * the person did meanwhile (a first Tab, scrolling down) must still be there once it has returned: the
     * exchange is held here until both are done, then released.
     */
    @Test
    void aTabAndAScrollMadeBeforeTheFirstExchangeReturnsAreKept() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<Route> held = new ArrayList<>();
            page.route(url -> url.contains("v-r=uidl"), route -> {
                if (held.isEmpty()) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            page.navigate(base() + "/fiches");
            page.waitForSelector("main#contenu h1", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            try {
                page.waitForSelector("main#contenu h1", new Page.WaitForSelectorOptions().setTimeout(10_000));
            } catch (TimeoutError hiddenUntilTheExchange) {
                // Vaadin's pre-compiled development bundle keeps the page hidden until that exchange has returned:
                // nothing can be done before it. The production bundle (mvn -Pproduction verify) draws it at once.
                held.getFirst().resume();
                Assumptions.abort("ce paquet n'affiche la page qu'après le premier échange");
            }
            page.waitForLoadState();
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Aller au contenu");
            page.mouse().move(195, 600);
            page.mouse().wheel(0, 500);
            page.waitForFunction("() => " + SCROLLED + " > 0");
            Object scrolledBefore = page.evaluate("() => " + SCROLLED);
            assertThat(held).as("the first exchange was held while the page was already usable").hasSize(1);

            page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> held.getFirst().resume());
            BrowserSupport.waitUntilIdle(page);
            page.waitForTimeout(300);

            assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).as("focus after the first exchange")
                    .isEqualTo("Aller au contenu");
            assertThat(page.evaluate("() => " + SCROLLED)).as("scroll position after the first exchange").isEqualTo(scrolledBefore);
        }
    }

    /**
     * The plain first paint can be used with the keyboard while the application is still loading; when the
     * application arrives and hides it, the focus moves to the same control (the scripts are held here until the
     * person has reached it). Otherwise the Enter pressed next, on "Quitter rapidement" for instance, would do nothing.
     */
    @Test
    void aControlReachedInTheFirstPaintKeepsTheFocusWhenTheApplicationArrives() {
        assertThat(focusAfterTheApplicationArrives("Quitter rapidement")).isEqualTo("vaadin-button « Quitter rapidement »");
        assertThat(focusAfterTheApplicationArrives("3114 — prévention du suicide, 24 h/24"))
                .as("the crisis number of the band, not the hidden one of the closed menu")
                .isEqualTo("a « 3114 — prévention du suicide » dans la bande d'urgence");
    }

    private String focusAfterTheApplicationArrives(String control) {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<Route> held = new ArrayList<>();
            boolean[] released = {false};
            page.route(url -> url.contains("/VAADIN/"), route -> {
                if (released[0]) {
                    route.resume();
                } else {
                    held.add(route);
                }
            });
            page.navigate(base() + "/", new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            page.waitForSelector("#premier-affichage .premier-quitter");
            for (int i = 0; i < 12 && !control.equals(focusedText(page)); i++) {
                page.keyboard().press("Tab");
            }
            assertThat(focusedText(page)).as("reached in the first paint").isEqualTo(control);
            assertThat(page.locator("vaadin-app-layout").count()).as("the application is not there yet").isZero();

            released[0] = true;
            held.forEach(Route::resume);
            page.waitForFunction("() => getComputedStyle(document.getElementById('premier-affichage')).display === 'none'");
            BrowserSupport.waitUntilIdle(page);
            page.waitForTimeout(300);
            if ((Boolean) page.evaluate("() => (window.Vaadin.registrations || []).some(r => r.is === 'flow/dev-bundle')")) {
                // Vaadin's pre-compiled development bundle hides the first paint before it shows the application
                // (it keeps the page hidden until its first exchange has returned): nothing to take the focus over.
                // The production bundle (mvn -Pproduction verify) shows the application as it hides the first paint.
                Assumptions.abort("le paquet de développement masque le premier affichage avant de montrer l'application");
            }
            return (String) page.evaluate("""
                    () => { const e = document.activeElement;
                      return e.tagName.toLowerCase() + ' « ' + e.textContent.replace(/\\s+/g, ' ').trim() + ' »'
                        + (e.closest('.urgence') ? " dans la bande d'urgence" : ''); }""");
        }
    }

    private static String focusedText(Page page) {
        return (String) page.evaluate("() => document.activeElement.textContent.replace(/\\s+/g, ' ').trim()");
    }

    /** How far the page is scrolled: the window and every scrolled box around the page's content. */
    private static final String SCROLLED = "(() => { let top = window.scrollY; for (let e = document.getElementById('contenu'); e; "
            + "e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) top += e.scrollTop; return top; })()";

    @Test
    void reducedMotionIsRespected() {
        try (BrowserContext context = browser.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setReducedMotion(ReducedMotion.REDUCE))) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "");
            assertThat(page.evaluate("() => [...document.querySelectorAll('main *')].every(e => "
                    + "['0s', ''].includes(getComputedStyle(e).transitionDuration.split(',')[0].trim()) "
                    + "&& getComputedStyle(e).animationName === 'none')")).isEqualTo(true);
        }
    }

    @Test
    void theUserIsWarnedBeforeAnIdleSessionExpiresAndCanContinue() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "questionnaire");
            page.waitForSelector("[role=alertdialog]#avertissement-session",
                    new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertThat(page.locator("#avertissement-session").textContent()).contains("va bientôt expirer")
                    .contains("vos réponses seront effacées");
            assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Continuer");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            page.keyboard().press("Enter");
            assertThat(page.locator("#avertissement-session").count()).isZero();
        }
    }

    @Test
    void tableOfContentsLinksJumpWithinThePage() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "fiches/controle-du-juge");
            page.locator(".sommaire a").first().click();
            page.waitForTimeout(500);
            assertThat(page.url()).contains("/fiches/controle-du-juge#");
            assertThat(page.locator("main#contenu h1").textContent()).isEqualTo("Le contrôle du juge");
        }
    }
}
