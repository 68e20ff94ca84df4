package fr.reperes.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Effacer mes réponses", one name on every page (the menu, the summary, the result): asks for confirmation, then
 * erases the answers and the letters and starts again.
 */
public final class EraseButton {

    public static final String LABEL = "Effacer mes réponses";

    private EraseButton() {
    }

    public static Button create(SessionEraser eraser) {
        Button erase = new Button(LABEL);
        erase.addClassName("effacer");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog("Effacer vos réponses ?",
                    "Toutes les réponses et les lettres en cours seront effacées. Cette action est définitive.",
                    "Tout effacer", ok -> ok.getSource().getUI().ifPresent(eraser::eraseAndRestart));
            confirm.setCancelable(true);
            confirm.setCancelText("Annuler");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return erase;
    }
}
