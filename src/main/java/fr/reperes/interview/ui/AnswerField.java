package fr.reperes.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import fr.reperes.interview.InterviewService;
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
 * The input of one question, labelled by the question's heading: radio buttons or check boxes, "Je ne sais pas"
 * among them where it is offered; for a date, first "Oui" / "Non, pas encore" / "Je ne sais pas", then, after
 * "Oui", the date typed in three boxes. Dates are of events that have happened: today at the latest, not before 1950.
 */
final class AnswerField {

    /** The id of the first input, the target of the error summary's link. */
    static final String FIELD_ID = "reponse";

    private final Question.Kind kind;
    private final RadioButtonGroup<Option> single = new RadioButtonGroup<>();
    private final CheckboxGroup<Option> multiple = new CheckboxGroup<>();
    private final RadioButtonGroup<Option> happened = new RadioButtonGroup<>();
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private final DateInput date;
    private final String choiceError;
    private final Div dateBlock = new Div();
    private final java.util.function.Function<String, String> words;

    /** {@code words}: the questionnaire's texts by key ({@code erreurs.choisir}), from content. */
    AnswerField(ShownQuestion shown, String headingId, LocalDate today, DateInputTexts dateTexts,
                java.util.function.Function<String, String> words) {
        this.kind = shown.question().kind();
        this.words = words;
        this.choiceError = shown.dateChoiceError();
        this.date = new DateInput(dateTexts, "date")
                .setLimits(DateLimits.pastOrToday(today).notBefore(EARLIEST));
        single.setItems(shown.options());
        single.setItemLabelGenerator(Option::label);
        single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        single.setAriaLabelledBy(headingId);
        single.setId(FIELD_ID);
        multiple.setItems(shown.options());
        multiple.setItemLabelGenerator(Option::label);
        multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        multiple.setAriaLabelledBy(headingId);
        multiple.setId(FIELD_ID);
        List<String> current = shown.current();
        shown.options().stream().filter(option -> current.contains(option.value())).forEach(option -> {
            single.setValue(option);
            multiple.select(option);
        });
        if (kind == Question.Kind.DATE) {
            happened.setItems(shown.dateChoice());
            happened.setItemLabelGenerator(Option::label);
            happened.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            happened.setAriaLabelledBy(headingId);
            happened.setId(FIELD_ID);
            happened.addClassName("date-survenue");
            shown.dateChoice().stream().filter(option -> option.value().equals(shown.dateChosen())).findFirst()
                    .ifPresent(happened::setValue);
            if (!current.isEmpty()) {
                date.setDate(LocalDate.parse(current.getFirst()));
            }
            dateBlock.add(happened, date);
            date.setVisible(isYes());
            happened.addValueChangeListener(change -> {
                happened.setInvalid(false);
                date.setVisible(isYes());
            });
        }
    }

    private boolean isYes() {
        return happened.getValue() != null && InterviewService.DATE_YES.equals(happened.getValue().value());
    }

    Component component() {
        return switch (kind) {
            case SINGLE -> single;
            case MULTIPLE -> multiple;
            case DATE -> dateBlock;
        };
    }

    /** For a date: whether the answer given is "Non, pas encore". */
    boolean notYet() {
        return kind == Question.Kind.DATE && happened.getValue() != null
                && InterviewService.DATE_NOT_YET.equals(happened.getValue().value());
    }

    /** The answer given, or a French message saying what is missing or wrong (shown next to the field). */
    Optional<List<String>> value() {
        clearError();
        switch (kind) {
            case SINGLE -> {
                if (single.getValue() == null) {
                    return fail(single.getListDataView().getItems()
                            .anyMatch(option -> option.value().equals(InterviewService.UNKNOWN))
                            ? words.apply("erreurs.choisir-ou-jnsp") : words.apply("erreurs.choisir"));
                }
                return Optional.of(List.of(single.getValue().value()));
            }
            case MULTIPLE -> {
                if (multiple.getValue().isEmpty()) {
                    return fail(words.apply("erreurs.cocher"));
                }
                List<String> values = multiple.getValue().stream().map(Option::value)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
                if (values.contains(InterviewService.UNKNOWN) && values.size() > 1) {
                    return fail(words.apply("erreurs.jnsp-seul"));
                }
                return Optional.of(values);
            }
            default -> {
                if (happened.getValue() == null) {
                    happened.setErrorMessage(choiceError);
                    happened.setInvalid(true);
                    return Optional.empty();
                }
                if (!isYes()) {
                    return Optional.of(List.of());
                }
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
            case DATE -> happened.isInvalid() ? happened.getErrorMessage() : date.errorMessage().orElse("");
        };
    }

    /** The id of the input the error summary links to: the date's first wrong box, or the field. */
    String errorTargetId() {
        return kind == Question.Kind.DATE && !happened.isInvalid() ? date.firstWrongId() : FIELD_ID;
    }

    /** Moves the focus to the input in error. */
    void focusError() {
        if (kind == Question.Kind.DATE && !happened.isInvalid()) {
            date.focus();
        } else {
            Component group = kind == Question.Kind.DATE ? happened : component();
            group.getElement().executeJs("const input = this.querySelector('input'); (input || this).focus()");
        }
    }

    private void clearError() {
        single.setInvalid(false);
        multiple.setInvalid(false);
        happened.setInvalid(false);
    }
}
