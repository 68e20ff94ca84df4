package fr.reperes.web.navigation;

import fr.reperes.core.content.ChangedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The titles of the pages (the browser tab's, the menu's) come from content/site/titres-des-pages.yml, checked at
 * start-up.
 */
class PageTitlesTest {

    @Test
    void theTitlesAreReadFromContent() {
        PageTitles titles = new PageTitles(ChangedContent.real());
        assertThat(titles.tab("resultat")).isEqualTo("Votre résultat — Repères");
        assertThat(titles.tab("page", "Vérifiez vos réponses")).isEqualTo("Vérifiez vos réponses — Repères");
        assertThat(titles.tab("question", "Qui répond ?")).isEqualTo("Qui répond ? — Questionnaire — Repères");
        assertThat(titles.menu("")).isEqualTo("Accueil");
        assertThat(titles.menu("/" + Routes.PAGES)).isEqualTo("Fiches");
    }

    @Test
    void aMissingTitleStopsStartUpNamingTheFileAndTheKey(@TempDir Path folder) throws IOException {
        ChangedContent.assertStopsStartUp(folder, PageTitles.FILE,
                text -> text.replaceFirst("  resultat: [^\n]*\n", ""), PageTitles::new,
                "texte manquant pour la clé « onglet.resultat »");
    }

    @Test
    void aTitleWithAnUnknownPlaceholderStopsStartUp(@TempDir Path folder) throws IOException {
        ChangedContent.assertStopsStartUp(folder, PageTitles.FILE,
                text -> text.replace("page: \"{titre} — Repères\"", "page: \"{nom} — Repères\""), PageTitles::new,
                "clé « page » : champ inconnu « {nom} »");
    }
}
