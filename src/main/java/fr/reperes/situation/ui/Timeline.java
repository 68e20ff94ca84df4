package fr.reperes.situation.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.reperes.situation.SituationContent;
import fr.reperes.situation.TimelineEntry;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The chronology of the result page: the dates given and the deadlines that follow, oldest first, as an ordered
 * list whose every line says its date and its status in words ("passé", "à venir", "date dépassée"), so that
 * nothing rests on colour or position.
 */
public class Timeline extends Section {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.FRENCH);

    public Timeline(List<TimelineEntry> entries, SituationContent content) {
        addClassName("bloc-resultat");
        addClassName("frise");
        H2 title = new H2(content.text("frise.titre"));
        title.setId("chronologie");
        getElement().setAttribute("aria-labelledby", "chronologie");
        add(title);
        if (entries.isEmpty()) {
            add(new Paragraph(content.text("frise.vide")));
            return;
        }
        add(new Paragraph(content.text("frise.intro")));
        OrderedList list = new OrderedList();
        // Bullets are replaced by marks in CSS: the role keeps the list announced as one in every browser.
        list.getElement().setAttribute("role", "list");
        for (TimelineEntry entry : entries) {
            Time date = new Time(entry.date().toString(), entry.date().format(DAY));
            Span status = new Span(" (" + entry.statusLabel() + ")");
            status.addClassName("etat");
            Span what = new Span(" — " + (entry.isDeadline() ? content.text("frise.echeance") + "\u00a0: " : "")
                    + entry.title());
            ListItem item = new ListItem(date, what, status);
            item.addClassName(entry.isDeadline() ? "frise-echeance" : "frise-evenement");
            item.addClassName("frise-" + entry.status().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        add(list);
    }

    /** {@code <time datetime="2026-11-27">vendredi 27/11/2026</time>}: the date in words and in machine form. */
    @Tag("time")
    static class Time extends HtmlComponent implements HasText {
        Time(String isoDate, String text) {
            getElement().setAttribute("datetime", isoDate);
            setText(text);
        }
    }
}
