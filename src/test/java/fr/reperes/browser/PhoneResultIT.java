package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import fr.reperes.interview.Question;
import fr.reperes.interview.Questions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sister of a man held 5 days at his family's request (SDT) on a phone, 390 × 844: the result opens at the top
 * with the focus on its title, "En bref" is whole within the first screen, and "Je ne sais pas" is a radio button.
 * Screenshots: target/screenshots/docs/en-bref-390.png and en-bref-1280.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class PhoneResultIT extends BrowserIT {

    @Autowired
    AnswersFile answersFile;
    @Autowired
    Questions questions;

    private byte[] sister() {
        Facts facts = new Facts(Facts.Respondent.RELATIVE, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, null, List.of(),
                LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(4), null, Facts.Restraint.NONE,
                Facts.JusticeMeasure.NONE, Facts.Protection.NONE, List.of(Facts.Goal.LEAVE_CARE), null, null);
        return answersFile.write(facts, questions.askedFor(facts).stream().map(Question::id).toList());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> arrival(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => { const h = document.querySelector('main#contenu h1');
                        const b = document.getElementById('en-bref');
                        const r = b ? b.getBoundingClientRect() : null;
                        let scrolled = window.scrollY;
                        for (let e = h; e; e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                          scrolled += e.scrollTop || 0;
                        }
                        const shown = e => { const q = e.getBoundingClientRect();
                          return q.height > 0 && q.width > 0 && q.top >= 0 && q.bottom <= innerHeight
                                 && getComputedStyle(e).visibility !== 'hidden'; };
                        const words = [...document.querySelectorAll('main#contenu *, .urgence *')]
                          .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                          .filter(shown)
                          .map(e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(' '))
                          .join(' ').split(/\\s+/).filter(w => /[\\p{L}\\d]/u.test(w)).length;
                        return { scroll: Math.round(scrolled),
                                 focusOnTitle: document.activeElement === h,
                                 title: h ? h.textContent : '',
                                 top: r ? Math.round(r.top) : -1,
                                 bottom: r ? Math.round(r.bottom) : -1,
                                 height: innerHeight, wordsAboveTheFold: words }; }""");
    }

    static void waitForArrival(Page page) {
        page.waitForFunction("() => { const h = document.querySelector('main#contenu h1');"
                + " return h && document.activeElement === h; }");
    }

    @Test
    void theResultOpensAtTheTopWithEnBrefWithinTheFirstPhoneScreen() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "questionnaire/verifier");
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("reponses.json", "application/json", sister()));
            page.waitForSelector("text=Le directeur de l'hôpital, à la demande d'un proche",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
            // Scrolled down on the check page, then on to the result, as a person would.
            page.mouse().wheel(0, 3000);
            page.waitForTimeout(300);
            page.locator("vaadin-button:has-text('Voir mon résultat')").click();
            page.waitForSelector("#en-bref");
            waitForArrival(page);
            Map<String, Object> result = arrival(page);
            System.out.println("PHONE-RESULT " + result);
            assertThat(((Number) result.get("scroll")).intValue()).as("défilement à l'arrivée").isZero();
            assertThat(result.get("focusOnTitle")).as("focus sur le h1").isEqualTo(true);
            assertThat(((Number) result.get("top")).intValue()).as("début de « En bref »").isPositive();
            assertThat(((Number) result.get("bottom")).intValue()).as("fin de « En bref »").isLessThanOrEqualTo(844);
            assertThat(page.locator("#en-bref").textContent()).contains("La personne est soignée sans son accord");
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            assertThat(BrowserSupport.smallTapTargets(page)).as("cibles de moins de 44 px").isEmpty();
            assertThat(BrowserSupport.axeViolations(page)).as("résultat").isEmpty();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("docs/en-bref-390-premier-ecran.png")));
            BrowserSupport.screenshot(page, "docs/en-bref-390");

            // Back to a question: it opens at the top too, with the focus on its title; "Je ne sais pas" is a radio.
            page.mouse().wheel(0, 3000);
            page.locator("vaadin-button:has-text('Modifier mes réponses')").click();
            page.waitForSelector("text=Vérifiez vos réponses");
            waitForArrival(page);
            assertThat(((Number) arrival(page).get("scroll")).intValue()).isZero();
            page.mouse().wheel(0, 3000);
            page.locator("vaadin-button[aria-label^='Modifier : Qui a décidé']").click();
            waitForArrival(page);
            assertThat(((Number) arrival(page).get("scroll")).intValue()).isZero();
            assertThat(page.locator(".choix:has-text('Je ne sais pas')").count()).isEqualTo(1);
            assertThat(page.locator("vaadin-button:has-text('Je ne sais pas')").count()).isZero();
            assertThat(BrowserSupport.axeViolations(page)).as("question").isEmpty();
            BrowserSupport.screenshot(page, "docs/question-jnsp-390");
            assertThat(errors).isEmpty();
        }
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            BrowserSupport.open(page, base(), "questionnaire/verifier");
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("reponses.json", "application/json", sister()));
            page.waitForSelector("text=Le directeur de l'hôpital, à la demande d'un proche",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
            BrowserSupport.open(page, base(), "resultat");
            page.waitForSelector("#en-bref");
            BrowserSupport.screenshot(page, "docs/en-bref-1280");
        }
    }
}
