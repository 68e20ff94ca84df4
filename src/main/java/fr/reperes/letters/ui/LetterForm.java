package fr.reperes.letters.ui;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a letter, in the groups of the catalogue. Errors show next to each field once the user has left it
 * (or asked to check the letter), and in a summary read out by screen readers.
 */
class LetterForm extends Section {

    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
    private final Map<String, H3> groupHeadings = new LinkedHashMap<>();
    private final Div summary = new Div();
    private final LetterLayout layout;

    /** @param proposal why the assessment proposes the prefilled signatory, shown above the choice (null: nothing) */
    LetterForm(Letter letter, LetterLayout layout, boolean prefilled, String proposal, FieldInput.TypingListener typing) {
        this.layout = layout;
        addClassName("lettre-formulaire");
        H2 title = new H2(layout.ui("formulaire_titre"));
        title.setId("formulaire-titre");
        getElement().setAttribute("aria-labelledby", "formulaire-titre");
        add(title, new Paragraph(layout.ui("formulaire_intro")));
        if (prefilled) {
            Paragraph note = new Paragraph(layout.ui("prerempli"));
            note.addClassName("note-prerempli");
            add(note);
        }
        summary.addClassName("resume-erreurs");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.getElement().setAttribute("role", "status");
        add(summary);
        for (LetterLayout.Group group : layout.groups()) {
            List<LetterField> fields = letter.fields().stream().filter(f -> f.group().equals(group.id())).toList();
            if (fields.isEmpty()) {
                continue;
            }
            H3 heading = new H3(group.label());
            groupHeadings.put(group.id(), heading);
            add(heading);
            for (LetterField field : fields) {
                if (field.id().equals(LetterField.SIGNATORY) && letter.signatories().size() > 1 && proposal != null) {
                    Paragraph why = new Paragraph(proposal);
                    why.addClassName("proposition-signataire");
                    add(why);
                }
                FieldInput input = new FieldInput(field, typing);
                inputs.put(field.id(), input);
                add(input.component());
            }
        }
        // With a single possible signatory there is nothing to choose.
        if (letter.signatories().size() == 1) {
            inputs.get(LetterField.SIGNATORY).setVisible(false);
        }
    }

    /** Shows stored values (the draft) in the fields. */
    void show(Map<String, String> values) {
        inputs.forEach((id, input) -> input.show(values.get(id)));
    }

    /** Shows only the fields that apply to the current choices, and the group titles that still have a field. */
    void refreshVisibility(Map<String, String> values, int signatories) {
        Map<String, Boolean> groupVisible = new LinkedHashMap<>();
        inputs.forEach((id, input) -> {
            boolean visible = input.field().visibleFor(values)
                    && !(id.equals(LetterField.SIGNATORY) && signatories == 1);
            input.setVisible(visible);
            groupVisible.merge(input.field().group(), visible, Boolean::logicalOr);
        });
        groupHeadings.forEach((group, heading) -> heading.setVisible(groupVisible.getOrDefault(group, false)));
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
                list.add(new ListItem(input.field().label() + " : " + error));
            }
        });
        summary.removeAll();
        if (list.getChildren().findAny().isPresent()) {
            summary.add(new Paragraph(layout.ui("erreurs_resume")), list);
        }
    }

    void focusFirstError() {
        inputs.values().stream().filter(FieldInput::invalid).findFirst().ifPresent(FieldInput::focus);
    }

    String label(String fieldId) {
        FieldInput input = inputs.get(fieldId);
        return input == null ? fieldId : input.field().label();
    }
}
