package fr.reperes.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.reperes.letters.FieldType;
import fr.reperes.letters.LetterField;
import fr.reperes.web.components.DateCheck;
import fr.reperes.web.components.DateInput;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.components.DateLimits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form field of a letter, whatever its component: text, multi-line text, a choice (radio buttons), or a date in
 * three boxes "Jour", "Mois", "Année" ({@link DateInput}, as in the questionnaire).
 *
 * <p>A date goes into the draft as 2026-11-22 once the boxes make a date that fits; otherwise as typed, "31/2/2026"
 * or "/3/1985", so that nothing typed is lost and the letter's checks refuse it. Showing the draft again fills the
 * boxes with it unchanged.
 */
final class FieldInput {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TYPED = Pattern.compile("([^/.\\-]*)[/.\\-]([^/.\\-]*)[/.\\-]([^/.\\-]*)");
    /** Keypad, autofill and e-mail type on the text field's own {@code <input>}: $0 inputmode, $1 autocomplete, $2 e-mail. */
    private static final String INNER_INPUT_HINTS = """
            const host = this;
            const apply = tries => {
              const input = host.inputElement || host.querySelector('input, textarea');
              if (!input) { if (tries < 100) requestAnimationFrame(() => apply(tries + 1)); return; }
              if ($0) input.setAttribute('inputmode', $0);
              if ($1) input.setAttribute('autocomplete', $1);
              if ($2) input.type = 'email';
            };
            customElements.whenDefined(host.localName).then(() => host.updateComplete).then(() => apply(0));
            """;

    private final LetterField field;
    private final HasValue<?, String> input;
    private final DateInput date;
    private final Component component;
    private boolean touched;

