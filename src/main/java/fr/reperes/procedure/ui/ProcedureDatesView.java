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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.core.ProcedureEvents;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.web.components.DateInput;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.navigation.Destination;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a procedure on one screen, for a lawyer or an association reading the papers: one line per event in
 * the order they happen, the date in three boxes (Jour, Mois, Année), the hour when the paper gives it, "Je ne l'ai
 * pas" per line; events that happen more than once (maintiens, judge's decisions, isolement, contention) get
 * "Ajouter une autre date" and a way to remove the added line. Native fields and buttons only, so the keyboard does
 * everything. Hours, dates and their order are checked as typed, with the message beside the line naming the event;
 * again on the way out. What was typed is kept.
 */
@Route(Routes.PROCEDURE_DATES)
public class ProcedureDatesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** "10:00", "10h00", "10h", "1000", "930", "10": an hour of Paris, as a lawyer may type it. */
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:hH]?([0-5]\\d))?[hH]?");

    /** The events a file can hold several times. */
    static final Set<ProcedureEvent.Type> REPEATABLE = EnumSet.of(ProcedureEvent.Type.JUDGE_SEIZED,
            ProcedureEvent.Type.JUDGE_HEARING, ProcedureEvent.Type.JUDGE_DECISION,
            ProcedureEvent.Type.MAINTIEN_DECISION, ProcedureEvent.Type.ISOLATION_START,
            ProcedureEvent.Type.ISOLATION_END, ProcedureEvent.Type.RESTRAINT_START, ProcedureEvent.Type.RESTRAINT_END,
            ProcedureEvent.Type.JUDGE_INFORMED);

    private final CaseFile caseFile;
    private final ProcedureTexts texts;
    private final DateInputTexts dateTexts;
    private final PageTitles titles;
    private final Map<ProcedureEvent.Type, Group> groups = new EnumMap<>(ProcedureEvent.Type.class);
    private final Paragraph summary = new Paragraph();

    /**
     * One date of an event: its date, its hour, "Je ne l'ai pas", the message beside it, and for an added line the
     * button that removes it. Its legend follows its place among the lines of its event ("… n° 2"), so it changes
     * when a line above it is removed; its ids do not.
     */
    private static final class Line {
        final ProcedureEvent.Type type;
        final DateInput date;
        final Input time;
        final Checkbox none;
        final Paragraph error;
        final Div row;
        Button remove;
        String legend;

        Line(ProcedureEvent.Type type, String legend, DateInput date, Input time, Checkbox none, Paragraph error,
             Div row) {
            this.type = type;
            this.legend = legend;
            this.date = date;
            this.time = time;
            this.none = none;
            this.error = error;
            this.row = row;
        }

        ProcedureEvent.Type type() {
            return type;
        }

        String legend() {
            return legend;
        }

        DateInput date() {
            return date;
        }

        Input time() {
            return time;
        }

        Checkbox none() {
            return none;
        }

        Paragraph error() {
            return error;
        }

        Div row() {
            return row;
        }
    }

    /** The lines of one event type, and the button that adds one. */
    private static final class Group {
        final List<Line> lines = new ArrayList<>();
        final Div box = new Div();
        Button add;
        int next = 2;
    }

    public ProcedureDatesView(CaseFile caseFile, ProcedureTexts texts, DateInputTexts dateTexts,
                              PageTitles titles) {
        this.titles = titles;
        this.caseFile = caseFile;
        this.texts = texts;
        this.dateTexts = dateTexts;
        addClassName("vue");
        addClassName("dates-procedure");
        // Enter in a date or hour box shows the check, as it would submit a form; not on the buttons, which keep
        // their own Enter, nor on "Je ne l'ai pas".
        getElement().addEventListener("keydown", enter -> save()).setFilter(
                "event.key === 'Enter' && event.target.localName === 'input' && event.target.type === 'text'");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        groups.clear();
        add(new H1(texts.text("saisie.titre")), new Paragraph(texts.text("saisie.intro")));
        summary.setId("dates-procedure-erreurs");
        summary.addClassName("resume-erreurs");
        summary.setVisible(false);
        add(summary);
        List<ProcedureEvent> known = caseFile.facts().events();
        for (ProcedureEvent.Type type : ProcedureEvent.Type.values()) {
            Group group = new Group();
            groups.put(type, group);
            group.box.addClassName("groupe-evenement");
            List<ProcedureEvent> given = known.stream().filter(e -> e.type() == type).toList();
            group.box.add(line(type, 1, given.stream().findFirst()).row());
            if (REPEATABLE.contains(type)) {
                given.stream().skip(1).forEach(more -> group.box.add(line(type, group.next++, Optional.of(more)).row()));
                String label = texts.text("evenements." + type.name());
                Button add = new Button(texts.text("saisie.ajouter"), click -> addLine(type));
                add.setId(baseId(type) + "-ajouter");
                add.getElement().setAttribute("aria-label", texts.text("saisie.ajouter") + " : " + label);
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add.addClassName("ajouter-date");
                group.add = add;
                group.box.add(add);
            }
            add(group.box);
        }
        Button save = new Button(texts.text("saisie.enregistrer"), click -> save());
        save.setId("dates-procedure-enregistrer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private static String baseId(ProcedureEvent.Type type) {
        return "evenement-" + type.name().toLowerCase().replace('_', '-');
    }

    /** A new empty line for another date of that event, before its button; the focus goes to its day. */
    private void addLine(ProcedureEvent.Type type) {
        Group group = groups.get(type);
        Line line = line(type, group.next++, Optional.empty());
        group.box.addComponentAtIndex(group.box.indexOf(group.add), line.row());
        line.date().focus();
    }

    /** Removes an added line; the lines after it move up a number, and the focus goes back to the add button. */
    private void removeLine(Line line) {
        Group group = groups.get(line.type());
        group.lines.remove(line);
        group.box.remove(line.row());
        renumber(line.type());
        group.add.focus();
        recheck();
        if (summary.isVisible()) {
            lines().stream().filter(this::showsProblem).findFirst().ifPresent(
                    first -> summary.setText(texts.text("saisie.resume-erreurs") + " " + first.legend() + "."));
        }
    }

    /** Each line of the event is named by its place: the first by the event alone, the next ones "n° 2", "n° 3"… */
    private void renumber(ProcedureEvent.Type type) {
        List<Line> lines = groups.get(type).lines;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            line.legend = legend(type, i + 1);
            line.date().setLegend(line.legend);
            if (line.remove != null) {
                line.remove.getElement().setAttribute("aria-label", texts.text("saisie.retirer") + " : " + line.legend);
            }
        }
    }

    private String legend(ProcedureEvent.Type type, int number) {
        String label = texts.text("evenements." + type.name());
        return number == 1 ? label : label + " n° " + number;
    }

    /**
     * A line of that event. {@code number} makes its ids (unique on the page, never reused); its legend is its place
     * among the lines of the event.
     */
    private Line line(ProcedureEvent.Type type, int number, Optional<ProcedureEvent> known) {
        String id = baseId(type) + (number == 1 ? "" : "-" + number);
        String legend = legend(type, groups.get(type).lines.size() + 1);
        DateInput date = new DateInput(dateTexts, id, legend).setRequired(false);
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
        error.getElement().setAttribute("aria-live", "polite");
        error.setVisible(false);
        time.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        Div timeBox = new Div(timeLabel, time);
        timeBox.addClassName("saisie-heure");
        Div row = new Div(date, timeBox, none, error);
        row.addClassName("ligne-evenement");
        Line line = new Line(type, legend, date, time, none, error, row);
        groups.get(type).lines.add(line);
        if (number > 1) {
            Button remove = new Button(texts.text("saisie.retirer"), click -> removeLine(line));
            remove.setId(id + "-retirer");
            remove.getElement().setAttribute("aria-label", texts.text("saisie.retirer") + " : " + legend);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("retirer-date");
            row.addComponentAtIndex(3, remove);
            line.remove = remove;
        }
        known.flatMap(ProcedureEvent::when).ifPresent(when -> {
            date.setDate(when.day());
            if (when.hasTime()) {
                time.setValue(String.format("%02d:%02d", when.time().getHour(), when.time().getMinute()));
            }
        });
        // Checked as typed: an hour that cannot be one, a date that cannot be one, or dates in an impossible order
        // are said beside the line at once; what was typed stays. "Je ne l'ai pas" leaves the line out of the check
        // (a missing date is then "à vérifier"); what was typed in it stays, in case the box was ticked by mistake.
        time.addValueChangeListener(change -> recheck());
        date.addChangeListener(change -> recheck());
        none.addValueChangeListener(change -> recheck());
        return line;
    }

    private List<Line> lines() {
        return groups.values().stream().flatMap(group -> group.lines.stream()).toList();
    }

    private static boolean leftOut(Line line) {
        return line.none().getValue() || (line.date().isBlank() && line.time().getValue().isBlank());
    }

    private static boolean wrongTime(Line line) {
        String typed = line.time().getValue().trim();
        return !typed.isEmpty() && !TIME.matcher(typed).matches();
    }

    /** The event a complete, well-typed line gives; empty otherwise. */
    private static Optional<ProcedureEvent> event(Line line, Optional<LocalDate> day) {
        if (day.isEmpty() || wrongTime(line)) {
            return Optional.empty();
        }
        Matcher matcher = TIME.matcher(line.time().getValue().trim());
        String at = matcher.matches()
                ? day.get() + "T" + String.format("%02d:%s", Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? "00" : matcher.group(2))
                : day.get().toString();
        return Optional.of(new ProcedureEvent(line.type(), at));
    }

    /** As typed: each line's own problems, then the order of the lines complete so far. */
    private void recheck() {
        List<ProcedureEvent> events = new ArrayList<>();
        List<Line> used = new ArrayList<>();
        for (Line line : lines()) {
            if (leftOut(line)) {
                line.date().clearError();
                show(line, Optional.empty());
                continue;
            }
            Optional<LocalDate> day = line.date().isComplete() ? line.date().validate() : Optional.empty();
            show(line, wrongTime(line) ? Optional.of(texts.text("saisie.heure-invalide")) : Optional.empty());
            event(line, day).ifPresent(event -> {
                events.add(event);
                used.add(line);
            });
        }
        orderProblem(events, used);
        if (summary.isVisible() && lines().stream().noneMatch(this::showsProblem)) {
            summary.setVisible(false);
        }
    }

    private boolean showsProblem(Line line) {
        return line.error().isVisible() || line.date().errorMessage().isPresent();
    }

    /** The order of the events, said beside the line concerned; true when there is a problem. */
    private boolean orderProblem(List<ProcedureEvent> events, List<Line> used) {
        Optional<String> problem = ProcedureEvents.problem(events);
        if (problem.isEmpty()) {
            return false;
        }
        int index = indexIn(problem.get(), events.size());
        Line line = index >= 0 ? used.get(index) : used.getFirst();
        show(line, Optional.of(forTheScreen(problem.get(), line, used)));
        return true;
    }

    /**
     * The API's message names events by their place in the list sent ("L'événement n° 3 (events[2], …)"); on the
     * screen it names them as their lines do.
     */
    private String forTheScreen(String message, Line line, List<Line> used) {
        String said = message.replaceFirst("^L'événement n° \\d+ \\(events\\[\\d+\\](, [A-Z_0-9]+)?\\)",
                Matcher.quoteReplacement(line.legend() + " : cet événement"));
        Matcher other = Pattern.compile("\\(événement n° (\\d+)\\)").matcher(said);
        StringBuilder out = new StringBuilder();
        while (other.find()) {
            int k = Integer.parseInt(other.group(1)) - 1;
            other.appendReplacement(out, Matcher.quoteReplacement(
                    k >= 0 && k < used.size() ? "(« " + used.get(k).legend() + " »)" : other.group()));
        }
        other.appendTail(out);
        said = out.toString();
        for (ProcedureEvent.Type type : ProcedureEvent.Type.values()) {
            said = said.replace("(" + type.name() + ")", "(« " + texts.text("evenements." + type.name()) + " »)");
        }
        return said;
    }

    private static void show(Line line, Optional<String> message) {
        line.error().setText(message.orElse(""));
        line.error().setVisible(message.isPresent());
        if (message.isPresent()) {
            line.time().getElement().setAttribute("aria-invalid", "true");
        } else {
            line.time().getElement().removeAttribute("aria-invalid");
        }
    }

    private void save() {
        List<ProcedureEvent> events = new ArrayList<>();
        List<Line> used = new ArrayList<>();
        Line firstWrong = null;
        for (Line line : lines()) {
            show(line, Optional.empty());
            if (leftOut(line)) {
                line.date().clearError();
                continue;
            }
            Optional<LocalDate> day = line.date().validate();
            if (wrongTime(line)) {
                show(line, Optional.of(texts.text("saisie.heure-invalide")));
            }
            Optional<ProcedureEvent> event = event(line, day);
            if (event.isEmpty()) {
                firstWrong = firstWrong == null ? line : firstWrong;
                continue;
            }
            events.add(event.get());
            used.add(line);
        }
        if (firstWrong != null) {
            showSummary(firstWrong);
            return;
        }
        if (orderProblem(events, used)) {
            showSummary(lines().stream().filter(line -> line.error().isVisible()).findFirst().orElseThrow());
            return;
        }
        summary.setVisible(false);
        Facts facts = caseFile.facts();
        caseFile.setFacts(facts.withEvents(events));
        getUI().ifPresent(Destination.RESULT::open);
    }

    private static int indexIn(String message, int size) {
        Matcher matcher = Pattern.compile("events\\[(\\d+)]").matcher(message);
        if (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            return index < size ? index : -1;
        }
        return -1;
    }

    /** The summary at the top, and the focus on the first line to correct. */
    private void showSummary(Line first) {
        summary.setText(texts.text("saisie.resume-erreurs") + " " + first.legend() + ".");
        summary.setVisible(true);
        if (wrongTime(first) && first.date().errorMessage().isEmpty()) {
            first.time().focus();
        } else {
            first.date().focus();
        }
    }

    @Override
    public String getPageTitle() {
        return titles.tab("dates-de-la-procedure");
    }
}
