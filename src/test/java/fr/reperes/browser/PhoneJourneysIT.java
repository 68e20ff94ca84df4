package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five people take the questionnaire on a phone (390 × 844), tapping as they would, from the home page to the
 * result: an adult in soins libres at a CMP who wants to stop; a person in a programme de soins decided by the
 * préfet who wants to stop the injections; the sister of a man held for five days at a relative's request; a lawyer
 * whose client has been held for four months on the préfet's order (also at 1280 px); a woman under curatelle in
 * soins libres who wants her medical file. Each answers only what she knows: a question that would force a
 * "Je ne sais pas" on someone who knows the answer fails the test. On arrival the result is at its top, with the
 * focus on its title and "En bref" naming the right rules.
 *
 * <p>Counted for each journey, from the home page: the screens up to the result (questions, "Vérifiez vos
 * réponses", the result), the taps (each button, choice and date box touched; typing is not a tap) and the words of
 * the result visible in the first screen. Written to target/benchmarks/phone-journeys.md (docs/benchmarks.md keeps
 * the table).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class PhoneJourneysIT extends BrowserIT {

    /** One answer: the labels to choose (radio or check boxes), or for a date "Oui" then the date. */
    private record Answer(List<String> labels, LocalDate date) {
        static Answer choose(String... labels) {
            return new Answer(List.of(labels), null);
        }

        static Answer on(LocalDate date) {
            return new Answer(List.of("Oui"), date);
        }
    }

    private record Measure(String journey, int width, int screens, int taps, int wordsAboveTheFold, int words) {
    }

    private static final String NOT_YET = "Non, pas encore";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private final List<Measure> measures = new ArrayList<>();

    private static Map<String, Answer> script(Object... pairs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], (Answer) pairs[i + 1]);
        }
        return answers;
    }

    /** Counts the taps of one journey. */
    private static final class Taps {
        int count;

        void on(Locator target) {
            target.click();
            count++;
        }
    }

    /** The radio buttons or check boxes whose label is exactly {@code label} (spaces aside). */
    private static Locator choice(Page page, String label) {
        Locator all = page.locator(".choix");
        int index = ((Number) page.evaluate("""
                l => [...document.querySelectorAll('.choix')]
                       .findIndex(e => (e.querySelector('label')?.textContent || '').replace(/\\s+/g, ' ').trim() === l)""",
                label)).intValue();
        return index < 0 ? page.locator("#aucun-choix-de-ce-nom") : all.nth(index);
    }

    private static String question(Page page) {
        String path = (String) page.evaluate("() => location.pathname");
        return path.startsWith("/questionnaire/") ? path.substring("/questionnaire/".length()) : path;
    }

    private static void waitForNewScreen(Page page, String before) {
        page.waitForFunction("u => location.href !== u", before);
        PhoneResultIT.waitForArrival(page);
    }

    /**
     * Plays a journey from the home page to the result and checks the arrival; returns what was counted.
     * {@code expected}: the sentences of "En bref" that name the rules that apply.
     */
    private Measure play(String name, int width, Map<String, Answer> answers, List<String> expected,
                         String screenshot) {
        try (BrowserContext context = browser.context(width, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            Taps taps = new Taps();
            int screens = 0;
            BrowserSupport.open(page, base(), "");
            String before = page.url();
            taps.on(page.locator("vaadin-button:has-text('Commencer le questionnaire')"));
            waitForNewScreen(page, before);
            // The start may pass through /questionnaire before the first question's own address.
            page.waitForFunction("() => location.pathname.startsWith('/questionnaire/')");
            PhoneResultIT.waitForArrival(page);
            List<String> asked = new ArrayList<>();
            while (((String) page.evaluate("() => location.pathname")).startsWith("/questionnaire/")
                    && !page.url().endsWith("/questionnaire/verifier")) {
                screens++;
                String id = question(page);
                assertThat(asked).as(name + " : la question " + id + " revient").doesNotContain(id);
                asked.add(id);
                assertThat(answers).as(name + " : question non prévue pour cette personne : " + id
                        + " (« " + page.locator("main#contenu h1").textContent() + " »)").containsKey(id);
                assertThat(((Number) PhoneResultIT.arrival(page).get("scroll")).intValue())
                        .as(name + " : " + id + " s'ouvre en haut").isZero();
                Answer answer = answers.get(id);
                page.locator(".choix").first().waitFor();
                for (String label : answer.labels()) {
                    Locator option = choice(page, label);
                    assertThat(option.count()).as(name + " : « " + label + " » est proposé à la question " + id
                            + " (sinon la personne devrait répondre « Je ne sais pas »)").isEqualTo(1);
                    taps.on(option.locator("label"));
                }
                if (answer.date() != null) {
                    page.waitForSelector("input#date-jour");
                    String[] parts = {String.valueOf(answer.date().getDayOfMonth()),
                            String.valueOf(answer.date().getMonthValue()), String.valueOf(answer.date().getYear())};
                    String[] boxes = {"#date-jour", "#date-mois", "#date-annee"};
                    for (int i = 0; i < 3; i++) {
                        taps.on(page.locator(boxes[i]));
                        page.keyboard().type(parts[i]);
                    }
                }
                before = page.url();
                taps.on(page.locator("vaadin-button:has-text('Suivant')"));
                waitForNewScreen(page, before);
            }
            assertThat(asked).as(name + " : questions posées").containsExactlyElementsOf(answers.keySet());

            // "Vérifiez vos réponses": every answer given, none of them a "Je ne sais pas".
            screens++;
            page.waitForSelector("text=Vérifiez vos réponses");
            List<String> given = page.locator("main#contenu .reponses .reponse").allTextContents();
            assertThat(given).as(name + " : réponses").hasSize(answers.size())
                    .noneMatch(text -> text.contains("Je ne sais pas"));
            assertThat(page.locator("main#contenu .reponse-manquante").count()).isZero();
            before = page.url();
            taps.on(page.locator("vaadin-button:has-text('Voir mon résultat')"));
            waitForNewScreen(page, before);
            page.waitForSelector("#en-bref");
            screens++;

            Map<String, Object> arrival = PhoneResultIT.arrival(page);
            assertThat(((Number) arrival.get("scroll")).intValue()).as(name + " : défilement à l'arrivée").isZero();
            assertThat(arrival.get("focusOnTitle")).as(name + " : focus sur le h1").isEqualTo(true);
            assertThat(((Number) arrival.get("bottom")).intValue()).as(name + " : « En bref » dans le premier écran")
                    .isLessThanOrEqualTo(844);
            String enBref = page.locator("#en-bref").textContent();
            for (String sentence : expected) {
                assertThat(enBref).as(name + " : « En bref »").contains(sentence);
            }
            if (answers.get("respondent").labels().contains("Un avocat ou une avocate")) {
                // The lawyer answering is the person's lawyer: never told to alert "the person's lawyer".
                assertThat(page.locator("main#contenu").textContent()).as(name + " : textes adressés à l'avocat")
                        .doesNotContain("avocat de la personne").doesNotContain("contactez tout de suite un avocat");
            }
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(name + " : pas de défilement horizontal").isEqualTo(true);
            int aboveTheFold = ((Number) page.evaluate(WORDS_ABOVE_THE_FOLD)).intValue();
            int words = ((Number) page.evaluate(WORDS_OF_THE_RESULT)).intValue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("parcours/" + screenshot + "-premier-ecran.png")));
            assertThat(errors).as(name).isEmpty();
            Measure measure = new Measure(name, width, screens, taps.count, aboveTheFold, words);
            measures.add(measure);
            System.out.println("PHONE-JOURNEY " + measure);
            return measure;
        }
    }

    /** Words of visible text (the crisis band and header included) in the first screen, as a person sees it. */
    private static final String WORDS_ABOVE_THE_FOLD = """
            () => { let n = 0;
                    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
                      const text = t.textContent.trim();
                      const parent = t.parentElement;
                      if (!text || !parent || parent.closest('script, style, template, [hidden]')) continue;
                      const style = getComputedStyle(parent);
                      if (style.visibility === 'hidden' || style.display === 'none') continue;
                      const range = document.createRange(); range.selectNodeContents(t);
                      const words = text.split(/\\s+/).filter(w => /[\\p{L}\\d]/u.test(w));
                      const lines = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                      if (!lines.length) continue;
                      // A text node cut by the fold counts for its lines above it.
                      const shown = lines.filter(r => r.top >= 0 && r.bottom <= innerHeight).length;
                      n += Math.round(words.length * shown / lines.length);
                    }
                    return n; }""";

    /** Words of the whole result, every section unfolded or not. */
    private static final String WORDS_OF_THE_RESULT = """
            () => document.querySelector('main#contenu').textContent.split(/\\s+/)
                    .filter(w => /[\\p{L}\\d]/u.test(w)).length""";

    @Test
    void anAdultInSoinsLibresAtACmpWhoWantsToStop() {
        play("1. Adulte en soins libres au CMP, veut arrêter", 390, script(
                "respondent", Answer.choose("Moi, la personne concernée"),
                "minor", Answer.choose("Non, 18 ans ou plus"),
                "careSetting", Answer.choose("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", Answer.choose("Moi-même : j'ai accepté ces soins (soins libres)"),
                "detained", Answer.choose("Non"),
                "justiceMeasure", Answer.choose("Non"),
                "protection", Answer.choose("Non"),
                "goals", Answer.choose("Arrêter ou quitter un suivi")),
                List.of("Vous êtes en soins libres."), "1-soins-libres-cmp-390");
    }

    @Test
    void aProgrammeDeSoinsOrderedByThePrefectWhoWantsToStopTheInjections() {
        // No decision of the judge received: the date question is answered "Non, pas encore", not "Je ne sais pas".
        play("2. Programme de soins (SDRE), veut arrêter les injections", 390, script(
                "respondent", Answer.choose("Moi, la personne concernée"),
                "minor", Answer.choose("Non, 18 ans ou plus"),
                "careSetting", Answer.choose("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", Answer.choose("Le préfet, par un arrêté (anciennement « hospitalisation d'office »)"),
                "detained", Answer.choose("Non"),
                "programmeDeSoins", Answer.choose("Oui"),
                "judgeDecisionDate", Answer.choose(NOT_YET),
                "justiceMeasure", Answer.choose("Non"),
                "protection", Answer.choose("Non"),
                "goals", Answer.choose("Changer ou diminuer un traitement")),
                List.of("Vous êtes soigné sans votre accord. Le préfet l'a décidé.", "Autres règles : programme de soins"), "2-programme-sdre-390");
    }

    @Test
    void theSisterOfAManHeldFiveDaysAtARelativesRequest() {
        play("3. Sœur d'un homme hospitalisé depuis 5 jours (SDT)", 390, script(
                "respondent", Answer.choose("Un proche (famille, ami, conjoint)"),
                "minor", Answer.choose("Non, 18 ans ou plus"),
                "careSetting", Answer.choose("Oui, elle est hospitalisée (elle dort à l'hôpital)"),
                "careBasis", Answer.choose("Le directeur de l'hôpital, à la demande d'un proche (soins à la demande d'un tiers)"),
                "detained", Answer.choose("Non"),
                "restraint", Answer.choose("Non"),
                "admissionDate", Answer.on(TODAY.minusDays(4)),
                "lastJudgeDecisionDate", Answer.choose(NOT_YET),
                "judgeDecisionDate", Answer.choose(NOT_YET),
                "justiceMeasure", Answer.choose("Non"),
                "protection", Answer.choose("Non"),
                "goals", Answer.choose("Arrêter ou quitter un suivi")),
                List.of("La personne est soignée sans son accord. Un proche l'a demandé."), "3-soeur-sdt-390");
    }

    private static Map<String, Answer> lawyer() {
        // Held since four months; the judge kept the measure on day 10 and the order was notified the same day.
        LocalDate admission = TODAY.minusMonths(4);
        LocalDate judge = admission.plusDays(10);
        return script(
                "respondent", Answer.choose("Un avocat ou une avocate"),
                "minor", Answer.choose("Non, 18 ans ou plus"),
                "careSetting", Answer.choose("Oui, elle est hospitalisée (elle dort à l'hôpital)"),
                "careBasis", Answer.choose("Le préfet, par un arrêté (anciennement « hospitalisation d'office »)"),
                "detained", Answer.choose("Non"),
                "restraint", Answer.choose("Non"),
                "admissionDate", Answer.on(admission),
                "lastJudgeDecisionDate", Answer.on(judge),
                "judgeDecisionDate", Answer.on(judge),
                "appealedDecision", Answer.choose("Sur l'hospitalisation ou les soins"),
                "justiceMeasure", Answer.choose("Non"),
                "protection", Answer.choose("Non"),
                "goals", Answer.choose("Contester la mesure devant le juge"));
    }

    @Test
    void aLawyerWhoseClientHasBeenHeldFourMonthsOnThePrefectsOrder() {
        for (int width : new int[] {1280, 390}) {
            play("4. Avocat, client en SDRE depuis 4 mois", width, lawyer(),
                    List.of("La personne est soignée sans son accord. Le préfet l'a décidé."),
                    "4-avocat-sdre-" + width);
        }
    }

    @Test
    void aWomanUnderCuratelleInSoinsLibresWhoWantsHerMedicalFile() {
        // She has not asked for her file yet: "Non, pas encore".
        play("5. Femme sous curatelle, soins libres, veut son dossier médical", 390, script(
                "respondent", Answer.choose("Moi, la personne concernée"),
                "minor", Answer.choose("Non, 18 ans ou plus"),
                "careSetting", Answer.choose("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", Answer.choose("Moi-même : j'ai accepté ces soins (soins libres)"),
                "detained", Answer.choose("Non"),
                "justiceMeasure", Answer.choose("Non"),
                "protection", Answer.choose("Curatelle (simple)"),
                "goals", Answer.choose("Obtenir le dossier médical"),
                "recordsRequestDate", Answer.choose(NOT_YET)),
                List.of("Vous êtes en soins libres.", "Autres règles : curatelle"), "5-curatelle-dossier-390");
    }

    @AfterAll
    void writeTheFigures() throws IOException {
        if (measures.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder("""
                # Five journeys on a phone: screens and taps to the result

                Measured by PhoneJourneysIT (Chromium, 844 px high), from the home page: screens = questions +
                "Vérifiez vos réponses" + the result; taps = buttons, choices and date boxes touched (typing is not
                counted); words above the fold = visible words of the result page in the first 844 px (crisis band
                and header included); words of the result = all text of the result, folded sections included.

                | journey | width | screens | taps | words above the fold | words of the result |
                | --- | ---: | ---: | ---: | ---: | ---: |
                """);
        measures.stream().sorted(java.util.Comparator.comparing(Measure::journey)).forEach(m -> table.append(
                "| %s | %d | %d | %d | %d | %d |%n".formatted(m.journey(), m.width(), m.screens(), m.taps(),
                        m.wordsAboveTheFold(), m.words())));
        Path out = Paths.get("target", "benchmarks", "phone-journeys.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }
}
