package fr.reperes.letters;

import fr.reperes.core.LetterId;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.Signatory;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The letter catalogue of {@code content/letters/}, read and checked once at start-up: an invalid catalogue stops
 * the application with a message naming each file and field to fix, so a broken letter is never offered. It tells
 * the assessment who may sign each letter.
 */
@Component
class LetterCatalogue implements LetterSigners {

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

    @Override
    public Set<Signatory> allowed(LetterId id) {
        Set<Signatory> allowed = new LinkedHashSet<>();
        letter(id).signatories().forEach(choice -> allowed.add(choice.signatory()));
        return allowed;
    }

    @Override
    public Signatory underTutelle(LetterId id) {
        return letter(id).underTutelle();
    }

    private Letter letter(LetterId id) {
        return catalogue.letters().stream().filter(letter -> letter.id() == id).findFirst().orElseThrow();
    }
}
