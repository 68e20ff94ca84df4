package fr.reperes.web.session;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Effacer mes réponses" and its confirmation come from content/site/effacer-reponses.yml, checked at start-up. */
class EraseWordingTest {

    private static final ContentFiles REAL = new ContentFiles("classpath:content/");

    @Test
    void theButtonAndItsConfirmationAreReadFromContent() {
        EraseWording words = new EraseWording(new Wording(REAL, new ContentReader()));
        assertThat(words.text("bouton")).isEqualTo("Effacer mes réponses");
        assertThat(words.text("confirmation.texte")).endsWith("Cette action est définitive.");
    }

    @Test
    void aMissingKeyStopsStartUpNamingTheFileAndTheKey(@TempDir Path folder) throws IOException {
        SourceFile real = REAL.readOne(EraseWording.FILE);
        String changed = real.text().replaceFirst("  annuler: [^\n]*\n", "");
        assertThat(changed).isNotEqualTo(real.text());
        Files.writeString(Files.createDirectories(folder.resolve("site")).resolve("effacer-reponses.yml"), changed);

        assertThatThrownBy(() -> new EraseWording(new Wording(new ContentFiles(folder.toUri().toString()),
                new ContentReader())))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/site/effacer-reponses.yml")
                .hasMessageContaining("texte manquant pour la clé « confirmation.annuler »");
    }
}
