package fr.reperes.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys with the keyboard alone, in a real Chromium at phone size, audited with axe at each screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class KeyboardJourneysIT extends BrowserIT {

    static String focused(Page page) {
        return (String) page.evaluate("""
                () => { let e = document.activeElement;
                        while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                        const host = document.activeElement;
                        return (host.tagName + '|' + (host.id || '') + '|' + (host.textContent || '').trim().slice(0, 80)); }""");
    }

    /** Presses Tab until the focused element's text starts with {@code text}; fails after 60 presses. */
    static void tabTo(Page page, String text) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (focused(page).split("\\|", -1)[2].startsWith(text)) {
                return;
            }
        }
        throw new AssertionError("« " + text + " » n'est pas atteignable au clavier ; focus sur " + focused(page));
    }

    static void waitForHeading(Page page, String text) {
        page.waitForFunction("t => { const h = document.querySelector('main#contenu h1'); return h && h.textContent.trim().startsWith(t); }", text);
    }

    @Test
    void theQuestionnaireThenTheResultWithTheKeyboardAlone() {
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "questionnaire");
            waitForHeading(page, "Qui répond");
            // A page opened from its address keeps the browser's start (the first Tab reaches the skip link, see
            // SessionAndFocusIT); after each step inside the app, the focus is on the new question's heading.

            // Next without an answer: the error is shown next to the field, linked to it, and listed at the top of
            // the page (an alert) with a link to the field.
            tabTo(page, "Suivant");
            page.keyboard().press("Enter");
            page.waitForSelector("#reponse[aria-invalid=true]");
            String error = (String) page.evaluate("""
                    () => { const g = document.querySelector('#reponse');
                            const m = g.querySelector('.choix-erreur');
                            return m.textContent + '|' + (m.getAttribute('aria-live') || m.getAttribute('role') || '') + '|' + m.id + '|' + m.outerHTML; }""");
            assertThat(error).startsWith("Choisissez une réponse");
            String[] parts = error.split("\\|");
            assertThat(page.locator("main#contenu #resume-erreurs[role=alert]").textContent())
                    .as("résumé des erreurs en haut de la page").contains("Il y a un problème")
                    .contains("Choisissez une réponse");
            assertThat((String) page.evaluate("id => { const g = document.querySelector('#reponse');"
                    + " return g.getAttribute('aria-describedby') || g.querySelector('[aria-describedby]')?.getAttribute('aria-describedby') || ''; }", parts[2]))
                    .as("message relié au champ").contains(parts[2]);
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();

            // Choose "Moi, la personne concernée" with the keyboard: focus the group, Space on the first option.
            page.locator(".choix input").first().focus();
            page.keyboard().press("Space");
            tabTo(page, "Suivant");
            page.keyboard().press("Enter");
            waitForHeading(page, "Avez-vous moins de 18 ans");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'question-titre'");

            // Answer every other question with "Je ne sais pas" (one of the options), by keyboard: Space on it.
            for (int i = 0; i < 20; i++) {
                if (page.url().endsWith("/questionnaire/verifier")) {
                    break;
                }
                String before = page.url();
                page.locator(".choix:has-text('Je ne sais pas') input").first().focus();
                page.keyboard().press("Space");
                tabTo(page, "Suivant");
                page.keyboard().press("Enter");
                page.waitForFunction("u => location.href !== u", before);
                // The app moves the focus to the new page's heading once it is drawn: wait for it before choosing.
                page.waitForFunction("() => document.activeElement && (document.activeElement.id === 'question-titre'"
                        + " || document.activeElement.tagName === 'H1')");
            }
            waitForHeading(page, "Vérifiez vos réponses");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            tabTo(page, "Voir mon résultat");
            page.keyboard().press("Enter");
            waitForHeading(page, "Votre situation");
            assertThat(page.locator("main#contenu").textContent()).contains("À confirmer");
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            BrowserSupport.screenshot(page, "parcours-clavier-resultat-390");
            assertThat(errors).isEmpty();
        }
    }

    /** The accessible label of the focused field (inside Vaadin's text fields), or "". */
    static String focusedFieldLabel(Page page) {
        return (String) page.evaluate("""
                () => { const host = document.activeElement;
                        const date = host && host.closest('fieldset.saisie-date');
                        if (date) {
                            const box = date.querySelector('label[for="' + host.id + '"]');
                            return date.querySelector('legend').textContent.replace('*', '').trim()
                                + ' / ' + (box ? box.textContent.trim() : '');
                        }
                        const field = host && host.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field');
                        if (!field) return '';
                        const label = field.querySelector('label');
                        return label ? label.textContent.trim() : (field.getAttribute('label') || ''); }""");
    }

    @Test
    void aLetterIsFilledAndDownloadedAsPdfWithTheKeyboardAlone() throws Exception {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("Prénom", "Camille");
        values.put("Nom", "Durand");
        // A date is typed in its three boxes, "Jour", "Mois", "Année", under the date's legend.
        values.put("Date de naissance / Jour", "12");
        values.put("Date de naissance / Mois", "3");
        values.put("Date de naissance / Année", "1985");
        values.put("Adresse", "12 rue des Lilas");
        values.put("Code postal", "69003");
        values.put("Commune", "Lyon");
        values.put("Adresse du destinataire", "95 boulevard Pinel");
        values.put("Code postal du destinataire", "69500");
        values.put("Commune du destinataire", "Bron");
        values.put("Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");
        try (BrowserContext context = browser.context(390, 844)) {
            Page page = context.newPage();
            List<String> errors = BrowserSupport.watchErrors(page);
            BrowserSupport.open(page, base(), "lettres");
            tabTo(page, "Demander votre dossier médical");
            page.keyboard().press("Enter");
            waitForHeading(page, "Demander votre dossier médical");
            java.util.Set<String> typed = new java.util.HashSet<>();
            for (int i = 0; i < 200 && typed.size() < values.size(); i++) {
                page.keyboard().press("Tab");
                // The form comes in steps: "Continuer" is pressed with Enter once the step's fields are typed.
                if ("Continuer".equals(page.evaluate("() => (document.activeElement?.textContent || '').trim()"))) {
                    String step = page.locator("#formulaire-titre").innerText();
                    page.keyboard().press("Enter");
                    page.waitForCondition(() -> !page.locator("#formulaire-titre").innerText().equals(step));
                    continue;
                }
                String label = focusedFieldLabel(page).replace('\u00a0', ' ').replace("*", "").trim();
                if (values.containsKey(label) && !typed.contains(label)) {
                    page.keyboard().press("Control+A");
                    page.keyboard().type(values.get(label));
                    typed.add(label);
                }
            }
            assertThat(typed).as("champs remplis au clavier").containsExactlyInAnyOrderElementsOf(values.keySet());
            // On to the last step, which shows the letter and its downloads.
            for (int i = 0; i < 60 && !page.locator("#formulaire-titre").innerText().equals("Vérifier et télécharger"); i++) {
                page.keyboard().press("Tab");
                if ("Continuer".equals(page.evaluate("() => (document.activeElement?.textContent || '').trim()"))) {
                    String step = page.locator("#formulaire-titre").innerText();
                    page.keyboard().press("Enter");
                    page.waitForCondition(() -> !page.locator("#formulaire-titre").innerText().equals(step));
                }
            }
            page.keyboard().press("Tab");
            page.waitForFunction("() => { const a = [...document.querySelectorAll('a.telechargement')]"
                    + ".find(l => l.textContent.includes('PDF')); return a && a.getAttribute('href'); }");
            tabTo(page, "Télécharger");
            while (!focused(page).contains("PDF")) {
                page.keyboard().press("Tab");
            }
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("centre hospitalier Saint-Jean").contains("Camille Durand").contains("12 mars 1985");
            }
            download.delete();
            assertThat(BrowserSupport.axeViolations(page)).isEmpty();
            assertThat(errors).isEmpty();
        }
    }
}
