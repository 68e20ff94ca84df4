package fr.reperes.web.session;

import fr.reperes.core.content.ChangedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Effacer mes réponses" and its confirmation come from content/site/effacer-reponses.yml, checked at start-up. */
class EraseWordingTest {

    @Test
    void theButtonAndItsConfirmationAreReadFromContent() {
        EraseWording words = new EraseWording(ChangedContent.real());
        assertThat(words.text("bouton")).isEqualTo("Effacer mes réponses");
        assertThat(words.text("confirmation.texte")).endsWith("Cette action est définitive.");
    }

    @Test
    void aMissingKeyStopsStartUpNamingTheFileAndTheKey(@TempDir Path folder) throws IOException {
        ChangedContent.assertStopsStartUp(folder, EraseWording.FILE,
                text -> text.replaceFirst("  annuler: [^\n]*\n", ""), EraseWording::new,
                "texte manquant pour la clé « confirmation.annuler »");
    }
}
