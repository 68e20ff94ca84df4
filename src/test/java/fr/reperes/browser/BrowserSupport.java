package fr.reperes.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser), with the flags a root, offline machine
 * needs; an axe-core audit limited to the WCAG 2.1 A and AA rules.
 */
final class BrowserSupport implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSupport() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    Browser browser() {
        return browser;
    }

    BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("fr-FR"));
    }

    /** Collects console errors and uncaught exceptions of a page, which the suite treats as failures. */
    static List<String> watchErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            // The browser reports the 404 of a page that does not exist: that status is the expected answer.
            boolean expectedNotFound = message.text().startsWith("Failed to load resource")
                    && message.text().contains("404") && unknownPage(String.valueOf(message.location()));
            if ("error".equals(message.type()) && !expectedNotFound) {
                errors.add("console : " + message.text());
            }
        });
        page.onPageError(error -> errors.add("exception : " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && !unknownPage(response.url())) {
                errors.add("réponse " + response.status() + " : " + response.url());
            }
        });
        return errors;
    }

    /** The two addresses the route tests open on purpose, that lead nowhere. */
    static boolean unknownPage(String url) {
        return url.contains("page-qui-n-existe-pas") || url.contains("/nulle-part");
    }

    /** Opens a route and waits until Vaadin has rendered its main heading. */
    static void open(Page page, String baseUrl, String route) {
        page.navigate(baseUrl + "/" + route);
        page.waitForSelector("main#contenu h1");
        page.waitForLoadState();
    }

    /** Waits until the Vaadin client has no exchange with the server in progress. */
    static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    static String axeViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") : " + rule.getHelp() + " → "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** Buttons, menu items, choices and call links smaller than 44 px (text links inside sentences are exempt). */
    @SuppressWarnings("unchecked")
    static List<String> smallTapTargets(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-button, button, a.appel, vaadin-side-nav-item, '
                    + 'vaadin-drawer-toggle, vaadin-radio-button, vaadin-checkbox, .choix label, .liste-fiches a, .pied a')]
                  .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && r.height > 0 && r.height < 43.5)
                  .map(([e, r]) => e.tagName.toLowerCase() + ' « ' + (e.textContent || '').trim().slice(0, 40)
                       + ' » ' + Math.round(r.height) + ' px')""");
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
