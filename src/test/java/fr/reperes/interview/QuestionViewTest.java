package fr.reperes.interview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.reperes.AbstractViewTest;
import fr.reperes.web.components.DateTyping;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The questionnaire page by page, as a person clicks through it. */
class QuestionViewTest extends AbstractViewTest {

    /** The session-scoped case file of the mock Vaadin session. */
    CaseFile caseFile() {
        return context.getBean(CaseFile.class);
    }

    static String heading() {
        return _get(H1.class).getText();
    }

    static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @SuppressWarnings("unchecked")
    static void choose(String label) {
        RadioButtonGroup<InterviewService.Option> group = _get(RadioButtonGroup.class);
        group.setValue(group.getListDataView().getItems().filter(o -> o.label().equals(label)).findFirst().orElseThrow());
    }

    static void next() {
        _click(_get(Button.class, spec -> spec.withText("Suivant")));
    }

    @Test
    void theQuestionnaireStartsWithWhoIsAnswering() {
        UI.getCurrent().navigate("questionnaire");
        assertThat(path()).isEqualTo("questionnaire/respondent");
        assertThat(heading()).isEqualTo("Qui répond à ces questions\u00a0?");
        _get(Button.class, spec -> spec.withText("Je ne sais pas"));
    }

    @Test
    void nextWithoutAnAnswerShowsAFrenchErrorNextToTheField() {
        UI.getCurrent().navigate("questionnaire/respondent");
        next();
        RadioButtonGroup<?> group = _get(RadioButtonGroup.class);
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getErrorMessage()).contains("Choisissez une réponse");
        assertThat(path()).isEqualTo("questionnaire/respondent");
    }

    @Test
    void aRelativeGetsThirdPersonWordingAndBackKeepsTheAnswer() {
        UI.getCurrent().navigate("questionnaire/respondent");
        choose("Un proche (famille, ami, conjoint)");
        next();
        assertThat(heading()).isEqualTo("La personne concernée a-t-elle moins de 18 ans\u00a0?");
        _click(_get(Button.class, spec -> spec.withText("Précédent")));
        assertThat(path()).isEqualTo("questionnaire/respondent");
        RadioButtonGroup<InterviewService.Option> group = _get(RadioButtonGroup.class);
        assertThat(group.getValue().label()).isEqualTo("Un proche (famille, ami, conjoint)");
    }

    @Test
    void aFutureDateIsRefusedAndTheTypedValueKept() {
        UI.getCurrent().navigate("questionnaire/admissionDate");
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1);
        DateTyping.type("date", tomorrow);
        next();
        assertThat(DateTyping.error("date")).contains("Erreur\u00a0: La date doit être dans le passé ou aujourd'hui.");
        assertThat(DateTyping.box("date", "annee").getValue()).isEqualTo(String.valueOf(tomorrow.getYear()));
        assertThat(DateTyping.box("date", "jour").getValue()).isEqualTo(String.valueOf(tomorrow.getDayOfMonth()));
        assertThat(path()).isEqualTo("questionnaire/admissionDate");
        assertThat(caseFile().facts().admissionDate()).isNull();
    }

    @Test
    void dontKnowRecordsAnUnknownBasisAndMovesOn() {
        UI.getCurrent().navigate("questionnaire/careSetting");
        choose("Oui, je vais au CMP, en hôpital de jour ou en consultation");
        next();
        assertThat(path()).isEqualTo("questionnaire/careBasis");
        _click(_get(Button.class, spec -> spec.withText("Je ne sais pas")));
        assertThat(caseFile().facts().careBasis()).isEqualTo(fr.reperes.core.Facts.CareBasis.UNKNOWN);
        assertThat(caseFile().answered()).contains("careBasis");
    }

    @Test
    void changingAnAnswerFromTheSummaryReturnsToTheSummary() {
        UI.getCurrent().navigate("questionnaire/respondent");
        choose("Moi, la personne concernée");
        next();
        UI.getCurrent().navigate("questionnaire/verifier");
        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Modifier : Qui répond à ces questions\u00a0?".equals(b.getAriaLabel().orElse(null)))));
        assertThat(path()).isEqualTo("questionnaire/respondent");
        choose("Un avocat ou une avocate");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé")));
        assertThat(path()).isEqualTo("questionnaire/verifier");
        assertThat(caseFile().facts().respondent()).isEqualTo(fr.reperes.core.Facts.Respondent.LAWYER);
    }
}
