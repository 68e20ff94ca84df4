package fr.reperes.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterField;
import fr.reperes.letters.LetterLayout;
import fr.reperes.web.components.DateInputTexts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a letter, in the short steps and groups of the catalogue ({@code steps} in {@code _commun.yml}): one
 * step on screen at a time, checked before the next; going back keeps everything typed. Errors show next to each
 * field once the user has left it (or asked to go on or to check the letter), and in a summary read out by screen
 * readers.
 */
class LetterForm extends Section {

    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
    private final Map<String, H3> groupHeadings = new LinkedHashMap<>();
    private final Div summary = new Div();
    private final LetterLayout layout;
    /** The steps of the catalogue, each with its block on screen and the fields it shows. */
    private final List<StepBlock> steps = new ArrayList<>();
    private final H2 stepTitle = new H2();
    private final Paragraph stepCount = new Paragraph();
    private final Paragraph intro;
    private final Button previous;
    private final Button next;
    private final StepListener stepListener;
    private int current;
    private Map<String, String> lastValues = Map.of();
    private int signatories;

    private record StepBlock(LetterLayout.Step step, Div block, List<String> fieldIds) {
    }

    /** Told when another step is shown; {@code last} is the step that shows the letter. */
    @FunctionalInterface
    interface StepListener {
        void shown(boolean last);
    }

    /**
     * @param proposal  why the assessment proposes the prefilled signatory, shown above the choice (null: nothing)
     * @param errors    the current errors of the letter, to check a step before the next one
     * @param dates     the wording of the date boxes
     * @param today     the day the form is shown (the latest date of a past fact)
     */
    LetterForm(Letter letter, LetterLayout layout, boolean prefilled, String proposal, FieldInput.TypingListener typing,
               java.util.function.Supplier<Map<String, String>> errors, StepListener stepListener,
               DateInputTexts dates, LocalDate today) {
        this.layout = layout;
        this.stepListener = stepListener;
        this.signatories = letter.signatories().size();
        this.intro = new Paragraph(layout.ui("formulaire_intro"));
        addClassName("lettre-formulaire");
        stepTitle.setId("formulaire-titre");
        stepTitle.addClassName("etape-titre");
        stepTitle.getElement().setAttribute("tabindex", "-1");
        stepCount.addClassName("etape-compte");
        getElement().setAttribute("aria-labelledby", "formulaire-titre");
        add(stepTitle, stepCount, intro);
        if (prefilled) {
            Paragraph note = new Paragraph(layout.ui("prerempli"));
            note.addClassName("note-prerempli");
            add(note);
        }
        summary.addClassName("resume-erreurs");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.getElement().setAttribute("role", "status");
        add(summary);
        for (LetterLayout.Step step : layout.steps()) {
            Div block = new Div();
            block.addClassName("etape");
            List<String> ids = new ArrayList<>();
            for (String groupId : step.groups()) {
                List<LetterField> fields = letter.fields().stream().filter(f -> f.group().equals(groupId)).toList();
                if (fields.isEmpty()) {
                    continue;
                }
                H3 heading = new H3(layout.groupLabel(groupId));
                groupHeadings.put(groupId, heading);
                block.add(heading);
                for (LetterField field : fields) {
                    if (field.id().equals(LetterField.SIGNATORY) && letter.signatories().size() > 1 && proposal != null) {
                        Paragraph why = new Paragraph(layout.ui("propose") + " " + proposal);
                        why.addClassName("proposition-signataire");
                        block.add(why);
                    }
                    FieldInput input = new FieldInput(field, typing, dates, today);
                    inputs.put(field.id(), input);
                    ids.add(field.id());
                    block.add(input.component());
                }
            }
            steps.add(new StepBlock(step, block, ids));
            add(block);
        }
        // With a single possible signatory there is nothing to choose.
        if (letter.signatories().size() == 1) {
            inputs.get(LetterField.SIGNATORY).setVisible(false);
        }
        previous = new Button(layout.ui("etape_precedente"), click -> go(-1));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next = new Button(layout.ui("etape_suivante"), click -> {
            if (checkStep(errors.get())) {
                go(+1);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div navigation = new Div(previous, next);
        navigation.addClassName("etapes-navigation");
        add(navigation);
    }

    /** Shows stored values (the draft) in the fields. */
    void show(Map<String, String> values) {
        inputs.forEach((id, input) -> input.show(values.get(id)));
    }

    /** Shows only the fields that apply to the current choices, and the group titles that still have a field. */
    void refreshVisibility(Map<String, String> values, int signatories) {
        this.lastValues = values;
        this.signatories = signatories;
        Map<String, Boolean> groupVisible = new LinkedHashMap<>();
        inputs.forEach((id, input) -> {
            boolean visible = applies(id, values);
            input.setVisible(visible);
            groupVisible.merge(input.field().group(), visible, Boolean::logicalOr);
        });
        groupHeadings.forEach((group, heading) -> heading.setVisible(groupVisible.getOrDefault(group, false)));
        showStep();
    }

    private boolean applies(String id, Map<String, String> values) {
        return inputs.get(id).field().visibleFor(values) && !(id.equals(LetterField.SIGNATORY) && signatories == 1);
    }

    /** The steps that have something to fill for these choices; the last step (the letter) always counts. */
    private List<Integer> applicableSteps() {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            if (last || steps.get(i).fieldIds().stream().anyMatch(id -> applies(id, lastValues))) {
                shown.add(i);
            }
        }
        return shown;
    }

    private void showStep() {
        List<Integer> shown = applicableSteps();
        if (!shown.contains(current)) {
            // The step in view no longer applies (a choice changed): the nearest one before it.
            int fallback = shown.getFirst();
            for (int index : shown) {
                if (index < current) {
                    fallback = index;
                }
            }
            current = fallback;
        }
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).block().setVisible(i == current);
        }
        int position = shown.indexOf(current);
        stepTitle.setText(steps.get(current).step().label());
        stepCount.setText(layout.ui("etape").replace("{n}", String.valueOf(position + 1))
                .replace("{total}", String.valueOf(shown.size())));
        previous.setVisible(position > 0);
        intro.setVisible(position == 0); // said once, at the start: the later steps begin with their fields
        next.setVisible(position < shown.size() - 1);
        stepListener.shown(isLastStep());
    }

