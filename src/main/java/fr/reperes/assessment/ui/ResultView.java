package fr.reperes.assessment.ui;

import fr.reperes.procedure.ProcedureTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.assessment.Assessment;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterService;
import fr.reperes.situation.SituationService;
import fr.reperes.situation.SituationSheet;
import fr.reperes.situation.ui.LawyerPanel;
import fr.reperes.situation.ui.SheetLinks;
import fr.reperes.situation.ui.Timeline;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.AnswersFilePanel;
import fr.reperes.web.session.CaseFile;
import fr.reperes.web.session.SessionEraser;

import java.time.Clock;

/** The result of the questionnaire: regimes, warnings, deadlines, next steps, letters, points to clarify. */
@Route(Routes.RESULT)
@PageTitle("Votre résultat — Repères")
public class ResultView extends Div implements BeforeEnterObserver {

    private final AssessmentService assessments;
    private final CaseFile caseFile;
    private final AnswersFile answersFile;
    private final SessionEraser eraser;
    private final Clock clock;
    private final LetterService letters;
    private final SituationService situations;
    private final ProcedureTexts procedureTexts;

    public ResultView(AssessmentService assessments, CaseFile caseFile, AnswersFile answersFile,
                      SessionEraser eraser, Clock clock, LetterService letters,
                      SituationService situations, ProcedureTexts procedureTexts) {
        this.procedureTexts = procedureTexts;
        this.situations = situations;
        this.letters = letters;
        this.assessments = assessments;
        this.caseFile = caseFile;
        this.answersFile = answersFile;
        this.eraser = eraser;
        this.clock = clock;
        addClassName("vue");
        addClassName("resultat");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Facts facts = caseFile.facts();
        boolean self = facts.respondent() == null || facts.respondent() == Facts.Respondent.PERSON;
        add(new H1(self ? "Votre situation" : "La situation de la personne"));
        if (caseFile.answered().isEmpty()) {
            add(new Paragraph("Vous n'avez encore répondu à aucune question."),
                    new Paragraph(Destination.QUESTIONNAIRE.link("Commencer le questionnaire")));
            return;
        }
        Assessment result = assessments.assess(facts);
        add(new Paragraph("Ce résultat dépend de vos réponses. C'est une information, pas un conseil juridique : "
                + "en cas de doute, parlez-en à un avocat ou à une association."));
        add(ResultSections.regimes(result.regimes()));
        if (!result.warnings().isEmpty()) {
            add(ResultSections.warnings(result.warnings()));
        }
        SituationSheet sheet = situations.sheet(facts, result, caseFile.preparedLetters(), true);
        add(new Timeline(sheet.timeline(), situations.content()));
        if (!result.deadlines().isEmpty()) {
            add(ResultSections.deadlines(result.deadlines()));
        }
        add(ResultSections.steps(result.steps()));
        add(ResultSections.letters(result.letters(), result.lettersNotOffered(),
                id -> letters.letter(id).map(Letter::title).orElse(id.id())));
        if (!result.toClarify().isEmpty()) {
            add(ResultSections.toClarify(result.toClarify()));
        }
        boolean checksProcedure = facts.respondent() == Facts.Respondent.LAWYER
                || facts.respondent() == Facts.Respondent.ASSOCIATION || !facts.events().isEmpty();
        if (checksProcedure) {
            add(ResultSections.procedure(result.procedure(), procedureTexts));
        }
        if (facts.respondent() == Facts.Respondent.LAWYER) {
            add(new LawyerPanel(situations.lawyerNotes(facts, result, sheet), situations.content()));
        }
        add(new SheetLinks(situations, sheet));
        Button change = new Button("Modifier mes réponses",
                click -> getUI().ifPresent(Destination.SUMMARY::open));
        Button newPerson = new Button("Nouvelle personne", click -> getUI().ifPresent(eraser::eraseAndRestart));
        newPerson.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(change, newPerson);
        actions.addClassName("actions");
        add(actions, new AnswersFilePanel(answersFile, caseFile, clock,
                () -> getUI().ifPresent(ui -> ui.navigate(ResultView.class))));
    }
}
