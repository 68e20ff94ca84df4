package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters in a real Chromium: the list and a letter page pass the WCAG 2.1 A/AA audit at phone and desktop
 * sizes, and a letter filled in by keyboard is downloaded as a PDF with what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"})
class LettersIT extends BrowserIT {

    @ParameterizedTest(name = "/{0} à {1} px")
    @CsvSource({"lettres, 390, 844", "lettres, 1280, 800", "lettres/acces-dossier-medical, 390, 844",
            "lettres/acces-dossier-medical, 1280, 800", "lettres/saisine-juge-mainlevee, 390, 844"})
    void theLettersPagesAreAccessible(String route, int width, int height) {
        try (BrowserContext context = browser.context(width, height)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), route);
            page.waitForTimeout(300);
            assertThat(page.title()).endsWith("— Repères");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe sur /" + route).isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("pas de défilement horizontal à " + width + " px").isEqualTo(true);
            BrowserSupport.screenshot(page, route.replace('/', '_') + "-" + width);
            assertThat(errors).as("erreurs du navigateur sur /" + route).isEmpty();
        }
    }

    @Test
    void aLetterFilledInIsDownloadedAsAPdfWithWhatWasTyped() throws Exception {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            List<String> errors = new java.util.ArrayList<>();
            // Chromium asks for /favicon.ico when a page stays open long enough, and the site has none yet (a layout
            // matter, not the letters'): that request alone is tolerated.
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                    errors.add("console : " + message.text() + " (" + message.location() + ")");
                }
            });
            page.onPageError(error -> errors.add("exception : " + error));
            BrowserSupport.open(page, base(), "lettres/acces-dossier-medical");
            assertThat(page.locator("a.telechargement").first().getAttribute("href")).as("lettre incomplète").isNull();

            fill(page, "Prénom", "Camille");
            fill(page, "Nom", "Durand");
            fill(page, "Date de naissance", "12/03/1985");
            fill(page, "Adresse", "12 rue des Lilas");
            fill(page, "Code postal", "69003");
            fill(page, "Commune", "Lyon");
            fill(page, "Adresse du destinataire", "95 boulevard Pinel");
            fill(page, "Code postal du destinataire", "69500");
            fill(page, "Commune du destinataire", "Bron");
            fill(page, "Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");

            Locator pdfLink = page.locator("a.telechargement", new Page.LocatorOptions().setHasText("PDF"));
            page.waitForCondition(() -> pdfLink.getAttribute("href") != null);
            assertThat(page.locator(".papier").innerText()).contains("centre hospitalier Saint-Jean");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, lettre remplie").isEmpty();

            Download download = page.waitForDownload(pdfLink::click);
            assertThat(download.suggestedFilename()).matches("\\d{4}-\\d{2}-\\d{2}-demande-dossier-medical\\.pdf");
            Path file = download.path();
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
                assertThat(text).contains("Camille Durand").contains("centre hospitalier Saint-Jean").contains("L.1111-7");
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            }
            download.delete();
            assertThat(errors).isEmpty();
        }
    }

    private static void fill(Page page, String label, String value) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(value);
        field.press("Tab");
    }
}
