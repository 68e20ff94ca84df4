package fr.reperes.web.components;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import fr.reperes.web.components.DateCheck.Part;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date typed in three boxes, "Jour", "Mois", "Année", as the GOV.UK design system asks it: a {@code <fieldset>}
 * whose {@code <legend>} names the date, a hint, one error message above the boxes, and native text inputs with
 * {@code inputmode="numeric"} (the number keypad on a phone, no spinner, no calendar). The boxes start empty; a
 * date is never filled in by default. What was typed is never changed by a check: the message says what to correct,
 * and only the boxes concerned are marked.
 *
 * <p>Ids: {@code <id>-jour}, {@code <id>-mois}, {@code <id>-annee} for the boxes (an error summary links to
 * {@link #firstWrongId()}), {@code <id>-erreur} for the message. Several fields on one page need distinct ids.
 * A date and time would add its own boxes after these ones, with the same checks kept in {@link DateCheck}.
 *
 * <p>A screen that reacts as the user types (a letter's preview) listens with {@link #addChangeListener}; one that
 * checks when the user leaves the date listens with {@link #addLeaveListener}. The field is not a {@code HasValue}
 * of {@code LocalDate} on purpose: "31 / 2 / 2026" is not a date, and it must still be kept as typed.
 */
public class DateInput extends Composite<FieldSet> {

    private final DateInputTexts texts;
    private final String id;
    private final Map<Part, Input> boxes = new EnumMap<>(Part.class);
    private final Paragraph hint = new Paragraph();
    private final Paragraph error = new Paragraph();
    private DateLimits limits = DateLimits.none();
    private boolean required = true;
    private DateCheck shown;
    private final List<SerializableConsumer<Change>> changeListeners = new ArrayList<>();

    /**
     * A box changed.
     *
     * @param source     the field
     * @param fromClient true when the user typed it, false when the screen set it ({@link #setDate})
     */
    public record Change(DateInput source, boolean fromClient) implements Serializable {
    }

    /** A date field whose legend is just "Date" (when the page's heading already says which date). */
    public DateInput(DateInputTexts texts, String id) {
        this(texts, id, texts.text("legende"));
    }

    /**
     * @param texts  the wording (a Spring bean)
     * @param id     the base of the ids of the boxes, unique on the page (letters, digits and dashes)
     * @param legend what the date is ("Date de l'admission")
     */
    public DateInput(DateInputTexts texts, String id, String legend) {
        this.texts = texts;
        this.id = id;
        FieldSet fieldSet = getContent();
        fieldSet.setLegendText(legend);
        fieldSet.addClassName("saisie-date");
        fieldSet.setId(id);
        fieldSet.getElement().setAttribute("role", "group");
        hint.setText(texts.text("aide"));
        hint.setId(id + "-aide");
        hint.addClassName("aide-date");
        error.setId(id + "-erreur");
        error.addClassName("erreur-date");
        error.setVisible(false);
        fieldSet.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        Div row = new Div();
        row.addClassName("saisie-date-cases");
        row.add(box(Part.DAY, "jour", 2), box(Part.MONTH, "mois", 2), box(Part.YEAR, "annee", 4));
        fieldSet.add(hint, error, row);
    }

    /** Renames the date (its {@code <legend>}, which is also the group's accessible name), for instance when a line moves. */
    public void setLegend(String legend) {
        getContent().setLegendText(legend);
    }

    private Div box(Part part, String key, int width) {
        Input input = new Input(ValueChangeMode.EAGER);
        input.setType("text");
        input.setId(id + "-" + key);
        input.addClassName("case-" + key);
        input.getElement().setAttribute("inputmode", "numeric");
        input.getElement().setAttribute("autocomplete", "off");
        input.getElement().setAttribute("spellcheck", "false");
        input.getElement().setAttribute("size", String.valueOf(width));
        input.getElement().setAttribute("aria-required", String.valueOf(required));
        input.addValueChangeListener(change -> {
            Change event = new Change(this, change.isFromClient());
            List.copyOf(changeListeners).forEach(listener -> listener.accept(event));
        });
        NativeLabel label = new NativeLabel(texts.text(key));
        label.setFor(input);
        boxes.put(part, input);
        Div item = new Div(label, input);
        item.addClassName("saisie-date-case");
        return item;
    }

    /** Which dates are accepted; {@link DateLimits#none()} at first. */
    public DateInput setLimits(DateLimits limits) {
        this.limits = limits;
        return this;
    }

    /** Whether three empty boxes are an error ("Entrez la date"); true at first. */
    public DateInput setRequired(boolean required) {
        this.required = required;
        // Screen readers say "obligatoire" on each box, as they do on the other required fields.
        boxes.values().forEach(box -> box.getElement().setAttribute("aria-required", String.valueOf(required)));
        return this;
    }

    /** A hint of its own instead of "Par exemple : 27 3 2026". */
    public DateInput setHint(String text) {
        hint.setText(text);
        return this;
    }

    /** For a date of birth: lets the browser fill in the person's own (autocomplete bday-day, bday-month, bday-year). */
    public DateInput forBirthDate() {
        boxes.get(Part.DAY).getElement().setAttribute("autocomplete", "bday-day");
        boxes.get(Part.MONTH).getElement().setAttribute("autocomplete", "bday-month");
        boxes.get(Part.YEAR).getElement().setAttribute("autocomplete", "bday-year");
        return this;
    }

    /** The hint shown above the boxes now. */
    public String hint() {
        return hint.getText();
    }

    /** Called after each change of a box (each key typed: the boxes send their value at once). */
    public Registration addChangeListener(SerializableConsumer<Change> listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Called when the focus leaves the three boxes (not when it goes from one box to the next). */
    public Registration addLeaveListener(SerializableConsumer<DateInput> listener) {
        return getContent().getElement().addEventListener("focusout", event -> listener.accept(this))
                .setFilter("!(event.relatedTarget && event.currentTarget.contains(event.relatedTarget))");
    }

    /**
     * Fills the boxes with what was typed before, as it was typed (even when it is not a date), so that coming back
     * to the field shows it unchanged.
     */
    public void setTyped(String day, String month, String year) {
        boxes.get(Part.DAY).setValue(day == null ? "" : day);
        boxes.get(Part.MONTH).setValue(month == null ? "" : month);
        boxes.get(Part.YEAR).setValue(year == null ? "" : year);
    }

    /** Fills the boxes with a date given before (never a default date). */
    public void setDate(LocalDate date) {
        boxes.get(Part.DAY).setValue(date == null ? "" : String.valueOf(date.getDayOfMonth()));
        boxes.get(Part.MONTH).setValue(date == null ? "" : String.valueOf(date.getMonthValue()));
        boxes.get(Part.YEAR).setValue(date == null ? "" : String.valueOf(date.getYear()));
    }

    /** What the boxes say now, without showing anything. */
    public DateCheck check() {
        return DateCheck.of(boxes.get(Part.DAY).getValue(), boxes.get(Part.MONTH).getValue(),
                boxes.get(Part.YEAR).getValue(), required, limits, texts);
    }

    /**
     * Checks the boxes and shows the result: the message above the boxes and the wrong boxes marked, or no message.
     * Returns the date when there is one and it fits.
     */
    public Optional<LocalDate> validate() {
        show(check());
        return shown.date();
    }

    /** The message shown by the last {@link #validate()}, if any. */
    public Optional<String> errorMessage() {
        return shown == null ? Optional.empty() : shown.message();
    }

    /** The id of the first box to correct (the day's when all are), for an error summary's link. */
    public String firstWrongId() {
        Part first = shown == null || shown.wrong().isEmpty() ? Part.DAY
                : shown.wrong().stream().sorted().findFirst().orElse(Part.DAY);
        return boxes.get(first).getId().orElseThrow();
    }

    /**
     * Shows a message of the screen's own, for a rule the field cannot know (the three boxes are marked); a message
     * of the field itself comes first: {@link #validate()}.
     */
    public void showError(String message) {
        show(new DateCheck(Optional.empty(), Optional.of(message), java.util.EnumSet.allOf(Part.class)));
    }

    /** Removes the message and the marks (for instance when the date is no longer asked). */
    public void clearError() {
        show(new DateCheck(Optional.empty(), Optional.empty(), java.util.Set.of()));
    }

    /** Puts the focus in the first box to correct. */
    public void focus() {
        boxes.get(shown == null || shown.wrong().isEmpty() ? Part.DAY
                : shown.wrong().stream().sorted().findFirst().orElse(Part.DAY)).focus();
    }

    /** Whether the three boxes are filled, the year with its four digits: the moment a date can be checked. */
    public boolean isComplete() {
        return !typed(Part.DAY).isBlank() && !typed(Part.MONTH).isBlank() && typed(Part.YEAR).trim().length() >= 4;
    }

    /** Whether the three boxes are empty. */
    public boolean isBlank() {
        return boxes.values().stream().allMatch(box -> box.getValue().isBlank());
    }

    /** The text typed in a box, as typed. */
    public String typed(Part part) {
        return boxes.get(part).getValue();
    }

    private void show(DateCheck check) {
        shown = check;
        error.removeAll();
        check.message().ifPresentOrElse(message -> {
            Span prefix = new Span(texts.text("prefixe-erreur") + " ");
            prefix.addClassName("invisible");
            error.add(prefix, new Span(message));
            error.setVisible(true);
            getContent().addClassName("invalide");
            getContent().getElement().setAttribute("aria-describedby", hint.getId().orElseThrow() + " " + error.getId().orElseThrow());
        }, () -> {
            error.setVisible(false);
            getContent().removeClassName("invalide");
            getContent().getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        });
        boxes.forEach((part, box) -> {
            boolean wrong = check.wrong().contains(part);
            box.setClassName("invalide", wrong);
            if (wrong) {
                box.getElement().setAttribute("aria-invalid", "true");
            } else {
                box.getElement().removeAttribute("aria-invalid");
            }
        });
    }
}
