package fr.reperes.situation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.situation.SituationService;
import fr.reperes.situation.SituationSheet;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

/**
 * The situation sheet, to print (the browser's print keeps only the sheet) or to download as a tagged PDF. The
 * sheet on screen, the printout and the PDF come from the same XHTML; the downloads are made from the sheet shown.
 */
@Route(Routes.SITUATION_SHEET)
public class SituationSheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PRINT = "Imprimer";
    public static final String PDF = "Télécharger la fiche (PDF)";

    private final SituationService situations;
    private final CaseFile caseFile;
    private final PageTitles titles;

    public SituationSheetView(SituationService situations, CaseFile caseFile, PageTitles titles) {
        this.titles = titles;
        this.situations = situations;
        this.caseFile = caseFile;
        addClassName("vue");
        addClassName("fiche-situation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (caseFile.answered().isEmpty()) {
            add(new H1(situations.content().text("titre")),
                    new Paragraph(situations.content().text("ecran.sans-reponses")),
                    new Paragraph(Destination.QUESTIONNAIRE.link("Commencer le questionnaire")));
            return;
        }
        SituationSheet sheet = situations.sheet(caseFile.facts(), caseFile.preparedLetters(), true);
        Button print = new Button(PRINT, click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(print, Downloads.link(PDF, () -> situations.pdf(sheet)),
                Destination.RESULT.link("Retour au résultat"));
        actions.addClassName("fiche-actions");
        Div help = new Div(new Paragraph(situations.content().text("ecran.confidentialite")),
                new CalendarDownload(situations, sheet));
        help.addClassName("fiche-aide");
        add(new Html(situations.htmlHeader()), actions, new Html(situations.htmlBody(sheet)), help);
    }

    @Override
    public String getPageTitle() {
        return titles.tab("fiche-de-situation");
    }
}
