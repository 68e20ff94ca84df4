package fr.reperes.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

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
