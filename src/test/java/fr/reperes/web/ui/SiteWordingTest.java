package fr.reperes.web.ui;

import fr.reperes.core.content.ChangedContent;
import fr.reperes.core.content.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the search boxes, the crisis numbers, the footer's links, the error pages and the headings of the
 * About, Privacy and Accessibility pages come from
 * content/site: what a reader of those files may correct, and a missing text stops start-up naming the file and
 * the key.
 */
class SiteWordingTest {

    @Test
    void theRealFilesGiveTheWordsTheScreensShow() {
        Wording wording = ChangedContent.real();
        SearchBoxWording search = new SearchBoxWording(wording);
        assertThat(search.text("page.libelle")).isEqualTo("Rechercher une fiche");
        assertThat(search.text("menu.bouton")).isEqualTo("Chercher");
        CrisisWording crisis = new CrisisWording(wording);
        assertThat(crisis.text("question")).isEqualTo("Besoin d'aide tout de suite\u00a0?");
        assertThat(crisis.purpose("3114")).isEqualTo("prévention du suicide");
        ErrorPagesWording errors = new ErrorPagesWording(wording);
        assertThat(errors.text("introuvable.titre-onglet")).isEqualTo("Page introuvable — Repères");
        assertThat(new FrameWording(wording).text("pied-confidentialite")).isEqualTo("Confidentialité");
        assertThat(new FrameWording(wording).text("menu-page-legere")).isEqualTo("Menu");
        fr.reperes.content.FicheWording fiche = new fr.reperes.content.FicheWording(wording);
        assertThat(fiche.text("textes-et-sources")).isEqualTo("Textes et sources");
        assertThat(fiche.reviewed(fr.reperes.assessment.AssessmentFixtures.LIBRARY.page("soins-libres").orElseThrow()))
                .matches("Dernière vérification : \\d{1,2} [a-zéû]+ 20\\d\\d");
        assertThat(new SitePagesWording(wording).text("a-propos.verification", java.util.Map.of("date", "1 mars 2026")))
                .isEqualTo("Dernière vérification du contenu juridique : 1 mars 2026.");
    }

    /** Each bundle: its file, a line taken out of it, and the key that line held. */
    static Stream<Arguments> missingTexts() {
        return Stream.of(
                Arguments.of(SearchBoxWording.FILE, "  bouton: \"Chercher\"\n",
                        (Function<Wording, ?>) SearchBoxWording::new, "menu.bouton"),
                Arguments.of(CrisisWording.FILE, "  \"3114\": \"prévention du suicide\"\n",
                        (Function<Wording, ?>) CrisisWording::new, "appels.3114"),
                Arguments.of(FrameWording.FILE, "pied-accessibilite: \"Accessibilité\"\n",
                        (Function<Wording, ?>) FrameWording::new, "pied-accessibilite"),
                Arguments.of(ErrorPagesWording.FILE, "  titre: \"Page introuvable\"\n",
                        (Function<Wording, ?>) ErrorPagesWording::new, "introuvable.titre"),
                Arguments.of(SitePagesWording.FILE, "  titre: \"Déclaration d'accessibilité\"\n",
                        (Function<Wording, ?>) SitePagesWording::new, "accessibilite.titre"),
                Arguments.of(FrameWording.FILE, "menu-page-legere: \"Menu\"\n",
                        (Function<Wording, ?>) FrameWording::new, "menu-page-legere"),
                Arguments.of("site/fiche.yml", "sommaire: \"Sommaire\"\n",
                        (Function<Wording, ?>) fr.reperes.content.FicheWording::new, "sommaire"));
    }

    @ParameterizedTest(name = "{0} sans {3}")
    @MethodSource("missingTexts")
    void aMissingTextStopsStartUpNamingTheFileAndTheKey(String file, String line, Function<Wording, ?> bundle,
                                                        String key, @TempDir Path folder) throws IOException {
        ChangedContent.assertStopsStartUp(folder, file, text -> text.replace(line, ""), bundle,
                "texte manquant pour la clé « " + key + " »");
    }
}
