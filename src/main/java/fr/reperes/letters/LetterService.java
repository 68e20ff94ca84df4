package fr.reperes.letters;

import fr.reperes.assessment.Assessment;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.documents.PdfDocuments;
import fr.reperes.documents.Xhtml;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Letters: the catalogue, prefill from the interview, checking what the user typed, and rendering to an HTML
 * preview, PDF, DOCX and plain text. Stateless: the values come with each call and nothing is kept, written or
 * logged.
 */
@Service
public class LetterService {

    /** The message of a required field left empty: the page asks to "complete" it, and to "correct" the others. */
    public static final String MISSING = LetterValidator.REQUIRED;


    private final LetterCatalogueLoader.Catalogue catalogue;
    private final AssessmentService assessments;
    private final Clock clock;
    private final PdfDocuments pdf;
    private final String pdfCss = PdfDocuments.stylesheet("/fr/reperes/letters/lettre-pdf.css");

    public LetterService(LetterCatalogue catalogue, AssessmentService assessments, PdfDocuments pdf, Clock clock) {
        this.catalogue = catalogue.get();
        this.assessments = assessments;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** All letters, in the order of {@link LetterId}. */
    public List<Letter> letters() {
        return catalogue.letters();
    }

    public Optional<Letter> letter(LetterId id) {
        return catalogue.letters().stream().filter(letter -> letter.id() == id).findFirst();
    }

    public LetterLayout layout() {
        return catalogue.layout();
    }

    /**
     * The values the interview already knows for this letter (dates as AAAA-MM-JJ, choices by value), with the
     * signatory and the protective measure the assessment proposes.
     */
    public Map<String, String> prefill(LetterId id, Facts facts) {
        return LetterPrefill.prefill(require(id), facts, proposal(id, facts), today());
    }

    /** Who the assessment proposes to sign this letter, and why. */
    public Assessment.LetterProposal proposal(LetterId id, Facts facts) {
        return assessments.propose(id, facts);
    }

    /** Field id → French message for each value to fix (required, date, postcode, e-mail, choice, length). */
    public Map<String, String> validate(LetterId id, Map<String, String> values) {
        return LetterValidator.validate(require(id), values, today());
    }

    /** The letter as it will be printed; call {@link #validate} first. */
    public ComposedLetter compose(LetterId id, Map<String, String> values) {
        return LetterComposer.compose(require(id), catalogue.templates().get(id), values, false, today());
    }

    /** The letter for the on-screen preview: a required field still empty shows as "[its label]". */
    public ComposedLetter preview(LetterId id, Map<String, String> values) {
        return LetterComposer.compose(require(id), catalogue.templates().get(id), values, true, today());
    }

    /** The letter page as an HTML fragment (one {@code div}), every value escaped. */
    public String html(ComposedLetter letter) {
        return HtmlLetterRenderer.letter(catalogue.htmlLetter(), letter, layout());
    }

    /** The whole XHTML document the PDF is made from: the letter page, then the instruction page. */
    public String htmlDocument(ComposedLetter letter) {
        return Xhtml.document(letter.title(), pdfCss, List.of(html(letter),
                HtmlLetterRenderer.instructions(catalogue.htmlInstructions(), letter, layout(), reviewed(letter))));
    }

    public byte[] pdf(ComposedLetter letter) {
        return pdf.render(htmlDocument(letter));
    }

    /** Made in one of the rendering slots shared with the PDFs: see {@link PdfDocuments}. */
    public byte[] docx(ComposedLetter letter) {
        return pdf.rendering(() -> DocxLetterRenderer.render(letter, layout(), reviewed(letter)));
    }

    /** The letter as text; with the instruction page after it for a download, without it for the clipboard. */
    public String text(ComposedLetter letter, boolean withInstructions) {
        return TextLetterRenderer.render(letter, layout(), withInstructions);
    }

    public LetterDocument export(ComposedLetter letter, ExportFormat format) {
        byte[] bytes = switch (format) {
            case PDF -> pdf(letter);
            case DOCX -> docx(letter);
            case TXT -> text(letter, true).getBytes(StandardCharsets.UTF_8);
        };
        return new LetterDocument(bytes, letter.fileBaseName() + "." + format.id(), format.mediaType());
    }

    private LocalDate reviewed(ComposedLetter letter) {
        return require(letter.letterId()).reviewed();
    }

    private Letter require(LetterId id) {
        return letter(id).orElseThrow(() -> new NoSuchElementException("Lettre inconnue : " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
