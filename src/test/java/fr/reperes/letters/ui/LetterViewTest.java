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
import com.vaadin.flow.component.html.H1;
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

    private static Anchor download(String label) {
        return _get(Anchor.class, spec -> spec.withText(label));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    private static void fillTheRest() {
        type("Prénom", "Camille");
        type("Nom", "Durand");
        type("Date de naissance", "12/03/1985");
        type("Adresse", "12 rue des Lilas");
        type("Code postal", "69003");
        type("Commune", "Lyon");
        type("Adresse du destinataire", "95 boulevard Pinel");
        type("Code postal du destinataire", "69500");
        type("Commune du destinataire", "Bron");
        type("Établissement, service ou médecin qui détient le dossier", "centre hospitalier Saint-Jean");
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
        assertThat(download("Télécharger en PDF").isEnabled()).as("lettre incomplète").isFalse();

        fillTheRest();
        assertThat(download("Télécharger en PDF").isEnabled()).isTrue();
        TextArea body = _get(TextArea.class, spec -> spec.withLabel(BODY));
        HasValueUtilsKt._setValue(body, body.getValue().replace("Je vous prie d'agréer",
                "Je joins aussi la liste de mes séjours.\n\nJe vous prie d'agréer"));
        assertThat(caseFile().letterDraft(LetterId.ACCES_DOSSIER_MEDICAL)).containsEntry("nom", "Durand");

        // A field that changes the proposed text asks before replacing the user's version; keeping it keeps it.
        type("Période concernée (facultatif)", "hospitalisation de mars 2025");
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Remplacer vos modifications\u00A0?");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(body.getValue()).contains("Je joins aussi la liste de mes séjours.").doesNotContain("mars 2025");

        String pdf = pdfText(DownloadKt._download(download("Télécharger en PDF")));
        assertThat(pdf).contains("Je joins aussi la liste de mes séjours.").contains("Camille Durand")
                .contains("Lettre recommandée avec accusé de réception").contains("L.1111-7");
        assertThat(new String(DownloadKt._download(download("Télécharger en texte")), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Je joins aussi la liste de mes séjours.");

        // A second change, confirmed this time, replaces the body with the new proposal.
        type("Période concernée (facultatif)", "hospitalisation d'avril 2025");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
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
                .extracting(Paragraph::getText).asString().contains("tutelle").contains("CC 459");
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

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Vérifier la lettre")));
        assertThat(text("Nom").isInvalid()).isTrue();
        assertThat(text("Nom").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)
                .map(t -> t.replace('\u00A0', ' '))
                .anyMatch(t -> t.startsWith("Pour télécharger la lettre, complétez d'abord :") && t.contains("Nom"))).isTrue();

        UI.getCurrent().navigate("lettres");
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
        assertThat(text("Code postal").getValue()).as("ce qui a été tapé est gardé, même faux").isEqualTo("690");
        type("Code postal", "69003");
        assertThat(text("Code postal").isInvalid()).isFalse();
    }

    @Test
    void fieldsThatDoNotApplyAreHiddenUntilAChoiceNeedsThem() {
        UI.getCurrent().navigate("lettres/acces-dossier-medical");
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
