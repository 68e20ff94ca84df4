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

    @ParameterizedTest(name = "à {0} px")
    @CsvSource({"390, 844", "320, 640", "1280, 900"})
    void aLetterFilledInStepByStepIsDownloadedAsAPdfWithWhatWasTyped(int width, int height) throws Exception {
        try (BrowserContext context = browser.context(width, height)) {
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
            int taps = 0;

            // Step 1: about the person. Autofill and the phone's keyboard know what each field wants.
            assertThat(stepTitle(page)).isEqualTo("Qui écrit, et pour qui");
            assertThat(noCutLabel(page)).as("libellés coupés à " + width + " px").isEmpty();
            assertThat(inner(page, "champ-prenom", "autocomplete")).isEqualTo("given-name");
            assertThat(inner(page, "champ-nom", "autocomplete")).isEqualTo("family-name");
            // The date of birth in three boxes, with the number keypad and the browser's own birth date to offer.
            assertThat(page.locator("fieldset#champ-date-naissance legend").innerText()).isEqualTo("Date de naissance *");
            for (String[] box : new String[][] {{"jour", "Jour", "bday-day"}, {"mois", "Mois", "bday-month"},
                    {"annee", "Année", "bday-year"}}) {
                Locator input = page.locator("#champ-date-naissance-" + box[0]);
                assertThat(page.locator("label[for=champ-date-naissance-" + box[0] + "]").innerText()).isEqualTo(box[1]);
                assertThat(input.getAttribute("inputmode")).isEqualTo("numeric");
                assertThat(input.getAttribute("autocomplete")).isEqualTo(box[2]);
            }
            assertThat(datesFit(page)).as("les trois cases tiennent sur la ligne à " + width + " px").isTrue();
            assertThat(inner(page, "champ-adresse", "autocomplete")).isEqualTo("street-address");
            assertThat(inner(page, "champ-code-postal", "autocomplete")).isEqualTo("postal-code");
            assertThat(inner(page, "champ-code-postal", "inputmode")).isEqualTo("numeric");
            assertThat(inner(page, "champ-ville", "autocomplete")).isEqualTo("address-level2");
            assertThat(inner(page, "champ-telephone", "autocomplete")).isEqualTo("tel");
            assertThat(inner(page, "champ-telephone", "inputmode")).isEqualTo("tel");
            assertThat(inner(page, "champ-email", "autocomplete")).isEqualTo("email");
            fill(page, "Prénom", "Camille");
            fill(page, "Nom", "Durand");
            // A date of birth typed in the future: refused with its French message above the boxes.
            typeDate(page, "champ-date-naissance", "12", "3", "2985");
            fill(page, "Adresse", "12 rue des Lilas");
            fill(page, "Code postal", "6900");
            taps += 8;
            next(page, "Qui écrit, et pour qui");
            page.waitForCondition(() -> page.locator(".resume-erreurs").innerText().contains("Commune"));
            taps++;
            // Refused: the wrong postcode and the future date are named, in French, and what was typed stays.
            assertThat(stepTitle(page)).isEqualTo("Qui écrit, et pour qui");
            assertThat(page.locator(".resume-erreurs").innerText()).contains("Code postal").contains("Commune")
                    .contains("Date de naissance");
            assertThat(page.locator("#champ-date-naissance-erreur").textContent().replace('\u00a0', ' '))
                    .isEqualTo("Erreur : La date doit être dans le passé ou aujourd'hui.");
            assertThat(page.locator("#champ-date-naissance-annee").inputValue()).isEqualTo("2985");
            assertThat(page.locator(".resume-erreurs a[href='#champ-date-naissance-jour']").count())
                    .as("le résumé mène aux cases de la date").isEqualTo(1);
            if (width < 500) {
                BrowserSupport.screenshot(page, "lettre-etape-" + width);
                // What a phone shows: the date of birth in its three boxes, with its message (docs/screenshots).
                page.locator("#champ-date-naissance").evaluate("f => f.scrollIntoView({block: 'center'})");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(BrowserSupport.SCREENSHOTS.resolve("lettre-date-" + width + ".png")));
            }
            // The link of the summary puts the cursor in the box to correct.
            page.locator(".resume-erreurs a[href='#champ-date-naissance-jour']").click();
            page.waitForCondition(() -> "champ-date-naissance-jour".equals(page.evaluate("() => document.activeElement.id")));
            page.locator("#champ-date-naissance-annee").fill("1985");
            page.locator("#champ-date-naissance-annee").press("Tab");
            fill(page, "Code postal", "69003");
            fill(page, "Commune", "Lyon");
            taps += 3;
            page.waitForCondition(() -> !page.locator("#champ-date-naissance-erreur").isVisible());
            next(page, "À qui écrire");
            taps++;

            assertThat(stepTitle(page)).isEqualTo("À qui écrire");
            assertThat(noCutLabel(page)).isEmpty();
            fill(page, "Adresse du destinataire", "95 boulevard Pinel");
            fill(page, "Code postal du destinataire", "69500");
            fill(page, "Commune du destinataire", "Bron");
            taps += 3;
            next(page, "Votre demande");
            taps++;

            assertThat(stepTitle(page)).isEqualTo("Votre demande");
            assertThat(noCutLabel(page)).isEmpty();
            fill(page, "Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");
            taps++;
            // Back and forth keeps what was typed.
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Revenir à l'étape précédente")).click();
            page.waitForCondition(() -> stepTitle(page).equals("À qui écrire"));
            assertThat(page.getByLabel("Commune du destinataire", new Page.GetByLabelOptions().setExact(true))
                    .inputValue()).isEqualTo("Bron");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Revenir à l'étape précédente")).click();
            page.waitForCondition(() -> stepTitle(page).equals("Qui écrit, et pour qui"));
            assertThat(List.of(page.locator("#champ-date-naissance-jour").inputValue(),
                    page.locator("#champ-date-naissance-mois").inputValue(),
                    page.locator("#champ-date-naissance-annee").inputValue())).as("la date gardée en revenant")
                    .containsExactly("12", "3", "1985");
            next(page, "À qui écrire");
            next(page, "Votre demande");
            assertThat(page.getByLabel("Établissement, service ou médecin qui détient le dossier",
                    new Page.GetByLabelOptions().setExact(true)).inputValue()).isEqualTo("centre hospitalier Saint-Jean");
            next(page, "Vérifier et télécharger");
            taps++;

            assertThat(stepTitle(page)).isEqualTo("Vérifier et télécharger");
            assertThat(noCutLabel(page)).isEmpty();
            Locator pdfLink = page.locator("a.telechargement", new Page.LocatorOptions().setHasText("PDF"));
            page.waitForCondition(() -> pdfLink.getAttribute("href") != null);
            assertThat(page.locator(".papier").innerText()).contains("centre hospitalier Saint-Jean")
                    .contains("né(e) le 12 mars 1985");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, lettre remplie").isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("pas de défilement horizontal à " + width + " px").isEqualTo(true);
            BrowserSupport.screenshot(page, "lettre-derniere-etape-" + width);

            Download download = page.waitForDownload(pdfLink::click);
            taps++;
            System.out.println("Lettre acces-dossier-medical à " + width + " px : " + taps + " saisies et appuis");
            assertThat(download.suggestedFilename()).matches("\\d{4}-\\d{2}-\\d{2}-demande-dossier-medical\\.pdf");
            Path file = download.path();
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
                assertThat(text).contains("Camille Durand").contains("centre hospitalier Saint-Jean").contains("L.1111-7")
                        .contains("12 mars 1985");
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            }
            download.delete();
            assertThat(errors).isEmpty();
        }
    }

    private static String stepTitle(Page page) {
        return page.locator("#formulaire-titre").innerText().strip();
    }

    /** "Continuer", then waits for the server's answer: the step {@code expected} (the same one when refused). */
    private static void next(Page page, String expected) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Continuer")).click();
        page.waitForCondition(() -> stepTitle(page).equals(expected));
    }

    /** An attribute of the native input inside a Vaadin field (what the phone's keyboard and autofill read). */
    static String inner(Page page, String id, String attribute) {
        return (String) page.evaluate("([id, name]) => { const f = document.getElementById(id);"
                + " const i = f.inputElement || f.querySelector('input, textarea'); return i.getAttribute(name); }",
                List.of(id, attribute));
    }

    /** Labels of visible fields whose text does not fit (cut with "…"). */
    @SuppressWarnings("unchecked")
    static List<String> noCutLabel(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.lettre-formulaire .champ')]
                  .filter(f => f.offsetParent !== null)
                  .flatMap(f => [f.querySelector(':scope > label[slot=label]'), f.shadowRoot && f.shadowRoot.querySelector('[part=label]')])
                  .filter(l => l && l.getClientRects().length > 0 && (l.scrollWidth > l.clientWidth + 1
                      || getComputedStyle(l).textOverflow === 'ellipsis' && getComputedStyle(l).whiteSpace === 'nowrap'))
                  .map(l => l.textContent.trim())""");
    }

    /** Types a date in its three boxes, tapping each one as on a phone. */
    private static void typeDate(Page page, String id, String day, String month, String year) {
        for (String[] box : new String[][] {{"jour", day}, {"mois", month}, {"annee", year}}) {
            Locator input = page.locator("#" + id + "-" + box[0]);
            input.click();
            input.fill(box[1]);
        }
        page.locator("#" + id + "-annee").press("Tab");
    }

    /** Whether the three boxes of every visible date sit on one line inside the form. */
    private static boolean datesFit(Page page) {
        return (Boolean) page.evaluate("""
                () => [...document.querySelectorAll('.lettre-formulaire fieldset.saisie-date')].filter(f => f.offsetParent !== null)
                  .every(f => { const r = f.getBoundingClientRect();
                    const boxes = [...f.querySelectorAll('input')].map(i => i.getBoundingClientRect());
                    return boxes.every(b => b.right <= r.right + 1 && Math.abs(b.top - boxes[0].top) < 2); })""");
    }

    private static void fill(Page page, String label, String value) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(value);
        field.press("Tab");
    }
}
