package fr.reperes.letters.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.web.ui.UnderConstruction;

@Route("lettres")
@PageTitle("Lettres — Repères")
public class LettersView extends UnderConstruction {

    public LettersView() {
        super("Lettres", "Vous pourrez y préparer des lettres prêtes à envoyer (demande de dossier médical, "
                + "saisine du juge, fin de suivi…). Les fiches expliquent déjà à qui écrire et sur quel article "
                + "vous appuyer.");
    }
}
