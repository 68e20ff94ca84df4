package fr.reperes.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.reperes.interview.InterviewService;
import fr.reperes.interview.InterviewService.ShownQuestion;
import fr.reperes.interview.Question;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One question per page. "Précédent" and "Suivant" keep every answer; "Je ne sais pas" is always possible.
 * Opened from the summary ({@code ?retour=verifier}), "Suivant" goes back to the summary.
 */
@Route(Routes.QUESTION)
public class QuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM_SUMMARY = "retour";
    private static final String HEADING_ID = "question-titre";

    private final InterviewService interview;
    private final CaseFile caseFile;
    private final Clock clock;
    private final DateInputTexts dateTexts;
    private final H1 heading = new H1();
    private Question question;
    private boolean fromSummary;
    private String pageTitle = "Questionnaire — Repères";

    public QuestionView(InterviewService interview, CaseFile caseFile, Clock clock, DateInputTexts dateTexts) {
        this.interview = interview;
        this.caseFile = caseFile;
        this.clock = clock;
        this.dateTexts = dateTexts;
        addClassName("vue");
        addClassName("question");
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        question = event.getRouteParameters().get(Routes.QUESTION_PARAMETER).flatMap(interview::question).orElse(null);
        if (question == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        fromSummary = event.getLocation().getQueryParameters().getParameters().containsKey(FROM_SUMMARY);
        show(interview.show(question, caseFile.facts(), caseFile.answered().contains(question.id())));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(ShownQuestion shown) {
        removeAll();
        pageTitle = shown.title() + " — Questionnaire — Repères";
        Paragraph progressText = new Paragraph("Question " + shown.position() + " sur " + shown.total()
                + " (le nombre de questions dépend de vos réponses)");
        progressText.addClassName("progression");
        progressText.setId("progression");
        ProgressBar progress = new ProgressBar(0, shown.total(), shown.position());
        progress.getElement().setAttribute("aria-labelledby", "progression");
        heading.setText(shown.title());
        Paragraph help = new Paragraph(shown.help());
        help.addClassName("aide");
        Details where = new Details("Où trouver cette information ?", new Paragraph(shown.where()));
        where.addClassName("ou-trouver");

        AnswerField field = new AnswerField(shown, HEADING_ID, LocalDate.now(clock), dateTexts);
        // Errors are shown next to the field (and linked to it by Vaadin) and read out by this live region.
        Paragraph announcer = new Paragraph();
        announcer.addClassName("annonce");
        announcer.getElement().setAttribute("role", "alert");
        announcer.getElement().setAttribute("aria-live", "assertive");
        Button next = new Button(fromSummary ? "Enregistrer et revenir au résumé" : "Suivant", click -> {
            announcer.setText("");
            field.value().ifPresentOrElse(this::record, () -> announcer.setText(field.errorMessage()));
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unknown = new Button(shown.unknownLabel(), click -> record(List.of()));
        Div buttons = new Div();
        buttons.addClassName("boutons-question");
        interview.previous(question, caseFile.facts()).ifPresent(previous -> buttons.add(new Button("Précédent",
                click -> getUI().ifPresent(ui -> ui.navigate(QuestionView.class, parameters(previous))))));
        buttons.add(unknown, next);
        add(progressText, progress, heading, help, where, field.component(), announcer, buttons);
    }

    private void record(List<String> values) {
        caseFile.setFacts(interview.answer(caseFile.facts(), question, values));
        caseFile.markAnswered(question.id());
        getUI().ifPresent(ui -> interview.next(question, caseFile.facts())
                .filter(next -> !fromSummary)
                .ifPresentOrElse(next -> ui.navigate(QuestionView.class, parameters(next)),
                        () -> ui.navigate(SummaryView.class)));
    }

    /** The address of a question: {@code questionnaire/<the fact it sets>}. */
    static RouteParameters parameters(Question question) {
        return new RouteParameters(Routes.QUESTION_PARAMETER, question.id());
    }
}
