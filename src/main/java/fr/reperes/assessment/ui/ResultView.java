package fr.reperes.assessment.ui;

import fr.reperes.procedure.ProcedureTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.assessment.Assessment;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.assessment.ResultPageTexts;
import fr.reperes.core.Voice;
import fr.reperes.core.Facts;
import fr.reperes.interview.AnswersFile;
import fr.reperes.interview.InterviewService;
import fr.reperes.interview.Question;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterService;
import fr.reperes.situation.SituationService;
import fr.reperes.situation.SituationSheet;
import fr.reperes.situation.ui.LawyerPanel;
import fr.reperes.situation.ui.SheetLinks;
import fr.reperes.situation.ui.Timeline;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.AnswersFilePanel;
import fr.reperes.web.session.CaseFile;
import fr.reperes.web.session.EraseButton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of the questionnaire: "En bref" first (within the first phone screen), then the detail in parts a
 * person opens — steps by priority, deadlines, regimes and why, warnings, letters, points to clarify — and
 * "Tout déplier" for those who read it all (lawyers). Never shown with a question of the path left blank.
 */
@Route(Routes.RESULT)
public class ResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PageTitles titles;

    private final AssessmentService assessments;
    private final CaseFile caseFile;
    private final AnswersFile answersFile;
    private final EraseButton eraseButton;
    private final Clock clock;
    private final LetterService letters;
    private final SituationService situations;
    private final ProcedureTexts procedureTexts;
    private final InterviewService interview;
    private final ResultPageTexts pageTexts;

    public ResultView(AssessmentService assessments, CaseFile caseFile, AnswersFile answersFile,
                      EraseButton eraseButton, Clock clock, LetterService letters,
                      SituationService situations, ProcedureTexts procedureTexts, InterviewService interview,
                      ResultPageTexts pageTexts, PageTitles titles) {
        this.titles = titles;
        this.pageTexts = pageTexts;
        this.procedureTexts = procedureTexts;
        this.interview = interview;
        this.situations = situations;
        this.letters = letters;
        this.assessments = assessments;
        this.caseFile = caseFile;
        this.answersFile = answersFile;
        this.eraseButton = eraseButton;
        this.clock = clock;
        addClassName("vue");
        addClassName("page-resultat");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Facts facts = caseFile.facts();
        ResultSections.Words words = new ResultSections.Words(pageTexts, Voice.of(facts.respondent()));
        add(new H1(words.of("titre")));
        if (caseFile.answered().isEmpty()) {
            add(new Paragraph(words.of("aucune-reponse")),
                    new Paragraph(Destination.QUESTIONNAIRE.link(words.of("commencer"))));
            return;
        }
        // The result is never shown with a question of the path left blank: the first one is asked instead.
        Optional<String> blank = interview.firstUnanswered(facts, caseFile.answered()).map(Question::id);
        if (blank.isPresent()) {
            event.forwardTo(Destination.QUESTIONNAIRE.path());
            return;
        }
        Assessment result = assessments.assess(facts);
        add(new InBriefBlock(assessments.inBrief(facts, result)));

        H2 detail = new H2(words.of("detail"));
        detail.addClassName("titre-detail");
        Paragraph notAdvice = new Paragraph(words.of("pas-un-conseil"));
        notAdvice.addClassName("avertissement-resultat");
        add(detail, notAdvice);

        List<Details> sections = new ArrayList<>();
        sections.add(ResultSections.steps(result.steps(), words));
        SituationSheet sheet = situations.sheet(facts, result, caseFile.preparedLetters(), true);
        sections.add(ResultSections.deadlines(result.deadlines(), new Timeline(sheet.timeline(), situations.content()),
                words));
        sections.add(ResultSections.regimes(result.regimes(), words));
        if (!result.warnings().isEmpty()) {
            sections.add(ResultSections.warnings(result.warnings(), words));
        }
        sections.add(ResultSections.letters(result.letters(), result.lettersNotOffered(),
                id -> letters.letter(id).map(Letter::title).orElse(id.id()), words));
        if (!result.toClarify().isEmpty()) {
            sections.add(ResultSections.toClarify(result.toClarify(), words));
        }
        boolean checksProcedure = facts.respondent() == Facts.Respondent.LAWYER
                || facts.respondent() == Facts.Respondent.ASSOCIATION || !facts.events().isEmpty();
        if (checksProcedure) {
            sections.add(ResultSections.procedure(result.procedure(), procedureTexts, words));
        }
        if (facts.respondent() == Facts.Respondent.LAWYER) {
            Details lawyer = new Details(words.of("pour-l-avocat"),
                    new LawyerPanel(situations.lawyerNotes(facts, result, sheet), situations.content()));
            lawyer.setId("detail-avocat");
            lawyer.addClassName("detail-resultat");
            sections.add(lawyer);
        }
        Button unfold = new Button(words.of("tout-deplier"));
        unfold.addClassName("tout-deplier");
        unfold.getElement().setAttribute("aria-expanded", "false");
        unfold.addClickListener(click -> {
            boolean open = !"true".equals(unfold.getElement().getAttribute("aria-expanded"));
            sections.forEach(section -> section.setOpened(open));
            getChildren().flatMap(ResultView::descendants).filter(NativeDetails.class::isInstance)
                    .map(NativeDetails.class::cast).forEach(folded -> folded.setOpen(open));
            unfold.setText(words.of(open ? "tout-replier" : "tout-deplier"));
            unfold.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        add(unfold);
        sections.forEach(this::add);
        add(new SheetLinks(situations, sheet));

        Button change = new Button(words.of("modifier"),
                click -> getUI().ifPresent(Destination.SUMMARY::open));
        Div actions = new Div(change, eraseButton.create());
        actions.addClassName("actions");
        add(actions, new AnswersFilePanel(answersFile, caseFile, clock,
                () -> getUI().ifPresent(ui -> ui.navigate(ResultView.class))));
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(ResultView::descendants));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("resultat");
    }
}
