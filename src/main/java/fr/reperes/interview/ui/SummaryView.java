package fr.reperes.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.reperes.interview.AnswersFile;
import fr.reperes.interview.InterviewService;
import fr.reperes.interview.InterviewService.SummaryLine;
import fr.reperes.interview.SummaryWording;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.AnswersFilePanel;
import fr.reperes.web.session.CaseFile;
import fr.reperes.web.session.EraseButton;

import java.time.Clock;

/** "Vérifiez vos réponses": every answer with "Modifier", then the result. */
@Route(Routes.SUMMARY)
/** Its words come from {@code content/interview/verifier-reponses.yml} ({@link SummaryWording}). */
public class SummaryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewService interview;
    private final CaseFile caseFile;
    private final AnswersFile answersFile;
    private final EraseButton eraseButton;
    private final Clock clock;
    private final SummaryWording words;
    private final PageTitles titles;

    public SummaryView(InterviewService interview, CaseFile caseFile, AnswersFile answersFile, EraseButton eraseButton,
                       Clock clock, SummaryWording words, PageTitles titles) {
        this.titles = titles;
        this.interview = interview;
        this.words = words;
        this.caseFile = caseFile;
        this.answersFile = answersFile;
        this.eraseButton = eraseButton;
        this.clock = clock;
        addClassName("vue");
        addClassName("resume-reponses");
    }

    @Override
    public String getPageTitle() {
        return titles.tab("page", words.text("titre"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UnorderedList lines = new UnorderedList();
        lines.addClassName("reponses");
        for (SummaryLine line : interview.summary(caseFile.facts(), caseFile.answered(), caseFile.notYet())) {
            Span question = new Span(line.question());
            question.addClassName("intitule");
            Span answer = new Span(line.answer());
            answer.addClassName(line.answered() ? "reponse" : "reponse-manquante");
            Button change = new Button(words.text(line.answered() ? "modifier" : "repondre"), click -> getUI().ifPresent(ui ->
                    ui.navigate(QuestionView.class, new RouteParameters(Routes.QUESTION_PARAMETER, line.questionId()),
                            QueryParameters.of(QuestionView.FROM_SUMMARY, "verifier"))));
            change.setAriaLabel(words.text(line.answered() ? "modifier-nom-accessible" : "repondre-nom-accessible",
                    java.util.Map.of("question", line.question())));
            lines.add(new ListItem(question, answer, change));
        }
        Button result = new Button(words.text("voir-resultat"), click -> getUI().ifPresent(Destination.RESULT::open));
        result.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button newPerson = eraseButton.create();
        Paragraph newPersonHelp = new Paragraph(words.text("nouvelle-personne-aide",
                java.util.Map.of("bouton", eraseButton.label())));
        add(new H1(words.text("titre")), new Paragraph(words.text("intro")),
                lines, result,
                new AnswersFilePanel(answersFile, caseFile, clock, () -> getUI().ifPresent(ui -> ui.navigate(SummaryView.class))),
                newPersonHelp, newPerson);
    }
}
