package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First load of the home page of the PRODUCTION build (not dev mode): bytes transferred (compressed) against the
 * 600 KB budget, and the time until the page can be used on a simulated slow 3G connection (reported, not
 * asserted). Run by .ci/run against the started production jar:
 * {@code mvn failsafe:integration-test failsafe:verify -Dit.test=PageWeightIT -Dreperes.base-url=http://localhost:18080}.
 */
class PageWeightIT {

    static final long BUDGET_BYTES = 600 * 1024;

    private static String baseUrl() {
        String url = System.getProperty("reperes.base-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PageWeightIT mesure le jar de production : indiquez son adresse avec "
                    + "-Dreperes.base-url=http://localhost:18080 (voir .ci/run).");
        }
        return url;
    }

    @Test
    void theHomePageIsLightAndUsableOnSlow3g() throws IOException {
        try (BrowserSupport browser = new BrowserSupport(); BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<Request> finished = new ArrayList<>();
            page.onRequestFinished(finished::add);
            page.navigate(baseUrl() + "/");
            page.waitForSelector("main#contenu h1");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            long bytes = 0;
            for (Request request : finished) {
                var sizes = request.sizes();
                bytes += sizes.responseBodySize + sizes.responseHeadersSize;
            }

            // Chrome DevTools' "Slow 3G": 2 s latency, about 400 kbit/s down.
            BrowserContext slow = browser.context(390, 844);
            Page slowPage = slow.newPage();
            CDPSession cdp = slow.newCDPSession(slowPage);
            cdp.send("Network.enable");
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", 2000);
            conditions.addProperty("downloadThroughput", 50_000);
            conditions.addProperty("uploadThroughput", 50_000);
            cdp.send("Network.emulateNetworkConditions", conditions);
            long start = System.nanoTime();
            slowPage.navigate(baseUrl() + "/", new Page.NavigateOptions().setTimeout(120_000));
            slowPage.waitForSelector("text=Commencer le questionnaire", new Page.WaitForSelectorOptions().setTimeout(120_000));
            long interactiveMs = (System.nanoTime() - start) / 1_000_000;
            slow.close();

            String report = "| mesure | valeur |\n| --- | --- |\n"
                    + "| premier chargement de l'accueil (octets transférés, compressés) | " + (bytes / 1024) + " Ko (budget 600 Ko) |\n"
                    + "| requêtes | " + finished.size() + " |\n"
                    + "| accueil utilisable en 3G lente (2 s de latence, 400 kbit/s) | " + interactiveMs + " ms |\n";
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "page-weight.md"), report);
            System.out.println(report);
            assertThat(bytes).as("octets transférés au premier chargement").isLessThanOrEqualTo(BUDGET_BYTES);
        }
    }
}
