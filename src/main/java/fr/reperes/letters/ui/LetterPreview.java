package fr.reperes.letters.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.reperes.letters.ComposedLetter;
import fr.reperes.letters.LetterLayout;

import java.util.Map;
import java.util.function.Function;

/**
 * The letter as it will print, and its body in an editable text area. The user's own version of the body is kept
 * in the draft; when a field then changes the proposed text, it is replaced only if the user confirms.
 */
class LetterPreview extends Section {

    /** Draft keys (field ids never start with "_"): the edited body, and the proposed body it was based on. */
    static final String EDITED = "_corps";
    static final String BASE = "_corps_base";

    private final Map<String, String> draft;
    private final LetterLayout layout;
    private final Function<ComposedLetter, String> html;
    private final Runnable edited;
    private final Div paper = new Div();
    private final TextArea editor = new TextArea();
    private final Button reset;
    private ComposedLetter proposed;
    private ConfirmDialog dialog;

    LetterPreview(Map<String, String> draft, LetterLayout layout, Function<ComposedLetter, String> html, Runnable edited) {
        this.draft = draft;
        this.layout = layout;
        this.html = html;
        this.edited = edited;
        addClassName("lettre-apercu");
        H2 title = new H2(layout.ui("apercu_titre"));
        title.setId("apercu-titre");
        getElement().setAttribute("aria-labelledby", "apercu-titre");
        paper.addClassName("papier");
        editor.setLabel(layout.ui("corps_libelle"));
        editor.setHelperText(layout.ui("corps_aide"));
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setWidthFull();
        editor.addClassName("corps-modifiable");
        editor.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draft.putIfAbsent(BASE, proposed.body());
                draft.put(EDITED, change.getValue());
                refreshPaper();
                edited.run();
            }
        });
        reset = new Button(layout.ui("corps_reinitialiser"), click -> confirmReset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, new Paragraph(layout.ui("apercu_aide")), paper, editor, reset);
    }

    /** The letter with the user's body when they edited it. */
    ComposedLetter current(ComposedLetter letter) {
        String body = draft.get(EDITED);
        return body == null ? letter : letter.withBody(body);
    }

    /** Shows the newly proposed letter; an edited body stays until the user agrees to replace it. */
    void show(ComposedLetter letter) {
        proposed = letter;
        if (draft.get(EDITED) == null && !letter.body().equals(editor.getValue())) {
            editor.setValue(letter.body());
        } else if (draft.get(EDITED) != null && !draft.get(EDITED).equals(editor.getValue())) {
            editor.setValue(draft.get(EDITED));
        }
        reset.setVisible(draft.get(EDITED) != null);
        refreshPaper();
    }

    /** After a field change: asks whether to replace the user's body when the proposed text has changed. */
    void askIfProposalChanged() {
        if (draft.get(EDITED) == null || proposed.body().equals(draft.get(BASE)) || (dialog != null && dialog.isOpened())) {
            return;
        }
        // The highlighted default button (and Escape) keeps the user's edits; replacing them is the other choice.
        dialog = new ConfirmDialog(layout.ui("confirmer_titre"), layout.ui("confirmer_texte"), layout.ui("confirmer_non"),
                keep -> draft.put(BASE, proposed.body()));
        dialog.addCancelListener(keep -> draft.put(BASE, proposed.body()));
        dialog.setRejectable(true);
        dialog.setRejectText(layout.ui("confirmer_oui"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(replace -> replaceWithProposal());
        dialog.open();
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog(layout.ui("reinitialiser_titre"), layout.ui("reinitialiser_texte"),
                layout.ui("reinitialiser_oui"), yes -> replaceWithProposal());
        confirm.setCancelable(true);
        confirm.setCancelText(layout.ui("reinitialiser_non"));
        confirm.open();
    }

    private void replaceWithProposal() {
        draft.remove(EDITED);
        draft.remove(BASE);
        editor.setValue(proposed.body());
        reset.setVisible(false);
        refreshPaper();
        edited.run();
    }

    private void refreshPaper() {
        paper.removeAll();
        paper.add(new Html(html.apply(current(proposed)).strip()));
    }
}
