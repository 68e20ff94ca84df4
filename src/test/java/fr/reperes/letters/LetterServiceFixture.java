package fr.reperes.letters;

import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.documents.PdfDocuments;
import fr.reperes.core.content.ContentFiles;

import java.time.Clock;

/** The real letters catalogue without Spring, for other features' tests that need letter titles. */
public final class LetterServiceFixture {

    private LetterServiceFixture() {
    }

    public static LetterService service(Clock clock) {
        ContentFiles files = new ContentFiles("classpath:content/");
        ContentReader reader = new ContentReader();
        return new LetterService(new LetterCatalogue(files, new Wording(files, reader), reader, clock), new PdfDocuments(),
                clock);
    }
}
