package fr.reperes.situation;

import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.content.ContentLibrary;
import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.LetterId;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.documents.PdfDocuments;
import fr.reperes.letters.LetterServiceFixture;
import fr.reperes.procedure.ProcedureCheck;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.core.time.FrenchPublicHolidays;
import fr.reperes.core.time.LegalDelays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The real content, rules and letters without Spring, "today" fixed on Monday 23 November 2026 at 10:00 in Paris,
 * and the three situations of the issue, as the interview would have gathered them.
 */
final class SituationFixtures {

    static final ZoneId PARIS = AssessmentFixtures.PARIS;
    static final LocalDate TODAY = AssessmentFixtures.TODAY;
    static final Clock CLOCK = AssessmentFixtures.CLOCK;

    static final ContentFiles FILES = AssessmentFixtures.FILES;
    static final ContentLibrary LIBRARY = AssessmentFixtures.LIBRARY;
    static final AssessmentService ASSESSMENTS = AssessmentFixtures.SERVICE;
    static final SituationContent CONTENT = new SituationContent(AssessmentFixtures.WORDING, FILES,
            AssessmentFixtures.READER);
    static final SituationService SERVICE = new SituationService(ASSESSMENTS, LetterServiceFixture.service(CLOCK),
            LIBRARY, CONTENT, new PdfDocuments(), CLOCK, new ProcedureTexts(AssessmentFixtures.WORDING),
            new ProcedureCheck(new LegalDelays(new FrenchPublicHolidays()), new ProcedureTexts(AssessmentFixtures.WORDING), CLOCK));

    /**
     * A person admitted at a relative's request on Monday 16 November 2026, still in hospital; a lawyer answers the
     * day before the hearing. The judge's decision was notified on Friday 20 November.
     */
    static final Facts SDT_HOSPITALISED = new Facts(Respondent.LAWYER, false, CareSetting.FULL_HOSPITALISATION,
            CareBasis.THIRD_PARTY, false, false, List.of(DocumentHeld.DIRECTOR_DECISION, DocumentHeld.JUDGE_DECISION_CARE),
            LocalDate.of(2026, 11, 16), null, Restraint.NONE, JusticeMeasure.NONE, Protection.NONE,
            List.of(Goal.CONTEST_MEASURE), null, LocalDate.of(2026, 11, 20));

    /**
     * A programme de soins under a prefect's order, with a curatelle; an association answers. Admitted on 2 March
     * 2026, kept in hospital by the judge on 12 March; the medical file was asked for on 10 November 2026.
     */
    static final Facts SDRE_PROGRAMME_CURATELLE = new Facts(Respondent.ASSOCIATION, false, CareSetting.OUTPATIENT,
            CareBasis.PREFECT, false, true, List.of(DocumentHeld.PREFECT_ORDER, DocumentHeld.PROGRAMME_DE_SOINS,
            DocumentHeld.PROTECTION_JUDGMENT), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12), null,
            JusticeMeasure.NONE, Protection.CURATELLE, List.of(Goal.LEAVE_CARE, Goal.ACCESS_RECORDS),
            LocalDate.of(2026, 11, 10), null);

    /** An injonction de soins followed at a CMP with consent; the person answers and wants another doctor. */
    static final Facts INJONCTION = new Facts(Respondent.PERSON, false, CareSetting.OUTPATIENT, CareBasis.CONSENT,
            false, false, List.of(DocumentHeld.CRIMINAL_SENTENCE), null, null, null, JusticeMeasure.INJONCTION_DE_SOINS,
            Protection.NONE, List.of(Goal.CHANGE_DOCTOR), null, null);

    private SituationFixtures() {
    }

    static SituationSheet sheet(Facts facts, LetterId... preparedLetters) {
        return SERVICE.sheet(facts, ASSESSMENTS.assess(facts), List.of(preparedLetters), true);
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
