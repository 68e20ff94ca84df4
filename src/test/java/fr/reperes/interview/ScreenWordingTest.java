package fr.reperes.interview;

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
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The words of "Vérifiez vos réponses" and of the answers file come from content/interview: what a reader of
 * those files may correct, and what stops start-up (a missing text, a typo in a key or a placeholder).
 */
class ScreenWordingTest {

    private static final ContentFiles REAL = new ContentFiles("classpath:content/");

    @Test
    void theRealFilesGiveTheWordsTheScreensShow() {
        Wording wording = new Wording(REAL, new ContentReader());
        SummaryWording summary = new SummaryWording(wording);
        assertThat(summary.text("titre")).isEqualTo("Vérifiez vos réponses");
        assertThat(summary.text("modifier-nom-accessible", Map.of("question", "Qui répond ?")))
                .isEqualTo("Modifier : Qui répond ?");
        AnswersFileWording file = new AnswersFileWording(wording);
        assertThat(file.text("titre")).isEqualTo("Garder ou reprendre vos réponses");
        assertThat(file.text("refus.ordre-des-dates", Map.of("probleme", "Le certificat est daté avant la décision.")))
                .endsWith("il n'a pas été chargé. Le certificat est daté avant la décision.");
    }

    @Test
    void aRenamedKeyStopsStartUpNamingTheFileAndTheKey(@TempDir Path folder) throws IOException {
        Wording wording = copyWith(folder, "verifier-reponses.yml", text -> text.replace("voir-resultat:", "voir-resultats:"));

        assertThatThrownBy(() -> new SummaryWording(wording))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("verifier-reponses.yml")
                .hasMessageContaining("texte manquant pour la clé « voir-resultat »")
                .hasMessageContaining("clé inconnue « voir-resultats »");
    }

    @Test
    void anUnknownPlaceholderStopsStartUp(@TempDir Path folder) throws IOException {
        Wording wording = copyWith(folder, "fichier-reponses.yml", text -> text.replace("({taille} au plus).\"\n  mauvais",
                "({poids} au plus).\"\n  mauvais"));

        assertThatThrownBy(() -> new AnswersFileWording(wording))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("fichier-reponses.yml")
                .hasMessageContaining("chargement.trop-gros")
                .hasMessageContaining("{poids}");
    }

    @Test
    void aMissingRefusalStopsStartUp(@TempDir Path folder) throws IOException {
        Wording wording = copyWith(folder, "fichier-reponses.yml", text -> text.replaceFirst("  vide: [^\n]*\n", ""));

        assertThatThrownBy(() -> new AnswersFileWording(wording))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("texte manquant pour la clé « refus.vide »");
    }

    private static Wording copyWith(Path folder, String changed, UnaryOperator<String> change) throws IOException {
        Path target = Files.createDirectories(folder.resolve("interview"));
        for (SourceFile file : REAL.read("interview/*.yml")) {
            String text = file.fileName().equals(changed) ? change.apply(file.text()) : file.text();
            assertThat(text.equals(file.text())).as("la modification de test s'applique à " + changed)
                    .isEqualTo(!file.fileName().equals(changed));
            Files.writeString(target.resolve(file.fileName()), text);
        }
        return new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader());
    }
}
