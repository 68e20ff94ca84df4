package fr.reperes.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.core.ProcedureEvents;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.web.components.DateInput;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates of a procedure on one screen, for a lawyer or an association reading the papers: one line per event in
 * the order they happen, the date in three boxes (Jour, Mois, Année), the hour when the paper gives it, "Je ne l'ai
 * pas" per line. Native fields only, so the keyboard does everything (Tab, typing, Space on the box, Enter on the
 * button). The hour is checked as typed; the dates, their order and the hours that do not exist in Paris are checked
 * on the way out, with the message beside the line. What was typed is kept.
 */
@Route(Routes.PROCEDURE_DATES)
@PageTitle("Dates de la procédure — Repères")
public class ProcedureDatesView extends Div implements BeforeEnterObserver {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:hH]([0-5]\\d)");

    private final CaseFile caseFile;
    private final ProcedureTexts texts;
    private final DateInputTexts dateTexts;
    private final List<Line> lines = new ArrayList<>();
    private final Paragraph summary = new Paragraph();

    /** One event's line: its date, its hour, and "Je ne l'ai pas". */
    private record Line(ProcedureEvent.Type type, DateInput date, Input time, Checkbox none, Paragraph error) {
    }

    public ProcedureDatesView(CaseFile caseFile, ProcedureTexts texts, DateInputTexts dateTexts) {
        this.caseFile = caseFile;
        this.texts = texts;
        this.dateTexts = dateTexts;
        addClassName("vue");
        addClassName("dates-procedure");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        lines.clear();
        add(new H1(texts.text("saisie.titre")), new Paragraph(texts.text("saisie.intro")));
        summary.setId("dates-procedure-erreurs");
        summary.addClassName("resume-erreurs");
        summary.setVisible(false);
        add(summary);
        List<ProcedureEvent> known = caseFile.facts().events();
        for (ProcedureEvent.Type type : ProcedureEvent.Type.values()) {
            add(line(type, known.stream().filter(e -> e.type() == type).findFirst()));
        }
        Button save = new Button(texts.text("saisie.enregistrer"), click -> save());
        save.setId("dates-procedure-enregistrer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private Div line(ProcedureEvent.Type type, Optional<ProcedureEvent> known) {
        String id = "evenement-" + type.name().toLowerCase().replace('_', '-');
        DateInput date = new DateInput(dateTexts, id, texts.text("evenements." + type.name())).setRequired(false);
        Input time = new Input(ValueChangeMode.EAGER);
        time.setType("text");
        time.setId(id + "-heure");
        time.getElement().setAttribute("inputmode", "numeric");
        time.getElement().setAttribute("autocomplete", "off");
        time.getElement().setAttribute("size", "5");
        NativeLabel timeLabel = new NativeLabel(texts.text("saisie.heure"));
        timeLabel.setFor(time);
        Checkbox none = new Checkbox(texts.text("saisie.pas-de-date"));
        none.setId(id + "-absent");
        Paragraph error = new Paragraph();
        error.setId(id + "-message");
        error.addClassName("erreur-date");
        error.setVisible(false);
        time.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        Line line = new Line(type, date, time, none, error);
        lines.add(line);
        // Checked as typed: an hour that cannot be one is said at once, and what was typed stays.
        time.addValueChangeListener(change -> showTimeError(line));
        // "Je ne l'ai pas" leaves the line out of the check (a missing date is then "à vérifier"); what was typed
        // in it stays, in case the box was ticked by mistake.
        known.flatMap(ProcedureEvent::when).ifPresent(when -> {
            date.setDate(when.day());
            if (when.hasTime()) {
                time.setValue(String.format("%02d:%02d", when.time().getHour(), when.time().getMinute()));
            }
        });
        Div timeBox = new Div(timeLabel, time);
        timeBox.addClassName("saisie-heure");
        Div row = new Div(date, timeBox, none, error);
        row.addClassName("ligne-evenement");
        return row;
    }

    private boolean showTimeError(Line line) {
        String typed = line.time().getValue().trim();
        boolean wrong = !typed.isEmpty() && !TIME.matcher(typed).matches();
        line.error().setText(wrong ? texts.text("saisie.heure-invalide") : "");
        line.error().setVisible(wrong);
        return wrong;
    }

    private void save() {
        List<ProcedureEvent> events = new ArrayList<>();
        List<Line> used = new ArrayList<>();
        boolean wrong = false;
        for (Line line : lines) {
            line.error().setVisible(false);
            if (line.none().getValue() || (line.date().isBlank() && line.time().getValue().isBlank())) {
                line.date().clearError();
                continue;
            }
            Optional<LocalDate> day = line.date().validate();
            if (day.isEmpty() || showTimeError(line)) {
                wrong = true;
                continue;
            }
            String typed = line.time().getValue().trim();
            var matcher = TIME.matcher(typed);
            String at = matcher.matches()
                    ? day.get() + "T" + String.format("%02d:%s", Integer.parseInt(matcher.group(1)), matcher.group(2))
                    : day.get().toString();
            events.add(new ProcedureEvent(line.type(), at));
            used.add(line);
        }
        if (wrong) {
            showSummary();
            return;
        }
        Optional<String> problem = ProcedureEvents.problem(events);
        if (problem.isPresent()) {
            // The message names the event by its number in the list sent; show it beside that line.
            int index = indexIn(problem.get(), events.size());
            Line line = index >= 0 ? used.get(index) : used.getFirst();
            line.error().setText(problem.get().replaceFirst("^L'événement n° \\d+ \\(events\\[\\d+\\], [A-Z_0-9]+\\)",
                    "Cette date"));
            line.error().setVisible(true);
            showSummary();
            return;
        }
        summary.setVisible(false);
        Facts facts = caseFile.facts();
        caseFile.setFacts(facts.withEvents(events));
        getUI().ifPresent(Destination.RESULT::open);
    }

    private static int indexIn(String message, int size) {
        var matcher = Pattern.compile("events\\[(\\d+)]").matcher(message);
        if (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            return index < size ? index : -1;
        }
        return -1;
    }

    private void showSummary() {
        summary.setText(texts.text("saisie.resume-erreurs"));
        summary.setVisible(true);
    }
}
