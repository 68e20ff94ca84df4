package fr.reperes.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import fr.reperes.interview.InterviewService.Option;
import fr.reperes.interview.InterviewService.ShownQuestion;
import fr.reperes.interview.Question;
import fr.reperes.web.components.DateInput;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.components.DateLimits;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The input of one question (radio buttons, check boxes or a date typed in three boxes), labelled by the question's
 * heading. Dates are of events that have happened: today at the latest, not before 1950.
 */
final class AnswerField {

    private final Question.Kind kind;
    private final RadioButtonGroup<Option> single = new RadioButtonGroup<>();
    private final CheckboxGroup<Option> multiple = new CheckboxGroup<>();
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private final DateInput date;

    AnswerField(ShownQuestion shown, String headingId, LocalDate today, DateInputTexts dateTexts) {
        this.kind = shown.question().kind();
        this.date = new DateInput(dateTexts, "date")
                .setLimits(DateLimits.pastOrToday(today).notBefore(EARLIEST));
        single.setItems(shown.options());
        single.setItemLabelGenerator(Option::label);
        single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        single.setAriaLabelledBy(headingId);
        multiple.setItems(shown.options());
        multiple.setItemLabelGenerator(Option::label);
        multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        multiple.setAriaLabelledBy(headingId);
        List<String> current = shown.current();
        shown.options().stream().filter(option -> current.contains(option.value())).forEach(option -> {
            single.setValue(option);
            multiple.select(option);
        });
        if (kind == Question.Kind.DATE && !current.isEmpty()) {
            date.setDate(LocalDate.parse(current.getFirst()));
        }
    }

    Component component() {
        return switch (kind) {
            case SINGLE -> single;
            case MULTIPLE -> multiple;
            case DATE -> date;
        };
    }

    /** The answer given, or a French message saying what is missing or wrong (shown next to the field). */
    Optional<List<String>> value() {
        clearError();
        switch (kind) {
            case SINGLE -> {
                if (single.getValue() == null) {
                    return fail("Choisissez une réponse, ou « Je ne sais pas ».");
                }
                return Optional.of(List.of(single.getValue().value()));
            }
            case MULTIPLE -> {
                if (multiple.getValue().isEmpty()) {
                    return fail("Cochez au moins une réponse, ou « Je ne sais pas ».");
                }
                return Optional.of(multiple.getValue().stream().map(Option::value)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList());
            }
            default -> {
                return date.validate().map(day -> List.of(day.toString()));
            }
        }
    }

    private Optional<List<String>> fail(String message) {
        switch (kind) {
            case SINGLE -> {
                single.setErrorMessage(message);
                single.setInvalid(true);
            }
            case MULTIPLE -> {
                multiple.setErrorMessage(message);
                multiple.setInvalid(true);
            }
            default -> throw new IllegalStateException("a date shows its own messages");
        }
        return Optional.empty();
    }

    String errorMessage() {
        return switch (kind) {
            case SINGLE -> single.getErrorMessage();
            case MULTIPLE -> multiple.getErrorMessage();
            case DATE -> date.errorMessage().orElse("");
        };
    }

    private void clearError() {
        single.setInvalid(false);
        multiple.setInvalid(false);
    }
}
