package fr.reperes.assessment;

import fr.reperes.procedure.ProcedureCheck;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.MarkdownRenderer;
import fr.reperes.content.PageLoader;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.core.time.FrenchPublicHolidays;
import fr.reperes.core.time.LegalDelays;
import fr.reperes.letters.LetterServiceFixture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The real content and rules, with "today" fixed so that deadlines can be checked to the day; shared with the
 * situation sheet's tests, so that the content is loaded once.
 */
public final class AssessmentFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday; 10:00 in Paris. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), PARIS).toInstant(), PARIS);

    public static final ContentFiles FILES = new ContentFiles("classpath:content/");
    public static final ContentReader READER = new ContentReader();
    public static final Wording WORDING = new Wording(FILES, READER);
    public static final ContentLibrary LIBRARY = new ContentLibrary(FILES,
            new PageLoader(new MarkdownRenderer(), READER, Clock.system(PARIS)), new MarkdownRenderer());
    public static final AssessmentTexts TEXTS = new AssessmentTexts(WORDING);
    public static final AssessmentService SERVICE = new AssessmentService(LIBRARY, TEXTS,
            LetterServiceFixture.signers(), CLOCK, new LegalDelays(new FrenchPublicHolidays()),
            new ProcedureCheck(new LegalDelays(new FrenchPublicHolidays()), new ProcedureTexts(WORDING), CLOCK));

    private AssessmentFixtures() {
    }
}
