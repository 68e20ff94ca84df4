package fr.reperes.situation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.situation.SituationService;
import fr.reperes.situation.SituationSheet;

/**
 * The open deadlines as a calendar file (.ics) to add to a phone's or a computer's agenda, or a sentence saying
 * there is none. The file is made from the sheet on screen when the link is followed.
 */
public class CalendarDownload extends Div {

    public static final String LINK_TEXT = "Ajouter les échéances à mon agenda (.ics)";

    public CalendarDownload(SituationService situations, SituationSheet sheet) {
        addClassName("agenda");
        if (sheet.openDeadlines().isEmpty()) {
            add(new Paragraph(situations.content().text("ecran.agenda-vide")));
            return;
        }
        add(Downloads.link(LINK_TEXT, () -> situations.calendar(sheet).orElseThrow()),
                new Paragraph(situations.content().text("ecran.agenda-aide")));
    }
}
