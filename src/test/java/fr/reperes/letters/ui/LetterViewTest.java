package fr.reperes.letters.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.web.session.CaseFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LetterViewTest extends AbstractViewTest {

    private static final String BODY = "Texte de la lettre (vous pouvez le modifier)";

    private CaseFile caseFile() {
        return context.getBean(CaseFile.class);
    }

    private static TextField text(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void type(String label, String value) {
        TextField field = text(label);
        HasValueUtilsKt._setValue(field, value);
        BasicUtilsKt._blur(field);
    }

    /** Types a date in its three boxes ("Jour", "Mois", "Année"), as a user does, then leaves the date. */
    private static void typeDate(String id, String day, String month, String year) {
        HasValueUtilsKt._setValue(box(id, "jour"), day);
        HasValueUtilsKt._setValue(box(id, "mois"), month);
        HasValueUtilsKt._setValue(box(id, "annee"), year);
        com.vaadin.flow.component.Component date = _get(fr.reperes.web.components.DateInput.class, spec -> spec.withId(id));
        // The browser sends the event only when the focus goes out of the three boxes (the listener's filter).
        tools.jackson.databind.node.ObjectNode outside = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("!(event.relatedTarget && event.currentTarget.contains(event.relatedTarget))", true);
        BasicUtilsKt._fireDomEvent(date, "focusout", outside);
    }

    private static Input box(String id, String part) {
        return _get(Input.class, spec -> spec.withId(id + "-" + part));
    }

    /** The message shown above the boxes of a date, empty when there is none. */
    private static String dateError(String id) {
        List<Paragraph> error = _find(Paragraph.class, spec -> spec.withId(id + "-erreur"));
        return error.isEmpty() || !error.getFirst().isVisible() ? "" : error.getFirst().getElement().getTextRecursively().replace('\u00A0', ' ');
    }

    private static Anchor download(String label) {
        return _get(Anchor.class, spec -> spec.withText(label));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    private static void next() {
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Continuer")));
    }

    private static void back() {
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Revenir à l'étape précédente")));
    }

    private static String step() {
        return _get(H2.class, spec -> spec.withId("formulaire-titre")).getText();
    }

    /** Fills the medical-file request from its first step to the last one, which shows the letter. */
    private static void fillTheRest() {
        assertThat(step()).isEqualTo("Qui écrit, et pour qui");
        type("Prénom", "Camille");
        type("Nom", "Durand");
        typeDate("champ-date-naissance", "12", "3", "1985");
        type("Adresse", "12 rue des Lilas");
        type("Code postal", "69003");
        type("Commune", "Lyon");
        next();
        assertThat(step()).isEqualTo("À qui écrire");
        type("Adresse du destinataire", "95 boulevard Pinel");
        type("Code postal du destinataire", "69500");
        type("Commune du destinataire", "Bron");
        next();
        assertThat(step()).isEqualTo("Votre demande");
        type("Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");
        next();
        assertThat(step()).isEqualTo("Vérifier et télécharger");
    }

    @Test
    void theLettersPageListsEveryLetterAndOpensAnyOfThemDirectly() {
        UI.getCurrent().navigate("lettres");
        assertThat(_get(H1.class).getText()).isEqualTo("Lettres");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Lettres — Repères");
        List<String> links = _find(RouterLink.class).stream().map(RouterLink::getHref).toList();
        for (LetterId id : LetterId.values()) {
            assertThat(links).contains("lettres/" + id);
        }
        UI.getCurrent().navigate("lettres/saisine-cglpl");
        assertThat(_get(H1.class).getText()).isEqualTo("Écrire au Contrôleur général des lieux de privation de liberté (CGLPL)");
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" — Repères");
    }

    @Test
    void underCuratelleTheMedicalFileRequestOpensPrefilledIsEditedAndExportedWithTheEdits() throws Exception {
        caseFile().setFacts(new Facts(Facts.Respondent.PERSON, false, Facts.CareSetting.OUTPATIENT, Facts.CareBasis.CONSENT,
                false, false, List.of(), null, null, Facts.Restraint.NONE, Facts.JusticeMeasure.NONE,
                Facts.Protection.CURATELLE, List.of(Facts.Goal.ACCESS_RECORDS), null, null));
        UI.getCurrent().navigate("lettres/acces-dossier-medical");

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Mesure de protection juridique de la personne")).getValue())
                .isEqualTo("curatelle");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Qui signe la lettre\u00A0?")).getValue()).isEqualTo("PERSON");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Certains champs sont déjà remplis"));
        assertThat(_find(Anchor.class, spec -> spec.withText("Télécharger en PDF"))).as("la lettre vient à la dernière étape")
                .isEmpty();

        fillTheRest();
        assertThat(download("Télécharger en PDF").isEnabled()).isTrue();
        TextArea body = _get(TextArea.class, spec -> spec.withLabel(BODY));
        HasValueUtilsKt._setValue(body, body.getValue().replace("Je vous prie d'agréer",
                "Je joins aussi la liste de mes séjours.\n\nJe vous prie d'agréer"));
        assertThat(caseFile().letterDraft(LetterId.ACCES_DOSSIER_MEDICAL)).containsEntry("nom", "Durand");

        // A field that changes the proposed text asks before replacing the user's version; the default button
        // (the highlighted one, which Enter presses) keeps it, and so does Escape.
        back();
        type("Période concernée (facultatif)", "hospitalisation de mars 2025");
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Remplacer vos modifications\u00A0?");
        assertThat(ask.getElement().getProperty("confirmText")).isEqualTo("Garder mes modifications");
        assertThat(ask.getElement().getProperty("rejectText")).isEqualTo("Remplacer par le nouveau texte");
        ConfirmDialogKt._fireConfirm(ask);
        next();
        assertThat(body.getValue()).contains("Je joins aussi la liste de mes séjours.").doesNotContain("mars 2025");
        back();
        type("Période concernée (facultatif)", "hospitalisation de mai 2025");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        next();
        assertThat(body.getValue()).as("Échap garde aussi").contains("Je joins aussi").doesNotContain("mai 2025");

        String pdf = pdfText(DownloadKt._download(download("Télécharger en PDF")));
        assertThat(pdf).contains("Je joins aussi la liste de mes séjours.").contains("Camille Durand")
                .contains("Lettre recommandée avec accusé de réception").contains("L.1111-7");
        assertThat(new String(DownloadKt._download(download("Télécharger en texte")), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Je joins aussi la liste de mes séjours.");

        // A change where the user chooses to replace: the body becomes the new proposal.
        back();
        type("Période concernée (facultatif)", "hospitalisation d'avril 2025");
        ConfirmDialogKt._fireReject(_get(ConfirmDialog.class));
        next();
        assertThat(body.getValue()).contains("avril 2025").doesNotContain("Je joins aussi");
    }

    @Test
    void theLetterSaysWhoTheResultProposesToSignAndTheUserMayChooseAnother() {
        UI.getCurrent().navigate("lettres/saisine-juge-mainlevee");
        assertThat(_find(Paragraph.class)).as("sans réponses, rien à expliquer")
                .noneMatch(p -> p.hasClassName("proposition-signataire"));

        caseFile().setFacts(new Facts(Facts.Respondent.PERSON, false, Facts.CareSetting.OUTPATIENT, Facts.CareBasis.CONSENT,
                false, false, List.of(), null, null, Facts.Restraint.NONE, Facts.JusticeMeasure.NONE,
                Facts.Protection.TUTELLE, List.of(Facts.Goal.LEAVE_CARE), null, null));
        UI.getCurrent().navigate("lettres/cessation-prise-en-charge");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> signatory = _get(RadioButtonGroup.class, spec -> spec.withLabel("Qui signe la lettre\u00A0?"));
        assertThat(signatory.getValue()).isEqualTo("BOTH");
        assertThat(_find(Paragraph.class)).filteredOn(p -> p.hasClassName("proposition-signataire")).singleElement()
                .extracting(Paragraph::getText).asString().startsWith("Proposé d'après vos réponses")
                .contains("tutelle").contains("CC 459");
        HasValueUtilsKt._setValue(signatory, "PERSON");
        assertThat(caseFile().letterDraft(LetterId.CESSATION_PRISE_EN_CHARGE)).containsEntry("signataire", "PERSON");
    }

    @Test
    void missingOrWrongFieldsAreNamedNextToTheFieldAndNothingTypedIsLost() {
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
        type("Code postal", "690");
        assertThat(text("Code postal").isInvalid()).isTrue();
        assertThat(text("Code postal").getErrorMessage()).isEqualTo("Code postal invalide : il faut 5 chiffres, par exemple 69003.");
        assertThat(text("Nom").isInvalid()).as("pas encore touché").isFalse();

        // Going on checks the step: the missing name is named, the step stays, what was typed stays.
        next();
        assertThat(step()).isEqualTo("Qui écrit, et pour qui");
        assertThat(text("Nom").isInvalid()).isTrue();
        assertThat(text("Nom").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(text("Code postal").getValue()).isEqualTo("690");
        type("Prénom", "Camille");
        type("Nom", "Durand");
        type("Adresse", "12 rue des Lilas");
        type("Commune", "Lyon");
        // A date of birth in the future: refused with its French message above the boxes, the step stays.
        typeDate("champ-date-naissance", "12", "3", "2985");
        assertThat(dateError("champ-date-naissance")).isEqualTo("Erreur : La date doit être dans le passé ou aujourd'hui.");
        next();
        assertThat(step()).isEqualTo("Qui écrit, et pour qui");
        assertThat(box("champ-date-naissance", "annee").getValue()).as("ce qui a été tapé reste").isEqualTo("2985");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively().replace('\u00A0', ' '))
                .contains("Date de naissance : La date doit être dans le passé ou aujourd'hui.");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).as("le résumé mène à la case à corriger")
                .contains("#champ-date-naissance-jour");
        // A month that does not exist names the month box.
        typeDate("champ-date-naissance", "12", "13", "1985");
        assertThat(dateError("champ-date-naissance")).isEqualTo("Erreur : Entrez un mois entre 1 et 12.");
        assertThat(box("champ-date-naissance", "mois").getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("#champ-date-naissance-mois");
        typeDate("champ-date-naissance", "12", "3", "1985");
        assertThat(dateError("champ-date-naissance")).isEmpty();
        assertThat(caseFile().letterDraft(LetterId.ACCES_DOSSIER_MEDICAL)).containsEntry("date_naissance", "1985-03-12");
        next();
        assertThat(step()).as("un code postal faux bloque aussi").isEqualTo("Qui écrit, et pour qui");
        type("Code postal", "69003");
        next();
        assertThat(step()).isEqualTo("À qui écrire");
        next();
        assertThat(step()).isEqualTo("À qui écrire");
        type("Adresse du destinataire", "95 boulevard Pinel");
        type("Code postal du destinataire", "6950");
        type("Commune du destinataire", "Bron");
        next();
        assertThat(text("Code postal du destinataire").getErrorMessage()).startsWith("Code postal invalide");
        // The request step cannot be skipped while its required field is empty.
        type("Code postal du destinataire", "69500");
        next();
        next();
        assertThat(step()).as("le champ obligatoire de la demande").isEqualTo("Votre demande");
        type("Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");
        next();
        assertThat(step()).isEqualTo("Vérifier et télécharger");
        // The letter's date comes as today's, in its three boxes; a letter dated tomorrow is refused.
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        assertThat(List.of(box("champ-date-lettre", "jour").getValue(), box("champ-date-lettre", "mois").getValue(),
                box("champ-date-lettre", "annee").getValue())).containsExactly(String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
        java.time.LocalDate tomorrow = today.plusDays(1);
        typeDate("champ-date-lettre", String.valueOf(tomorrow.getDayOfMonth()), String.valueOf(tomorrow.getMonthValue()),
                String.valueOf(tomorrow.getYear()));
        assertThat(dateError("champ-date-lettre")).isEqualTo("Erreur : La date doit être dans le passé ou aujourd'hui.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).map(t -> t.replace('\u00A0', ' '))
                .anyMatch(t -> t.equals("Pour télécharger la lettre, corrigez d'abord : Date de la lettre."))).isTrue();
        typeDate("champ-date-lettre", "", "", "");
        assertThat(dateError("champ-date-lettre")).isEqualTo("Erreur : Entrez la date : le jour, le mois et l'année.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).map(t -> t.replace('\u00A0', ' '))
                .anyMatch(t -> t.equals("Pour télécharger la lettre, complétez d'abord : Date de la lettre."))).isTrue();
        typeDate("champ-date-lettre", "4", "", "2026");
        assertThat(dateError("champ-date-lettre")).isEqualTo("Erreur : La date doit comporter un mois.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).map(t -> t.replace('\u00A0', ' '))
                .anyMatch(t -> t.equals("Pour télécharger la lettre, corrigez d'abord : Date de la lettre."))).isTrue();
        typeDate("champ-date-lettre", "4", "11", "2026");
        assertThat(download("Télécharger en PDF").isEnabled()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withClasses("papier")).getElement().getChild(0).getOuterHTML())
                .as("la date de la lettre en toutes lettres").contains("4 novembre 2026")
                .as("la date de naissance aussi").contains("12 mars 1985");

        UI.getCurrent().navigate("lettres");
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
        assertThat(text("Code postal").getValue()).as("ce qui a été tapé est gardé en revenant").isEqualTo("69003");
        assertThat(text("Nom").getValue()).isEqualTo("Durand");
        assertThat(List.of(box("champ-date-naissance", "jour").getValue(), box("champ-date-naissance", "mois").getValue(),
                box("champ-date-naissance", "annee").getValue())).as("la date aussi, dans ses trois cases")
                .containsExactly("12", "3", "1985");
        assertThat(caseFile().letterDraft(LetterId.ACCES_DOSSIER_MEDICAL)).containsEntry("date_lettre", "2026-11-04");
    }

    @Test
    void fieldsThatDoNotApplyAreHiddenUntilAChoiceNeedsThem() {
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
        caseFile().letterDraft(LetterId.ACCES_DOSSIER_MEDICAL).putAll(java.util.Map.of("prenom", "Camille", "nom", "Durand",
                "adresse", "12 rue des Lilas", "code_postal", "69003", "date_naissance", "12/03/1985", "ville", "Lyon", "destinataire_adresse", "1 rue A",
                "destinataire_code_postal", "69500", "destinataire_ville", "Bron"));
        UI.getCurrent().navigate("lettres");
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
        next();
        next();
        assertThat(step()).isEqualTo("Votre demande");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Nom et adresse du médecin choisi"))).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> access = _get(RadioButtonGroup.class, spec -> spec.withLabel("Comment voulez-vous accéder au dossier ?"));
        HasValueUtilsKt._setValue(access, "medecin");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Nom et adresse du médecin choisi")).isVisible()).isTrue();
    }

    @Test
    void anUnknownLetterGetsTheNotFoundPage() {
        UI.getCurrent().navigate("lettres/hospitalisation-d-office");
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
    }
}
