package fr.reperes.situation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.situation.SituationService;
import fr.reperes.situation.SituationSheet;

/** On the result page: the way to the printable sheet, and the deadlines for an agenda. */
public class SheetLinks extends Section {

    public static final String SHEET_LINK_TEXT = "Voir la fiche de situation (à imprimer ou en PDF)";

    public SheetLinks(SituationService situations, SituationSheet sheet) {
        addClassName("bloc-resultat");
        addClassName("fiche-liens");
        H2 title = new H2(situations.content().text("titre"));
        title.setId("fiche-de-situation");
        getElement().setAttribute("aria-labelledby", "fiche-de-situation");
        RouterLink link = new RouterLink(SHEET_LINK_TEXT, SituationSheetView.class);
        link.addClassName("bouton-lien");
        add(title, new Paragraph(situations.content().text("ecran.aide")), new Paragraph(link),
                new CalendarDownload(situations, sheet));
    }
}
