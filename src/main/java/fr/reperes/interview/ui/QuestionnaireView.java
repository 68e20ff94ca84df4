package fr.reperes.interview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.interview.InterviewService;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

/** Entry of the questionnaire: resumes where the user stopped, or starts with who is answering. */
@Route(Routes.QUESTIONNAIRE)
@Menu(order = 2)
public class QuestionnaireView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PageTitles titles;

    private final InterviewService interview;
    private final CaseFile caseFile;

    public QuestionnaireView(InterviewService interview, CaseFile caseFile, PageTitles titles) {
        this.titles = titles;
        this.interview = interview;
        this.caseFile = caseFile;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        interview.firstUnanswered(caseFile.facts(), caseFile.answered()).ifPresentOrElse(
                question -> event.forwardTo(QuestionView.class, QuestionView.parameters(question)),
                () -> event.forwardTo(SummaryView.class));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("questionnaire");
    }
}