    /**
     * @param typing called as the user types or chooses; {@code committed} is false while a text is being typed
     * @param dates  the wording of the date boxes
     * @param today  the day the form is shown: the latest date of a past fact
     */
    FieldInput(LetterField field, TypingListener typing, DateInputTexts dates, LocalDate today) {
        this.field = field;
        if (field.type() == FieldType.DATE) {
            date = dateInput(field, dates, today);
            date.addChangeListener(change -> {
                if (change.fromClient()) {
                    typing.changed(field, draftValue(), false);
                }
            });
            date.addLeaveListener(left -> {
                touched = true;
                typing.changed(field, null, true);
            });
            input = null;
            component = date;
            component.getElement().getClassList().add("champ-date");
        } else if (field.type() == FieldType.CHOICE) {
            date = null;
            // Radio buttons even for long lists: Vaadin's Select fails the axe audit (aria-allowed-attr).
            List<String> values = field.options().stream().map(LetterField.Option::value).toList();
            RadioButtonGroup<String> radios = new RadioButtonGroup<>(field.label(), values);
            radios.setItemLabelGenerator(value -> field.option(value).map(LetterField.Option::label).orElse(value));
            radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            radios.setHelperText(field.help());
            radios.setManualValidation(true);
            radios.addValueChangeListener(change -> chosen(change.isFromClient(), change.getValue(), typing));
            input = radios;
            component = radios;
        } else {
            date = null;
            var text = field.type() == FieldType.TEXTAREA ? new TextArea(field.label()) : new TextField(field.label());
            text.setHelperText(field.help());
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(350);
            text.setManualValidation(true);
            text.setWidthFull();
            String inputMode = inputMode(field);
            if (!inputMode.isEmpty()) {
                text.getElement().setAttribute("inputmode", inputMode);
            }
            if (!field.autocomplete().isEmpty()) {
                text.getElement().setAttribute("autocomplete", field.autocomplete());
            }
            // The web component keeps these on its own element: the phone's keyboard and autofill read the <input>.
            // That <input> exists once the component is defined and has rendered; on a page opened directly its
            // first state arrives with the page, before the components are defined, hence the wait and the retries.
            text.getElement().executeJs(INNER_INPUT_HINTS, inputMode, field.autocomplete(),
                    field.type() == FieldType.EMAIL);
            input = text;
            component = text;
            text.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    typing.changed(field, change.getValue(), false);
                }
            });
            ((Focusable<?>) text).addBlurListener(blur -> {
                touched = true;
                typing.changed(field, null, true);
            });
        }
        if (input != null) {
            input.setRequiredIndicatorVisible(field.required());
            component.setId(id(field));
        }
        component.getElement().getClassList().add("champ");
    }

    private static String id(LetterField field) {
        return "champ-" + field.id().replace('_', '-');
    }

    /**
     * The three boxes of a date field: its label as legend (with the asterisk of a required field), its help before
     * the example, the birth-date autofill, and the dates it accepts: a past fact (a birth, a decision, the letter's
     * own date) today at the latest, and every date between 1900 and 2100, as the letter's checks.
     */
    private static DateInput dateInput(LetterField field, DateInputTexts texts, LocalDate today) {
        DateInput input = new DateInput(texts, id(field), field.label() + (field.required() ? " *" : ""));
        DateLimits limits = field.notFuture() ? DateLimits.pastOrToday(today)
                : DateLimits.none().notAfter(LetterField.LAST_DATE);
        input.setLimits(limits.notBefore(LetterField.FIRST_DATE)).setRequired(field.required());
        if (!field.help().isEmpty()) {
            input.setHint(field.help() + " " + input.hint());
        }
        if (field.autocomplete().startsWith("bday")) {
            input.forBirthDate();
        }
        return input;
    }

    /** What the draft keeps of the boxes: the date, or what was typed when it is not one. */
    private String draftValue() {
        if (date.isBlank()) {
            return "";
        }
        DateCheck check = date.check();
        return check.date().map(LocalDate::toString).orElseGet(() -> String.join("/",
                date.typed(DateCheck.Part.DAY).strip(), date.typed(DateCheck.Part.MONTH).strip(),
                date.typed(DateCheck.Part.YEAR).strip()));
    }

    /** The keyboard a phone shows: digits for a postcode, the phone pad for a telephone number. */
    static String inputMode(LetterField field) {
        return switch (field.type()) {
            case POSTCODE -> "numeric";
            case EMAIL -> "email";
            default -> field.autocomplete().endsWith("tel") ? "tel" : "";
        };
    }

    private void chosen(boolean fromClient, String value, TypingListener typing) {
        if (fromClient) {
            touched = true;
            typing.changed(field, value, true);
        }
    }

    @FunctionalInterface
    interface TypingListener {
        /** {@code value} is null when only the focus left the field. */
        void changed(LetterField field, String value, boolean committed);
    }

    LetterField field() {
        return field;
    }

    Component component() {
        return component;
    }

    /** Shows a stored value; a date kept as 2026-11-22 (from the interview) fills the boxes with 22, 11, 2026. */
    void show(String value) {
        String shown = value == null ? "" : value;
        if (date != null) {
            showDate(shown.strip());
        } else if (field.type() == FieldType.CHOICE) {
            input.setValue(field.option(shown).isPresent() ? shown : null);
        } else if (!shown.equals(input.getValue())) {
            input.setValue(shown);
        }
    }

    private void showDate(String shown) {
        if (ISO.matcher(shown).matches()) {
            try {
                date.setDate(LocalDate.parse(shown));
                return;
            } catch (DateTimeParseException e) {
                // shown as stored below: nothing typed is ever hidden
            }
        }
        String[] parts = shown.split("/", -1);
        Matcher typed = TYPED.matcher(shown);
        if (parts.length == 3) {
            date.setTyped(parts[0], parts[1], parts[2]);
        } else if (typed.matches()) {
            date.setTyped(typed.group(1), typed.group(2), typed.group(3));
        } else {
            date.setTyped(shown, "", "");
        }
    }

    boolean touched() {
        return touched;
    }

    void touch() {
        touched = true;
    }

    /**
     * Shows the letter's message for this field, or none. A date shows its own, more precise message ("Entrez un
     * mois entre 1 et 12") and marks the boxes to correct.
     */
    void showError(String message) {
        if (date != null) {
            if (message == null) {
                date.clearError();
            } else if (date.validate().isPresent() || date.errorMessage().isEmpty()) {
                date.showError(message);
            }
            return;
        }
        HasValidation validation = (HasValidation) component;
        validation.setErrorMessage(message);
        validation.setInvalid(message != null);
    }

    boolean invalid() {
        return date != null ? date.errorMessage().isPresent() : ((HasValidation) component).isInvalid();
    }

    /** The message shown next to the field. */
    String errorMessage() {
        return date != null ? date.errorMessage().orElse("") : ((HasValidation) component).getErrorMessage();
    }

    /** The id of the input the error summary links to: the first box to correct of a date, or the field. */
    String errorTargetId() {
        return date != null ? date.firstWrongId() : id(field);
    }

    void focus() {
        if (date != null) {
            date.focus();
        } else if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    void setVisible(boolean visible) {
        component.setVisible(visible);
    }
}
