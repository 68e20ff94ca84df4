package fr.reperes.web.ui;

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

/**
 * The frame's words ("Quitter rapidement", its shortcut) come from content/site/cadre.yml, and the home page's from
 * content/site/ecran-accueil.yml, checked at start-up.
 */
class FrameWordingTest {

    private static final ContentFiles REAL = new ContentFiles("classpath:content/");

    @Test
    void theQuickExitAndItsShortcutAreReadFromContent() {
        FrameWording words = new FrameWording(new Wording(REAL, new ContentReader()));
        assertThat(words.text("quitter")).isEqualTo("Quitter rapidement");
        assertThat(words.text("quitter-raccourci")).contains("trois fois sur la touche Maj (Shift)");
    }

    @Test
    void theHomePageWordsAreReadFromContent() {
        HomeWording words = new HomeWording(new Wording(REAL, new ContentReader()));
        assertThat(words.text("titre")).isEqualTo("Repères : comprendre votre situation et agir");
        assertThat(words.text("promesse")).startsWith("Rien de ce que vous saisissez n'est enregistré");
    }

    @Test
    void aMissingKeyStopsStartUpNamingTheFileAndTheKey(@TempDir Path folder) throws IOException {
        Path site = Files.createDirectories(folder.resolve("site"));
        SourceFile real = REAL.read(FrameWording.FILE).getFirst();
        String changed = real.text().replaceFirst("quitter-info-bulle: [^\n]*\n", "");
        assertThat(changed).isNotEqualTo(real.text());
        Files.writeString(site.resolve("cadre.yml"), changed);

        assertThatThrownBy(() -> new FrameWording(new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader())))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("cadre.yml")
                .hasMessageContaining("texte manquant pour la clé « quitter-info-bulle »");
    }
}
