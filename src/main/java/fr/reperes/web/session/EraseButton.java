package fr.reperes.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.springframework.stereotype.Component;

/**
 * "Effacer mes réponses", one name on every page (the menu, the summary, the result): asks for confirmation, then
 * erases the answers and the letters and starts again. Its words come from {@code content/site/effacer-reponses.yml}.
 */
@Component
public class EraseButton {

    private final SessionEraser eraser;
    private final EraseWording words;

    EraseButton(SessionEraser eraser, EraseWording words) {
        this.eraser = eraser;
        this.words = words;
    }

    /** The button's name, "Effacer mes réponses", for a text that refers to it. */
    public String label() {
        return words.text("bouton");
    }

    public Button create() {
        Button erase = new Button(label());
        erase.addClassName("effacer");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(words.text("confirmation.titre"),
                    words.text("confirmation.texte"), words.text("confirmation.effacer"),
                    ok -> ok.getSource().getUI().ifPresent(eraser::eraseAndRestart));
            confirm.setCancelable(true);
            confirm.setCancelText(words.text("confirmation.annuler"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return erase;
    }
}
