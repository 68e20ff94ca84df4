package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The situation sheet in a real Chromium, with answers loaded from an answers file as an association would: the
 * lawyer's result page and the sheet pass the WCAG 2.1 A/AA audit at phone and desktop sizes, the timeline is an
 * ordered list, and the PDF and the agenda file download with the situation in them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"})
class SituationSheetIT extends BrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    AnswersFile answersFile;
    @Autowired
    fr.reperes.interview.Questions questions;

    /** A lawyer's answers: compulsory care at a relative's request, admitted 6 days ago, in full hospitalisation. */
    private void loadAnswers(Page page) {
        Facts facts = new Facts(Facts.Respondent.LAWYER, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, false, List.of(Facts.DocumentHeld.DIRECTOR_DECISION),
                TODAY.minusDays(6), null, Facts.Restraint.NONE, Facts.JusticeMeasure.NONE, Facts.Protection.NONE,
                List.of(Facts.Goal.CONTEST_MEASURE), null, TODAY.minusDays(2));
        // Every question of the path answered: the result is never shown with one left blank.
        byte[] file = answersFile.write(facts, questions.askedFor(facts).stream()
                .map(fr.reperes.interview.Question::id).toList());
        BrowserSupport.open(page, base(), "questionnaire/verifier");
        // The answers are restored on the server when the upload request completes.
        page.waitForResponse(response -> response.request().method().equals("POST")
                        && response.url().contains("/VAADIN/dynamic/") && response.status() == 200,
                () -> page.locator("vaadin-upload input[type=file]").setInputFiles(
                        new FilePayload("reponses.json", "application/json", file)));
    }

    @ParameterizedTest(name = "/{0} à {1} px, réponses chargées")
    @CsvSource({"fiche-de-situation, 390, 844", "fiche-de-situation, 1280, 800", "resultat, 390, 844",
            "resultat, 1280, 800"})
    void theSheetAndTheLawyersResultAreAccessible(String route, int width, int height) {
        try (BrowserContext context = browser.context(width, height)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            loadAnswers(page);
            BrowserSupport.open(page, base(), route);
            page.waitForTimeout(300);

            assertThat(page.title()).endsWith("— Repères");
            assertThat(page.locator("main#contenu h1").count()).as("un seul titre h1").isEqualTo(1);
            if (route.equals("resultat")) {
                // The lawyer opens every part of the detail at once.
                page.locator("vaadin-button:has-text('Tout déplier')").click();
                page.waitForSelector(".frise", new Page.WaitForSelectorOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
                assertThat(page.locator(".frise ol > li").count()).isGreaterThanOrEqualTo(4);
                assertThat(page.locator(".frise ol > li").first().innerText()).contains("Admission").contains("passé");
                assertThat(page.locator(".jurisprudence .reference").allInnerTexts())
                        .contains("Cass. 1re civ., 18 juin 2014, n° 13-16.887");
                assertThat(page.getByLabel("Résumé de la situation (texte brut)").inputValue())
                        .startsWith("FICHE DE SITUATION (Repères)");
            } else {
                assertThat(page.locator(".fiche h2").allInnerTexts()).contains("Personne concernée",
                        "Délais et échéances", "Recours ouverts maintenant, et qui peut les exercer");
            }
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe sur /" + route).isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("pas de défilement horizontal à " + width + " px").isEqualTo(true);
            assertThat(BrowserSupport.smallTapTargets(page)).as("zones cliquables < 44 px").isEmpty();
            BrowserSupport.screenshot(page, route + "-avocat-" + width);
            for (String part : List.of(".frise", ".vue-avocat", ".fiche")) {
                if (page.locator(part).count() == 1) {
                    page.locator(part).screenshot(new Locator.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS
                            .resolve(route + "-avocat-" + part.substring(1) + "-" + width + ".png")));
                }
            }
            assertThat(errors).as("erreurs du navigateur sur /" + route).isEmpty();
        }
    }

    @Test
    void thePdfAndTheAgendaFileDownloadWithTheSituation() throws Exception {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            loadAnswers(page);
            BrowserSupport.open(page, base(), "fiche-de-situation");

            Locator pdfLink = page.locator("a", new Page.LocatorOptions().setHasText("Télécharger la fiche (PDF)"));
            Download pdf = page.waitForDownload(pdfLink::click);
            assertThat(pdf.suggestedFilename()).isEqualTo(TODAY + "-fiche-de-situation.pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
                assertThat(text).contains("Fiche de situation").contains("un avocat ou une avocate")
                        .contains("Soins à la demande d'un tiers (SDT)").contains("information, pas un conseil juridique");
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
            pdf.delete();

            Locator icsLink = page.locator("a", new Page.LocatorOptions().setHasText("Ajouter les échéances à mon agenda (.ics)"));
            Download ics = page.waitForDownload(icsLink::click);
            assertThat(ics.suggestedFilename()).isEqualTo(TODAY + "-echeances.ics");
            String calendar = Files.readString(ics.path(), StandardCharsets.UTF_8);
            assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("TRIGGER:-P2D")
                    // The judge's 12 days from the admission (6 days ago), on their legal last day (CPC 640-642).
                    .contains("DTSTART;VALUE=DATE:" + new fr.reperes.core.time.LegalDelays(
                            new fr.reperes.core.time.FrenchPublicHolidays())
                            .days(TODAY.minusDays(6), 12, fr.reperes.core.time.Extension.UNCERTAIN).legalLastDay()
                            .toString().replace("-", ""));
            ics.delete();
        }
    }
}
