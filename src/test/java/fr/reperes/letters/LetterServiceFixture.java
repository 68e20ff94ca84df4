package fr.reperes.letters;

import fr.reperes.content.ContentFiles;

import java.time.Clock;

/** The real letters catalogue without Spring, for other features' tests that need letter titles. */
public final class LetterServiceFixture {

    private LetterServiceFixture() {
    }

    /** Letters dated by {@code clock}; the catalogue's review dates are checked against the real day, as in the app. */
    public static LetterService service(Clock clock) {
        return new LetterService(new LetterCatalogue(new ContentFiles("classpath:content/"), Clock.system(clock.getZone())),
                new PdfDocuments(), clock);
    }
}