    boolean isLastStep() {
        return current == steps.size() - 1;
    }

    private void go(int direction) {
        List<Integer> shown = applicableSteps();
        int position = shown.indexOf(current) + direction;
        if (position < 0 || position >= shown.size()) {
            return;
        }
        current = shown.get(position);
        summary.removeAll();
        showStep();
        stepTitle.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'start'})");
    }

    /** Checks the fields of the step in view: errors show on its fields and the first one gets the focus. */
    private boolean checkStep(Map<String, String> errors) {
        List<String> here = steps.get(current).fieldIds().stream().filter(id -> applies(id, lastValues)).toList();
        here.forEach(id -> inputs.get(id).touch());
        showErrors(errors, false);
        boolean valid = here.stream().noneMatch(errors::containsKey);
        if (!valid) {
            focusFirstError();
        }
        return valid;
    }

    /**
     * Marks the fields in error. A field shows its message once touched (or when {@code all}); a fixed field clears
     * its message at once.
     */
    void showErrors(Map<String, String> errors, boolean all) {
        UnorderedList list = new UnorderedList();
        inputs.forEach((id, input) -> {
            if (all) {
                input.touch();
            }
            String error = errors.get(id);
            boolean shown = error != null && input.touched();
            input.showError(shown ? error : null);
            if (shown) {
                list.add(new ListItem(link(input)));
            }
        });
        summary.removeAll();
        if (list.getChildren().findAny().isPresent()) {
            summary.add(new Paragraph(layout.ui("erreurs_resume")), list);
        }
    }

    /**
     * A line of the error summary: the field's label and its message, a link that puts the focus in the input to
     * correct (for a date, its first wrong box), as in the GOV.UK error summary.
     */
    private static Anchor link(FieldInput input) {
        String target = input.errorTargetId();
        String message = input.errorMessage();
        Anchor link = new Anchor("#" + target, input.field().label() + " : " + message);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const t = document.getElementById($0); if (!t) return;"
                + " const i = t.matches('input, textarea') ? t : t.querySelector('input, textarea'); (i || t).focus(); })",
                target);
        return link;
    }

    /** Focuses the first field in error, first showing the step it is in. */
    void focusFirstError() {
        inputs.values().stream().filter(input -> input.invalid() && input.component().isVisible()).findFirst()
                .ifPresent(input -> {
                    for (int i = 0; i < steps.size(); i++) {
                        if (steps.get(i).fieldIds().contains(input.field().id()) && i != current) {
                            current = i;
                            showStep();
                        }
                    }
                    input.focus();
                });
    }

    String label(String fieldId) {
        FieldInput input = inputs.get(fieldId);
        return input == null ? fieldId : input.field().label();
    }
}
