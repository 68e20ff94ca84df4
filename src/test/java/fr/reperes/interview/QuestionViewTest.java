package fr.reperes.interview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.web.components.ChoiceGroup;
import fr.reperes.AbstractViewTest;
import fr.reperes.web.components.DateTyping;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        group.select(group.getItems().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow());
    }

    static void next() {
        _click(_get(Button.class, spec -> spec.withText("Suivant")));
    }

    @Test
    void theQuestionnaireStartsWithWhoIsAnswering() {
        UI.getCurrent().navigate("questionnaire");
        assertThat(path()).isEqualTo("questionnaire/respondent");
        assertThat(heading()).isEqualTo("Qui répond à ces questions\u00a0?");
        // Who answers knows who they are: no "Je ne sais pas" here, and no such button anywhere.
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        assertThat(group.getItems().stream().map(InterviewService.Option::label))
                .doesNotContain("Je ne sais pas");
        assertThat(_find(Button.class, spec -> spec.withText("Je ne sais pas"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("progression")).getText())
                .isEqualTo("Partie 1 sur 5 : Qui répond");
    }

    @Test
    void nextWithoutAnAnswerShowsAFrenchErrorNextToTheField() {
        UI.getCurrent().navigate("questionnaire/respondent");
        next();
        ChoiceGroup<?> group = _get(ChoiceGroup.class);
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
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        assertThat(group.getSelectedItem().orElseThrow().label()).isEqualTo("Un proche (famille, ami, conjoint)");
    }

    @Test
    void aFutureDateIsRefusedAndTheTypedValueKept() {
        UI.getCurrent().navigate("questionnaire/admissionDate");
        choose("Oui");
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
        choose("Je ne sais pas");
        next();
        assertThat(caseFile().facts().careBasis()).isEqualTo(fr.reperes.core.Facts.CareBasis.UNKNOWN);
        assertThat(caseFile().answered()).contains("careBasis");
        assertThat(path()).isNotEqualTo("questionnaire/careBasis");
        // Back on the question, "Je ne sais pas" is the radio chosen, like any other answer.
        UI.getCurrent().navigate("questionnaire/careBasis");
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        assertThat(group.getSelectedItem().orElseThrow().label()).isEqualTo("Je ne sais pas");
    }

    @Test
    void aDateQuestionFirstAsksWhetherItHappenedThenShowsTheThreeBoxes() {
        UI.getCurrent().navigate("questionnaire/lastJudgeDecisionDate");
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        assertThat(group.getItems().stream().map(InterviewService.Option::label))
                .containsExactly("Oui", "Non, pas encore", "Je ne sais pas");
        // The three boxes follow the choice in the same block; the style sheet shows them once "Oui" is checked
        // (the browser checks it in DateInputIT), so they appear without waiting for the server.
        com.vaadin.flow.component.html.Div block = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("date-bloc"));
        assertThat(_find(block, fr.reperes.web.components.DateInput.class)).hasSize(1);
        assertThat(group.getElement().toString()).contains("value=\"oui\"");
        choose("Oui");
        choose("Non, pas encore");
        next();
        assertThat(path()).isNotEqualTo("questionnaire/lastJudgeDecisionDate");
        assertThat(caseFile().facts().lastJudgeDecisionDate()).isNull();
        assertThat(caseFile().notYet()).contains("lastJudgeDecisionDate");
        UI.getCurrent().navigate("questionnaire/lastJudgeDecisionDate");
        group = _get(ChoiceGroup.class);
        assertThat(group.getSelectedItem().orElseThrow().label()).isEqualTo("Non, pas encore");
    }

    @Test
    void anErrorIsListedAtTheTopWithALinkToTheField() {
        UI.getCurrent().navigate("questionnaire/careSetting");
        next();
        com.vaadin.flow.component.html.Div summary = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("resume-erreurs"));
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        com.vaadin.flow.component.html.Anchor link = _get(summary, com.vaadin.flow.component.html.Anchor.class);
        assertThat(link.getHref()).isEqualTo("#reponse-0");
        assertThat(link.getText()).isEqualTo("Choisissez une réponse, ou « Je ne sais pas ».");
        assertThat(_get(ChoiceGroup.class).getId()).contains("reponse");
    }

    @Test
    void progressByPartNeverGoesBack() {
        UI.getCurrent().navigate("questionnaire/respondent");
        int last = 0;
        for (String answer : List.of("Moi, la personne concernée", "Non, 18 ans ou plus",
                "Oui, je suis hospitalisé (je dors à l'hôpital)")) {
            String progress = _get(Paragraph.class, spec -> spec.withId("progression")).getText();
            int part = Integer.parseInt(progress.substring("Partie ".length(), progress.indexOf(" sur")));
            assertThat(part).isGreaterThanOrEqualTo(last);
            last = part;
            choose(answer);
            next();
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("progression")).getText()).startsWith("Partie 2 sur 5");
    }

    @Test
    void aChangeThatOpensQuestionsWalksThroughThemThenBackToTheCheckPage() {
        UI.getCurrent().navigate("questionnaire/respondent");
        choose("Moi, la personne concernée");
        next();
        choose("Non, 18 ans ou plus");
        next();
        choose("Non, pas de soins en ce moment");
        next();
        for (int guard = 0; guard < 10 && !path().equals("questionnaire/verifier"); guard++) {
            choose("Je ne sais pas");
            next();
        }
        assertThat(path()).isEqualTo("questionnaire/verifier");
        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getAriaLabel().orElse("")
                .startsWith("Modifier : Êtes-vous soigné"))));
        choose("Oui, je vais au CMP, en hôpital de jour ou en consultation");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé")));
        // The change opened "Qui a décidé de ces soins ?": it is asked before the check page.
        assertThat(path()).isEqualTo("questionnaire/careBasis");
        choose("Je ne sais pas");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé")));
        for (int guard = 0; guard < 10 && !path().equals("questionnaire/verifier"); guard++) {
            choose("Je ne sais pas");
            _click(_get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé")));
        }
        assertThat(path()).isEqualTo("questionnaire/verifier");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("reponse-manquante")))
                .isEmpty();
    }

    @Test
    void changingAnAnswerFromTheSummaryWalksThroughTheQuestionsStillBlank() {
        UI.getCurrent().navigate("questionnaire/respondent");
        choose("Moi, la personne concernée");
        next();
        UI.getCurrent().navigate("questionnaire/verifier");
        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Modifier : Qui répond à ces questions\u00a0?".equals(b.getAriaLabel().orElse(null)))));
        assertThat(path()).isEqualTo("questionnaire/respondent");
        choose("Un avocat ou une avocate");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé")));
        // Questions still blank are asked on the way back to the check page.
        assertThat(path()).isEqualTo("questionnaire/minor");
        _get(Button.class, spec -> spec.withText("Enregistrer et revenir au résumé"));
        assertThat(caseFile().facts().respondent()).isEqualTo(fr.reperes.core.Facts.Respondent.LAWYER);
    }

    @Test
    void aSisterAnsweringForHerBrotherIsNeverAddressedAsTheOneInCare() {
        UI.getCurrent().navigate("questionnaire/respondent");
        choose("Un proche (famille, ami, conjoint)");
        next();
        for (String question : List.of("minor", "careSetting", "careBasis", "justiceMeasure", "programmeDeSoins")) {
            UI.getCurrent().navigate("questionnaire/" + question);
            String page = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", String::concat)
                    + heading();
            assertThat(page).as(question)
                    .doesNotContainPattern("(?i)\\bvous (êtes|dormez|y allez|n'êtes)\\b|Suis-je|\\bje dois\\b|votre avocat");
        }
    }
}
