package fr.reperes.interview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.casefile.CaseFile;
import fr.reperes.interview.InterviewService;

/** Entry of the questionnaire: resumes where the user stopped, or starts with who is answering. */
@Route("questionnaire")
@PageTitle("Questionnaire — Repères")
public class QuestionnaireView extends Div implements BeforeEnterObserver {

    private final InterviewService interview;
    private final CaseFile caseFile;

    public QuestionnaireView(InterviewService interview, CaseFile caseFile) {
        this.interview = interview;
        this.caseFile = caseFile;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = interview.firstUnanswered(caseFile.facts(), caseFile.answered())
                .map(question -> "questionnaire/" + question.id()).orElse(SummaryView.ROUTE);
        event.forwardTo(target);
    }
}
