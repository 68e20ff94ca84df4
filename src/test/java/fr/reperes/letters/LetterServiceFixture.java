package fr.reperes.letters;

import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.documents.PdfDocuments;

import java.time.Clock;
import java.time.ZoneId;

/** The real letters catalogue without Spring, for other features' tests that need letters or who may sign them. */
public final class LetterServiceFixture {

    private static LetterCatalogue catalogue;

    private LetterServiceFixture() {
    }

    /** Read once: the catalogue does not depend on the day (its review dates are checked against the real one). */
    private static synchronized LetterCatalogue catalogue() {
        if (catalogue == null) {
            ContentFiles files = new ContentFiles("classpath:content/");
            ContentReader reader = new ContentReader();
            catalogue = new LetterCatalogue(files, new Wording(files, reader), reader, Clock.system(ZoneId.of("Europe/Paris")));
        }
        return catalogue;
    }

    public static LetterSigners signers() {
        return catalogue();
    }

    public static LetterService service(Clock clock) {
        return new LetterService(catalogue(), AssessmentFixtures.SERVICE, new PdfDocuments(), clock);
    }
}
