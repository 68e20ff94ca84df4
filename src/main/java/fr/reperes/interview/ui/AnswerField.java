package fr.reperes.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import fr.reperes.interview.InterviewService;
import fr.reperes.interview.InterviewService.Option;
import fr.reperes.interview.InterviewService.ShownQuestion;
import fr.reperes.interview.Question;
import fr.reperes.web.components.ChoiceGroup;
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

    /** The id of the group, the base of its inputs' ids; the error summary links to its first input. */
    static final String FIELD_ID = "reponse";

    private final Question.Kind kind;
    private final ChoiceGroup<Option> choices;
    private final ChoiceGroup<Option> happened;
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
        List<String> current = shown.current();
        if (kind == Question.Kind.DATE) {
            choices = null;
            happened = group(ChoiceGroup.Mode.SINGLE, shown.dateChoice(), headingId);
            happened.addClassName("date-survenue");
            shown.dateChoice().stream().filter(option -> option.value().equals(shown.dateChosen())).findFirst()
                    .ifPresent(happened::select);
            if (!current.isEmpty()) {
                date.setDate(LocalDate.parse(current.getFirst()));
            }
            // The three boxes show as soon as "Oui" is chosen, without waiting for the server (reperes.css:
            // .date-bloc without "oui" checked hides them).
            dateBlock.addClassName("date-bloc");
            dateBlock.add(happened, date);
            happened.addSelectionListener(chosen -> happened.clearError());
        } else {
            happened = null;
            choices = group(kind == Question.Kind.SINGLE ? ChoiceGroup.Mode.SINGLE : ChoiceGroup.Mode.MULTIPLE,
                    shown.options(), headingId);
            shown.options().stream().filter(option -> current.contains(option.value())).forEach(choices::select);
        }
    }

    private static ChoiceGroup<Option> group(ChoiceGroup.Mode mode, List<Option> options, String headingId) {
        ChoiceGroup<Option> group = new ChoiceGroup<Option>(mode, FIELD_ID, headingId).setKeys(Option::value);
        group.setItems(options, Option::label);
        return group;
    }

    private boolean isYes() {
        return happened.getSelectedItem().map(option -> InterviewService.DATE_YES.equals(option.value())).orElse(false);
    }

    Component component() {
        return kind == Question.Kind.DATE ? dateBlock : choices;
    }

    /** For a date: whether the answer given is "Non, pas encore". */
    boolean notYet() {
        return kind == Question.Kind.DATE && happened.getSelectedItem()
                .map(option -> InterviewService.DATE_NOT_YET.equals(option.value())).orElse(false);
    }

    /** The answer given, or a French message saying what is missing or wrong (shown next to the field). */
    Optional<List<String>> value() {
        clearError();
        switch (kind) {
            case SINGLE -> {
                if (choices.getSelectedItem().isEmpty()) {
                    return fail(choices.getItems().stream()
                            .anyMatch(option -> option.value().equals(InterviewService.UNKNOWN))
                            ? words.apply("erreurs.choisir-ou-jnsp") : words.apply("erreurs.choisir"));
                }
                return Optional.of(List.of(choices.getSelectedItem().get().value()));
            }
            case MULTIPLE -> {
                if (choices.getSelected().isEmpty()) {
                    return fail(words.apply("erreurs.cocher"));
                }
                List<String> values = choices.getSelected().stream().map(Option::value)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
                if (values.contains(InterviewService.UNKNOWN) && values.size() > 1) {
                    return fail(words.apply("erreurs.jnsp-seul"));
                }
                return Optional.of(values);
            }
            default -> {
                if (happened.getSelectedItem().isEmpty()) {
                    happened.showError(choiceError);
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
        choices.showError(message);
        return Optional.empty();
    }

    String errorMessage() {
        return switch (kind) {
            case SINGLE, MULTIPLE -> choices.getErrorMessage();
            case DATE -> happened.isInvalid() ? happened.getErrorMessage() : date.errorMessage().orElse("");
        };
    }

    /** The id of the input the error summary links to: the date's first wrong box, or the first choice. */
    String errorTargetId() {
        if (kind == Question.Kind.DATE) {
            return happened.isInvalid() ? happened.firstInputId() : date.firstWrongId();
        }
        return choices.firstInputId();
    }

    /** Moves the focus to the input in error. */
    void focusError() {
        if (kind == Question.Kind.DATE && !happened.isInvalid()) {
            date.focus();
        } else {
            (kind == Question.Kind.DATE ? happened : choices).focus();
        }
    }

    private void clearError() {
        if (choices != null) {
            choices.clearError();
        }
        if (happened != null) {
            happened.clearError();
        }
    }
}
