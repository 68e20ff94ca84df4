package fr.reperes.letters;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The letter catalogue of {@code content/letters/}, read and checked once at start-up: an invalid catalogue stops
 * the application with a message naming each file and field to fix, so a broken letter is never offered.
 */
@Component
class LetterCatalogue {

    static final String COMMON = "letters/_commun.yml";

    private final LetterCatalogueLoader.Catalogue catalogue;

    LetterCatalogue(ContentFiles files, Wording wording, ContentReader reader, Clock clock) {
        Problems problems = new Problems();
        Texts texts = wording.texts(COMMON, problems, "libelles", "interface");
        this.catalogue = new LetterCatalogueLoader(reader, clock).load(files.readOne(COMMON), texts,
                files.read("letters/*").stream().filter(file -> !file.fileName().startsWith("_")).toList(),
                files.readOne("letters/_lettre.html"), files.readOne("letters/_instructions.html"), problems);
    }

    LetterCatalogueLoader.Catalogue get() {
        return catalogue;
    }
}
