package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real situation loaded from an answers file (programme de soins under SDRE, curatelle, wanting to stop
 * injections): the summary, the result and a letter, audited with axe and photographed at phone and desktop
 * sizes (target/screenshots, copied to docs/screenshots for the README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class ResultPagesIT extends BrowserIT {

    @Autowired
    AnswersFile answersFile;

    private byte[] situation() {
        Facts facts = new Facts(Facts.Respondent.PERSON, false, Facts.CareSetting.OUTPATIENT, Facts.CareBasis.PREFECT,
                false, true, List.of(Facts.DocumentHeld.PREFECT_ORDER, Facts.DocumentHeld.PROGRAMME_DE_SOINS),
                null, null, null, Facts.JusticeMeasure.NONE, Facts.Protection.CURATELLE,
                List.of(Facts.Goal.LEAVE_CARE, Facts.Goal.CHANGE_TREATMENT), null,
                LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(3));
        return answersFile.write(facts, List.of("respondent", "minor", "careSetting", "careBasis", "detained",
                "programmeDeSoins", "judgeDecisionDate", "justiceMeasure", "protection", "goals"));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void aLoadedSituationGivesAnAccessibleResultAndLetter(int width) {
        try (BrowserContext context = browser.context(width, width < 600 ? 844 : 900)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "questionnaire/verifier");
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("reponses.json", "application/json", situation()));
            page.waitForSelector("text=Le préfet, par un arrêté", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(BrowserSupport.axeViolations(page)).as("résumé").isEmpty();
            BrowserSupport.screenshot(page, "docs/resume-" + width);

            BrowserSupport.open(page, base(), "resultat");
            String result = page.locator("main#contenu").textContent();
            assertThat(result).contains("Programme de soins").contains("Curatelle")
                    .contains("Préparer la lettre");
            assertThat(BrowserSupport.axeViolations(page)).as("résultat").isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            BrowserSupport.screenshot(page, "docs/resultat-" + width);

            BrowserSupport.open(page, base(), "lettres/demande-modification-programme-de-soins");
            assertThat(BrowserSupport.axeViolations(page)).as("lettre").isEmpty();
            BrowserSupport.screenshot(page, "docs/lettre-" + width);

            BrowserSupport.open(page, base(), "questionnaire/careBasis");
            BrowserSupport.screenshot(page, "docs/question-" + width);
            page.navigate(base() + "/rechercher?q=sortir%20du%20CMP");
            page.waitForSelector("main#contenu h1");
            page.waitForTimeout(800);
            assertThat(BrowserSupport.axeViolations(page)).as("recherche").isEmpty();
            BrowserSupport.screenshot(page, "docs/recherche-" + width);
            BrowserSupport.open(page, base(), "");
            BrowserSupport.screenshot(page, "docs/accueil-" + width);
            BrowserSupport.open(page, base(), "fiches/programme-de-soins");
            BrowserSupport.screenshot(page, "docs/fiche-" + width);
            assertThat(errors).isEmpty();
        }
    }
}
