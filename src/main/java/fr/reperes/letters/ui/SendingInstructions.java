package fr.reperes.letters.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.reperes.letters.ComposedLetter;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterLayout;

import java.util.List;

/** Beside the letter: to whom and how to send it, what to attach, the delay, and what to do without an answer. */
class SendingInstructions extends Aside {

    private final LetterLayout layout;
    private final Letter letter;

    SendingInstructions(Letter letter, LetterLayout layout) {
        this.letter = letter;
        this.layout = layout;
        addClassName("lettre-instructions");
        getElement().setAttribute("aria-labelledby", "instructions-titre");
    }

    void show(ComposedLetter.Instructions instructions) {
        removeAll();
        H2 title = new H2(layout.word("instructions_titre"));
        title.setId("instructions-titre");
        add(title);
        section(layout.word("a_qui"), List.of(instructions.recipient()), false);
        section(layout.word("comment_envoyer"), instructions.sending(), false);
        section(layout.word("pieces_a_joindre"), instructions.attachments(), false);
        section(layout.word("delai"), List.of(instructions.delay()), false);
        section(layout.word("sans_reponse"), instructions.withoutAnswer(), true);
        section(layout.word("a_savoir"), instructions.notes(), false);
        section(layout.ui("signataires_titre"), letter.signatories().stream().map(Letter.SignatoryChoice::label).toList(), false);
        section(layout.word("textes"), instructions.legal(), false);
    }

    private void section(String heading, List<String> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        add(new H3(heading));
        if (items.size() == 1 && !ordered) {
            add(new Paragraph(items.getFirst()));
            return;
        }
        var list = ordered ? new OrderedList() : new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        add(list);
    }
}
