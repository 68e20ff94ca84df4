package fr.reperes.interview.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.web.ui.UnderConstruction;

@Route("questionnaire")
@PageTitle("Questionnaire — Repères")
public class QuestionnaireView extends UnderConstruction {

    public QuestionnaireView() {
        super("Questionnaire", "Il vous posera quelques questions simples pour savoir quel régime juridique "
                + "s'applique à vous et quelles démarches vous pouvez faire. En attendant, les fiches expliquent "
                + "chaque situation.");
    }
}
