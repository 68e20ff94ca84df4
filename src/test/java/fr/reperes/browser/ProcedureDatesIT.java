package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import fr.reperes.interview.Question;
import fr.reperes.interview.Questions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lawyer copies the dates of a typical SDT file with the keyboard only, at 1280 px: admission, the 24 h and 72 h
 * certificates with their hours, the decision on the form of care, the judge seized, the hearing, the decision. The
 * 24 h certificate is late; the first monthly maintien is missing. A wrong hour is said beside its box and kept;
 * then the result's "Contrôle de la procédure" and the situation sheet say what was on time, late and missing, each
 * with its article. The keystrokes of the entry are counted and its time estimated (target/benchmarks, no timed
 * assertion).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class ProcedureDatesIT extends BrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Admitted 40 days ago: the first monthly maintien was due about 10 days ago. */
    private static final LocalDate ADMITTED = TODAY.minusDays(40);
    /** Keystroke-level model: a keystroke (Tab, Enter, a character) and reading one line's label. */
    private static final double KEYSTROKE_SECONDS = 0.28;
    private static final double READ_LABEL_SECONDS = 1.1;

    @Autowired
    AnswersFile answersFile;
    @Autowired
    Questions questions;

    private int keystrokes;

    /** A lawyer's answers loaded from an answers file: SDT, in full hospitalisation now. */
    private void loadAnswers(Page page) {
        Facts facts = new Facts(Facts.Respondent.LAWYER, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, false, List.of(Facts.DocumentHeld.DIRECTOR_DECISION),
                ADMITTED, null, Facts.Restraint.NONE, Facts.JusticeMeasure.NONE, Facts.Protection.NONE,
                List.of(Facts.Goal.CONTEST_MEASURE), null, null);
        byte[] file = answersFile.write(facts, questions.askedFor(facts).stream().map(Question::id).toList());
        BrowserSupport.open(page, base(), "questionnaire/verifier");
        page.waitForResponse(response -> response.request().method().equals("POST")
                        && response.url().contains("/VAADIN/dynamic/") && response.status() == 200,
                () -> page.locator("vaadin-upload input[type=file]").setInputFiles(
                        new FilePayload("reponses.json", "application/json", file)));
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => { const e = document.activeElement; "
                + "const h = e && e.closest('[id]'); return h ? h.id : ''; }");
    }

    /** Tab until the focus is on {@code id}, each press counted. */
    private void tabTo(Page page, String id) {
        for (int i = 0; i < 80 && !focused(page).equals(id); i++) {
            page.keyboard().press("Tab");
            keystrokes++;
        }
        assertThat(focused(page)).as("focus reached by Tab").isEqualTo(id);
    }

    private void type(Page page, String text) {
        page.keyboard().type(text);
        keystrokes += text.length();
    }

    /** One line: the date in its three boxes, then the hour when the paper gives it. */
    private void line(Page page, String event, LocalDate day, String hour) {
        String id = "evenement-" + event;
        tabTo(page, id + "-jour");
        type(page, String.valueOf(day.getDayOfMonth()));
        tabTo(page, id + "-mois");
        type(page, String.valueOf(day.getMonthValue()));
        tabTo(page, id + "-annee");
        type(page, String.valueOf(day.getYear()));
        if (!hour.isEmpty()) {
            tabTo(page, id + "-heure");
            type(page, hour);
        }
    }

    @Test
    void aLawyerEntersATypicalSdtFileByKeyboardAndReadsWhatWasOnTimeLateAndMissing() throws IOException {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            loadAnswers(page);
            BrowserSupport.open(page, base(), "resultat/dates-de-la-procedure");
            page.waitForTimeout(300);
            assertThat(page.locator("h1").innerText()).isEqualTo("Dates de la procédure");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, écran vide").isEmpty();
            assertThat(BrowserSupport.smallTapTargets(page)).as("zones cliquables < 44 px").isEmpty();

            // The typical file, typed as a lawyer would from the papers: from the page's start, Tab and type only.
            long started = System.nanoTime();
            keystrokes = 0;
            line(page, "admission-decision", ADMITTED, "1000");
            line(page, "certificate-24h", ADMITTED.plusDays(1), "1400");      // 28 hours: late
            line(page, "certificate-72h", ADMITTED.plusDays(3), "0900");      // 71 hours: on time
            line(page, "form-of-care-decision", ADMITTED.plusDays(3), "");
            line(page, "judge-seized", ADMITTED.plusDays(5), "");
            line(page, "judge-hearing", ADMITTED.plusDays(9), "");
            line(page, "judge-decision", ADMITTED.plusDays(10), "");
            int fields = 7 * 3 + 3;
            int typedKeystrokes = keystrokes;
            long typedNanos = System.nanoTime() - started;

            // A wrong hour is said beside its box, in French, and what was typed stays.
            page.locator("#evenement-judge-hearing-heure").focus();
            page.keyboard().type("25h");
            page.waitForSelector("#evenement-judge-hearing-message:not([hidden])");
            assertThat(page.locator("#evenement-judge-hearing-message").innerText()).contains("Entrez l'heure");
            assertThat(page.locator("#evenement-judge-hearing-heure").inputValue()).isEqualTo("25h");
            assertThat(page.locator("#evenement-judge-hearing-heure").getAttribute("aria-invalid")).isEqualTo("true");
            // Enter from a box: the check is refused, the summary names the line and the focus goes back to it.
            page.keyboard().press("Enter");
            page.waitForSelector("#dates-procedure-erreurs:not([hidden])");
            assertThat(page.locator("#dates-procedure-erreurs").innerText()).contains("Audience devant le juge");
            assertThat(page.locator("#evenement-judge-decision-jour").inputValue()).as("les autres dates restent")
                    .isEqualTo(String.valueOf(ADMITTED.plusDays(10).getDayOfMonth()));
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, heure fausse").isEmpty();
            BrowserSupport.screenshot(page, "dates-procedure-erreur-1280");
            page.locator("#evenement-judge-hearing-heure").fill("");
            page.waitForSelector("#evenement-judge-hearing-message", new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.HIDDEN));

            // "Ajouter une autre date" puts the focus in the new line, whose name says its number; removed again.
            page.locator("#evenement-maintien-decision-ajouter").focus();
            page.keyboard().press("Enter");
            page.waitForSelector("#evenement-maintien-decision-2-jour");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === "
                    + "'evenement-maintien-decision-2-jour'");
            assertThat(page.locator("#evenement-maintien-decision-2 legend").innerText()).contains("n° 2");
            // A third line, typed in; removing the second renumbers it "n° 2" (legend and the button's name), no gap.
            page.locator("#evenement-maintien-decision-ajouter").focus();
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === "
                    + "'evenement-maintien-decision-3-jour'");
            page.keyboard().type("20");
            page.locator("#evenement-maintien-decision-2-retirer").focus();
            page.keyboard().press("Enter");
            page.waitForSelector("#evenement-maintien-decision-2", new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED));
            assertThat(focused(page)).isEqualTo("evenement-maintien-decision-ajouter");
            page.waitForFunction("() => document.querySelector('#evenement-maintien-decision-3 legend')"
                    + ".innerText.includes('n° 2')");
            assertThat(page.locator("#evenement-maintien-decision-3-retirer").getAttribute("aria-label"))
                    .endsWith("n° 2");
            String secondMaintien = "Décision de maintien (directeur) ou arrêté de maintien (préfet) n° 2";
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(secondMaintien)
                    .setExact(true)).count()).isEqualTo(1);
            assertThat(page.locator("#evenement-maintien-decision-3-jour").inputValue()).isEqualTo("20");
            page.locator("#evenement-maintien-decision-3-retirer").focus();
            page.keyboard().press("Enter");
            page.waitForSelector("#evenement-maintien-decision-3", new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.DETACHED));
            assertThat(focused(page)).isEqualTo("evenement-maintien-decision-ajouter");

            // Enter from the last date shows the check on the result page.
            long saveStarted = System.nanoTime();
            page.locator("#evenement-judge-decision-annee").focus();
            page.keyboard().press("Enter");
            page.waitForURL("**/resultat");
            page.waitForSelector("#controle-procedure");
            long saveNanos = System.nanoTime() - saveStarted;

            // The folded "Contrôle de la procédure", opened with the keyboard.
            page.locator("#controle-procedure vaadin-details-summary").focus();
            page.keyboard().press("Enter");
            page.waitForSelector("#controle-procedure .point-procedure", new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.VISIBLE));
            String check = page.locator("#controle-procedure").innerText().replace('\u00a0', ' ');
            assertThat(page.locator("#controle-procedure .procedure-non-respecte h3").allInnerTexts().stream()
                    .map(item -> item.replace('\u00a0', ' ')).toList())
                    .contains("Certificat des 24 heures", "Maintien mensuel des soins à la demande d'un tiers");
            assertThat(page.locator("#controle-procedure .procedure-respecte h3").allInnerTexts().stream()
                    .map(item -> item.replace('\u00a0', ' ')).toList())
                    .contains("Certificat des 72 heures", "Saisine du juge avant le 8e jour",
                            "Décision du juge avant le 12e jour");
            assertThat(page.locator("#controle-procedure .procedure-a-verifier").count()).isZero();
            assertThat(check).contains("Non respecté", "Respecté", "L.3211-2-2", "L.3211-12-1", "L.3212-7",
                    "n° 1 n'est pas indiquée");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, résultat").isEmpty();
            page.locator("#controle-procedure").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("controle-procedure-1280.png")));

            // The situation sheet: the chronology marks the late and the missing, then every point with its basis.
            BrowserSupport.open(page, base(), "fiche-de-situation");
            String sheet = page.locator(".fiche-procedure").innerText().replace('\u00a0', ' ');
            assertThat(page.locator(".fiche-procedure-chronologie li").allInnerTexts().stream()
                    .map(item -> item.replace('\u00a0', ' ')).toList())
                    .anySatisfy(item -> assertThat(item).contains("Certificat des 24 heures", "Non respecté"))
                    .anySatisfy(item -> assertThat(item).contains("Maintien mensuel",
                            "pièce non indiquée, due au plus tard ce jour : non respecté"));
            assertThat(sheet).contains("Contrôle de la procédure", "Respecté", "Non respecté", "L.3211-2-2",
                    "L.3212-7");
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe, fiche").isEmpty();
            BrowserSupport.screenshot(page, "fiche-controle-procedure-1280");
            assertThat(errors).as("erreurs du navigateur").isEmpty();

            writeFigures(fields, typedKeystrokes, typedNanos, saveNanos);
        }
    }

    @Test
    void onAPhoneTheScreenFitsAndAnAddedLineIsNamedByItsNumber() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "resultat/dates-de-la-procedure");
            page.locator("#evenement-isolation-start-ajouter").focus();
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === "
                    + "'evenement-isolation-start-2-jour'");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP,
                    new Page.GetByRoleOptions().setName("Début de l'isolement n° 2")).count()).isEqualTo(1);
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Retirer cette date : Début de l'isolement n° 2")).count())
                    .isEqualTo(1);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("pas de défilement horizontal à 390 px").isEqualTo(true);
            assertThat(BrowserSupport.axeViolations(page)).as("violations axe à 390 px").isEmpty();
            assertThat(BrowserSupport.smallTapTargets(page)).as("zones cliquables < 44 px").isEmpty();
            page.locator("#evenement-isolation-start-2").scrollIntoViewIfNeeded();
            BrowserSupport.screenshot(page, "dates-procedure-390");
            assertThat(errors).as("erreurs du navigateur").isEmpty();
        }
    }

    /** The figures of the entry (not asserted: speed goes in the benchmarks). */
    private static void writeFigures(int fields, int typed, long typedNanos, long saveNanos) throws IOException {
        int lines = 7;
        double model = typed * KEYSTROKE_SECONDS + lines * READ_LABEL_SECONDS;
        String figures = String.format(Locale.ROOT, """
                # Entering the dates of a typical SDT file (ProcedureDatesIT)

                Measured %s, Chromium headless at 1280 px, keyboard only, from the page's start.

                | What | Figure |
                |---|---|
                | Lines filled (events) | %d |
                | Boxes typed into (day, month, year; 3 hours) | %d |
                | Keystrokes (characters and Tab, no mouse) | %d |
                | Estimated time, keystroke-level model (%.2f s a keystroke, %.1f s to read each line's label) | %.0f s |
                | Scripted run, typing the %d keystrokes (wall time) | %.1f s |
                | Enter to the result page with the check (wall time) | %.1f s |

                Goal: under 2 minutes (120 s) for a lawyer. The model leaves out finding each date in the papers.
                """, TODAY, lines, fields, typed, KEYSTROKE_SECONDS, READ_LABEL_SECONDS, model, typed,
                typedNanos / 1e9, saveNanos / 1e9);
        Path out = Path.of("target", "benchmarks", "procedure-entry.md");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, figures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
