package fr.reperes.letters;

import fr.reperes.core.content.ContentFiles;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The letter catalogue of {@code content/letters/}, read and checked once at start-up: an invalid catalogue stops
 * the application with a message naming each file and field to fix, so a broken letter is never offered.
 */
@Component
class LetterCatalogue {

    private final LetterCatalogueLoader.Catalogue catalogue;

    LetterCatalogue(ContentFiles files, Clock clock) {
        this.catalogue = new LetterCatalogueLoader(clock).load(files.readOne("letters/_commun.yml"),
                files.read("letters/*").stream()
                        .filter(file -> !file.fileName().startsWith("_")).toList(), files.readOne("letters/_lettre.html"),
                files.readOne("letters/_instructions.html"));
    }

    LetterCatalogueLoader.Catalogue get() {
        return catalogue;
    }
}
