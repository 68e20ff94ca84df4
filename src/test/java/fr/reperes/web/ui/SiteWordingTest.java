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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The words of the search boxes, the crisis numbers, the footer's links and the error pages come from
 * content/site: what a reader of those files may correct, and a missing text stops start-up naming the file and
 * the key.
 */
class SiteWordingTest {

    private static final ContentFiles REAL = new ContentFiles("classpath:content/");
    private static final Wording REAL_WORDING = new Wording(REAL, new ContentReader());

    @Test
    void theRealFilesGiveTheWordsTheScreensShow() {
        SearchBoxWording search = new SearchBoxWording(REAL_WORDING);
        assertThat(search.text("page.libelle")).isEqualTo("Rechercher une fiche");
        assertThat(search.text("menu.bouton")).isEqualTo("Chercher");
        CrisisWording crisis = new CrisisWording(REAL_WORDING);
        assertThat(crisis.text("question")).isEqualTo("Besoin d'aide tout de suite\u00a0?");
        assertThat(crisis.purpose("3114")).isEqualTo("prévention du suicide");
        ErrorPagesWording errors = new ErrorPagesWording(REAL_WORDING);
        assertThat(errors.text("introuvable.titre-onglet")).isEqualTo("Page introuvable — Repères");
        assertThat(new FrameWording(REAL_WORDING).text("pied-confidentialite")).isEqualTo("Confidentialité");
    }

    @Test
    void aMissingSearchBoxTextStopsStartUp(@TempDir Path folder) throws IOException {
        stopsStartUp(folder, SearchBoxWording.FILE, "  bouton: \"Chercher\"\n", SearchBoxWording::new,
                "menu.bouton");
    }

    @Test
    void aMissingCrisisTextStopsStartUp(@TempDir Path folder) throws IOException {
        stopsStartUp(folder, CrisisWording.FILE, "  \"3114\": \"prévention du suicide\"\n", CrisisWording::new,
                "appels.3114");
    }

    @Test
    void aMissingFooterLinkStopsStartUp(@TempDir Path folder) throws IOException {
        stopsStartUp(folder, FrameWording.FILE, "pied-accessibilite: \"Accessibilité\"\n", FrameWording::new,
                "pied-accessibilite");
    }

    @Test
    void aMissingErrorPageTextStopsStartUp(@TempDir Path folder) throws IOException {
        stopsStartUp(folder, ErrorPagesWording.FILE, "  titre: \"Page introuvable\"\n", ErrorPagesWording::new,
                "introuvable.titre");
    }

    /** Writes {@code file} without {@code line} in a copy of content/, and reads it with {@code bundle}. */
    private static void stopsStartUp(Path folder, String file, String line, Function<Wording, ?> bundle, String key)
            throws IOException {
        SourceFile real = REAL.readOne(file);
        String changed = real.text().replace(line, "");
        assertThat(changed).as("la modification de test s'applique à " + file).isNotEqualTo(real.text());
        Path target = folder.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, changed);
        Wording wording = new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader());

        assertThatThrownBy(() -> bundle.apply(wording))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/" + file)
                .hasMessageContaining("texte manquant pour la clé « " + key + " »");
    }
}
