package fr.reperes.letters;

import fr.reperes.documents.PdfDocuments;
import fr.reperes.core.content.ContentFiles;

import java.time.Clock;

/** The real letters catalogue without Spring, for other features' tests that need letter titles. */
public final class LetterServiceFixture {

    private LetterServiceFixture() {
    }

    public static LetterService service(Clock clock) {
        return new LetterService(new LetterCatalogue(new ContentFiles("classpath:content/"), clock), new PdfDocuments(), clock);
    }
}
