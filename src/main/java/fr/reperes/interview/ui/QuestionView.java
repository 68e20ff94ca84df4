package fr.reperes.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.reperes.interview.InterviewService;
import fr.reperes.interview.InterviewService.ShownQuestion;
import fr.reperes.interview.Question;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One question per page. "Précédent" and "Suivant" keep every answer; "Je ne sais pas" is one of the answers
 * (not on "Qui répond ?"). Opened from the summary ({@code ?retour=verifier}), "Suivant" walks through the questions
 * the change opened, then goes back to the summary. An error is listed at the top of the page with a link to the field.
 */
@Route(Routes.QUESTION)
public class QuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM_SUMMARY = "retour";
    private static final String HEADING_ID = "question-titre";

    private final InterviewService interview;
    private final CaseFile caseFile;
    private final Clock clock;
    private final DateInputTexts dateTexts;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private Question question;
    private boolean fromSummary;
    private String pageTitle;

    public QuestionView(InterviewService interview, CaseFile caseFile, Clock clock, DateInputTexts dateTexts,
                        PageTitles titles) {
        this.titles = titles;
        this.pageTitle = titles.tab("questionnaire");
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
        show(interview.show(question, caseFile.facts(), caseFile.answered().contains(question.id()),
                caseFile.notYet().contains(question.id())));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void show(ShownQuestion shown) {
        removeAll();
        pageTitle = titles.tab("question", shown.title());
        // Progress by part: the parts come in order, so it never goes back as answers open or close questions.
        Paragraph progressText = new Paragraph(interview.progress(shown));
        progressText.addClassName("progression");
        progressText.setId("progression");
        ProgressBar progress = new ProgressBar(0, shown.parts(), shown.part());
        progress.getElement().setAttribute("aria-labelledby", "progression");
        heading.setText(shown.title());
        Paragraph help = new Paragraph(shown.help());
        help.addClassName("aide");
        // A plain <details>: it sends nothing to the server when it appears or opens.
        NativeDetails where = new NativeDetails(interview.screenText("ecran.ou-trouver"), new Paragraph(shown.where()));
        where.addClassName("ou-trouver");

        AnswerField field = new AnswerField(shown, HEADING_ID, LocalDate.now(clock), dateTexts, interview::screenText);
        // GOV.UK's error summary: at the top of the page, a link to the field to correct; it takes the focus.
        Div errorSummary = new Div();
        errorSummary.addClassName("resume-erreurs");
        errorSummary.setId("resume-erreurs");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        errorSummary.setVisible(false);
        Button next = new Button(interview.screenText(fromSummary ? "ecran.revenir-au-resume" : "ecran.suivant"), click ->
                field.value().ifPresentOrElse(values -> {
                    errorSummary.setVisible(false);
                    record(values, field.notYet());
                }, () -> showErrors(errorSummary, field)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div();
        buttons.addClassName("boutons-question");
        interview.previous(question, caseFile.facts()).ifPresent(previous -> buttons.add(new Button(interview.screenText("ecran.precedent"),
                click -> getUI().ifPresent(ui -> ui.navigate(QuestionView.class, parameters(previous))))));
        buttons.add(next);
        add(progressText, progress, errorSummary, heading, help, where, field.component(), buttons);
    }

    private void showErrors(Div summary, AnswerField field) {
        summary.removeAll();
        Anchor link = new Anchor("#" + field.errorTargetId(), field.errorMessage());
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const t = document.getElementById($0); if (!t) return;"
                + " const i = t.matches('input') ? t : t.querySelector('input'); (i || t).focus(); })",
                field.errorTargetId());
        H2 title = new H2(interview.screenText("erreurs.titre"));
        summary.add(title, new UnorderedList(new ListItem(link)));
        summary.setVisible(true);
        summary.getElement().executeJs("const s = this; setTimeout(() => { s.focus(); s.scrollIntoView({block: 'start'}); }, 0)");
    }

    private void record(List<String> values, boolean notYet) {
        caseFile.setFacts(interview.answer(caseFile.facts(), question, values));
        caseFile.markAnswered(question.id());
        caseFile.setNotYet(question.id(), notYet);
        getUI().ifPresent(ui -> {
            if (fromSummary) {
                // A change may open new questions: walk through them, then back to the check page.
                interview.firstUnanswered(caseFile.facts(), caseFile.answered()).ifPresentOrElse(
                        opened -> ui.navigate(QuestionView.class, parameters(opened),
                                QueryParameters.of(FROM_SUMMARY, "verifier")),
                        () -> ui.navigate(SummaryView.class));
            } else {
                interview.next(question, caseFile.facts()).ifPresentOrElse(
                        next -> ui.navigate(QuestionView.class, parameters(next)),
                        () -> ui.navigate(SummaryView.class));
            }
        });
    }

    /** The address of a question: {@code questionnaire/<the fact it sets>}. */
    static RouteParameters parameters(Question question) {
        return new RouteParameters(Routes.QUESTION_PARAMETER, question.id());
    }
}
