package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a speed test: every letter of {@code content/letters/} filled on a phone (390 px) from an empty
 * form with the least a person must give, to the PDF download. It counts the screens (steps), the fields typed, the
 * boxes typed (a date is three boxes) and the taps: one per box or field typed (to put the cursor in it), one per
 * "Continuer", one for the download. It writes {@code target/benchmarks/letters-steps.md}; docs/benchmarks.md keeps
 * the table with the "before" column.
 *
 * <p>The robot finds what must be given as a person is told: it presses "Continuer" (or "Vérifier la lettre" on the
 * last step) and reads the error summary, whose links lead to each field to fill. Those probing presses are not
 * counted: a person who knows what is asked does not need them. Only each letter's PDF must arrive, with the
 * person's name in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false"})
class LetterStepsBenchmarkIT extends BrowserIT {

    private record Walk(String letter, int steps, int fields, int boxes, int taps) {
    }

    @Test
    void everyLetterIsFilledOnAPhoneToItsPdf() throws IOException {
        List<String> letters;
        try (Stream<Path> files = Files.list(Paths.get("content", "letters"))) {
            letters = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yml"))
                    .filter(name -> !name.startsWith("_")).map(name -> name.replace(".yml", "")).sorted().toList();
        }
        assertThat(letters).hasSizeGreaterThan(10);
        List<Walk> walks = new ArrayList<>();
        try (BrowserContext context = browser.context(390, 844)) {
            for (String letter : letters) {
                Page page = context.newPage();
                walks.add(walk(page, letter));
                page.close();
            }
        }
        StringBuilder table = new StringBuilder("| lettre | étapes | champs saisis | cases saisies | appuis |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        walks.forEach(w -> table.append("| ").append(w.letter()).append(" | ").append(w.steps()).append(" | ")
                .append(w.fields()).append(" | ").append(w.boxes()).append(" | ").append(w.taps()).append(" |\n"));
        Path out = Paths.get("target", "benchmarks", "letters-steps.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Lettres sur téléphone (390 px) : étapes et appuis jusqu'au PDF\n\n"
                + "Formulaire vide, saisie minimale valide, choix par défaut (LetterStepsBenchmarkIT).\n\n" + table);
        System.out.println(table);
    }

    /** The sender's fields and the autofill and keypad hints a phone reads, where a step shows them. */
    private static final java.util.Map<String, java.util.List<String>> HINTS = java.util.Map.of(
            "champ-prenom", java.util.List.of("autocomplete", "given-name"),
            "champ-nom", java.util.List.of("autocomplete", "family-name"),
            "champ-adresse", java.util.List.of("autocomplete", "street-address"),
            "champ-code-postal", java.util.List.of("inputmode", "numeric"),
            "champ-ville", java.util.List.of("autocomplete", "address-level2"),
            "champ-telephone", java.util.List.of("inputmode", "tel"),
            "champ-email", java.util.List.of("autocomplete", "email"));

    /** Every step of every letter at 390 px: no label cut, no sideways scroll, autofill and keypad hints. */
    private static void phoneReady(Page page, String letter, String step) {
        String where = letter + ", étape « " + step + " »";
        assertThat(LettersIT.noCutLabel(page)).as(where + " : libellés coupés").isEmpty();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as(where + " : défilement horizontal").isEqualTo(true);
        HINTS.forEach((id, hint) -> {
            if (page.locator("#" + id).count() > 0 && page.locator("#" + id).isVisible()) {
                assertThat(LettersIT.inner(page, id, hint.get(0))).as(where + " : " + id + " " + hint.get(0))
                        .isEqualTo(hint.get(1));
            }
        });
    }

    private Walk walk(Page page, String letter) {
        BrowserSupport.open(page, base(), "lettres/" + letter);
        page.waitForSelector("#formulaire-titre");
        int steps = 1;
        int fields = 0;
        int boxes = 0;
        int taps = 0;
        for (int guard = 0; guard < 12; guard++) {
            Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer"));
            boolean last = next.count() == 0 || !next.isVisible();
            String title = stepTitle(page);
            phoneReady(page, letter, title);
            if (last) {
                Locator pdf = page.locator("a.telechargement", new Page.LocatorOptions().setHasText("PDF"));
                if (pdf.getAttribute("href") != null) {
                    Download download = page.waitForDownload(pdf::click);
                    taps++;
                    assertThat(download.suggestedFilename()).as(letter).endsWith(".pdf");
                    download.delete();
                    return new Walk(letter, steps, fields, boxes, taps);
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier la lettre")).click();
                page.waitForCondition(() -> pdf.getAttribute("href") != null || page.locator(".resume-erreurs a").count() > 0);
                if (pdf.getAttribute("href") != null) {
                    continue;
                }
            } else {
                next.click();
                page.waitForCondition(() -> !stepTitle(page).equals(title) || page.locator(".resume-erreurs a").count() > 0);
                if (!stepTitle(page).equals(title)) {
                    taps++;
                    steps++;
                    continue;
                }
            }
            // Refused (or not ready): fill what the summary names, then press again (counted then).
            page.waitForSelector(".resume-erreurs a");
            List<String> targets = page.locator(".resume-erreurs a").all().stream()
                    .map(link -> link.getAttribute("href").substring(1)).toList();
            assertThat(targets).as(letter + " : étape « " + title + " » refusée sans champ nommé").isNotEmpty();
            for (String target : targets) {
                if (target.matches(".*-(jour|mois|annee)")) {
                    String base = target.replaceAll("-(jour|mois|annee)$", "");
                    page.locator("#" + base + "-jour").fill("12");
                    page.locator("#" + base + "-mois").fill("3");
                    page.locator("#" + base + "-annee").fill("2024");
                    page.locator("#" + base + "-annee").press("Tab");
                    fields++;
                    boxes += 3;
                    taps += 3;
                } else {
                    Locator field = page.locator("#" + target);
                    Locator input = field.locator("input, textarea").first();
                    if ("vaadin-radio-group".equals(field.evaluate("f => f.localName"))) {
                        field.locator("vaadin-radio-button label").first().click();
                    } else {
                        input.fill(valueFor(target));
                        input.press("Tab");
                        fields++;
                        boxes++;
                    }
                    taps++;
                }
                page.waitForTimeout(100);
            }
            page.waitForTimeout(500);
        }
        throw new AssertionError(letter + " : le PDF n'a pas été atteint");
    }

    /** A plausible value for a field, by its id ("champ-code-postal"). */
    private static String valueFor(String id) {
        if (id.contains("code-postal")) {
            return "69003";
        }
        if (id.contains("email")) {
            return "camille.durand@exemple.fr";
        }
        if (id.contains("telephone")) {
            return "06 01 02 03 04";
        }
        if (id.endsWith("-nom") || id.equals("champ-nom")) {
            return "Durand";
        }
        return "Camille";
    }

    private static String stepTitle(Page page) {
        return page.locator("#formulaire-titre").innerText().strip();
    }
}
