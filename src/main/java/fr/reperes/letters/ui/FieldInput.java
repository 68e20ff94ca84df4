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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One form field of a letter, whatever its component: text (also dates, typed "JJ/MM/AAAA" so that nothing typed
 * is lost or silently rejected), multi-line text, or a choice (radio buttons).
 */
final class FieldInput {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LetterField field;
    private final HasValue<?, String> input;
    private final Component component;
    private boolean touched;

    /** @param typing called as the user types or chooses; {@code committed} is false while a text is being typed */
    FieldInput(LetterField field, TypingListener typing) {
        this.field = field;
        if (field.type() == FieldType.CHOICE) {
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
            if (field.type() == FieldType.EMAIL) {
                text.getElement().executeJs("customElements.whenDefined(this.localName).then(() => {"
                        + " const input = this.inputElement || this.querySelector('input'); if (input) input.type = 'email'; })");
            }
            // The web component keeps these on its own element: the phone's keyboard and autofill read the <input>.
            text.getElement().executeJs("customElements.whenDefined(this.localName).then(() => {"
                    + " const input = this.inputElement || this.querySelector('input, textarea'); if (!input) return;"
                    + " if ($0) input.setAttribute('inputmode', $0); if ($1) input.setAttribute('autocomplete', $1); })",
                    inputMode, field.autocomplete());
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
        input.setRequiredIndicatorVisible(field.required());
        component.setId("champ-" + field.id().replace('_', '-'));
        component.getElement().getClassList().add("champ");
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

    /** Shows a stored value; a date kept as 2026-11-22 (from the interview) is shown as 22/11/2026. */
    void show(String value) {
        String shown = value == null ? "" : value;
        if (field.type() == FieldType.DATE && shown.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                shown = LocalDate.parse(shown).format(FRENCH);
            } catch (DateTimeParseException e) {
                // shown as stored: nothing typed is ever hidden
            }
        }
        if (field.type() == FieldType.CHOICE) {
            input.setValue(field.option(shown).isPresent() ? shown : null);
        } else if (!shown.equals(input.getValue())) {
            input.setValue(shown);
        }
    }

    boolean touched() {
        return touched;
    }

    void touch() {
        touched = true;
    }

    void showError(String message) {
        HasValidation validation = (HasValidation) component;
        validation.setErrorMessage(message);
        validation.setInvalid(message != null);
    }

    boolean invalid() {
        return ((HasValidation) component).isInvalid();
    }

    void focus() {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    void setVisible(boolean visible) {
        component.setVisible(visible);
    }
}
