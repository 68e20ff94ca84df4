package fr.reperes.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.reperes.assessment.InBrief;

/** "En bref" as the service words it: three short paragraphs under their heading, first on the result page. */
final class InBriefBlock extends Section {

    static final String ID = "en-bref";

    InBriefBlock(InBrief brief) {
        H2 title = new H2(brief.title());
        title.setId(ID + "-titre");
        add(title);
        Paragraph regime = new Paragraph(brief.regime());
        regime.addClassName("en-bref-regime");
        add(regime);
        brief.certainty().ifPresent(certainty -> {
            Paragraph sure = new Paragraph(certainty);
            sure.addClassName("en-bref-certitude");
            add(sure);
        });
        Paragraph step = new Paragraph(brief.nextStep());
        step.addClassName("en-bref-etape");
        Paragraph date = new Paragraph(brief.nextDate());
        date.addClassName(brief.datePassed() ? "en-bref-date-depassee" : "en-bref-date");
        add(step, date);
        setId(ID);
        addClassName("en-bref");
        getElement().setAttribute("aria-labelledby", ID + "-titre");
    }
}
