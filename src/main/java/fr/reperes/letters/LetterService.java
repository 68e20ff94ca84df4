package fr.reperes.letters;

import fr.reperes.assessment.Facts;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Letters: the catalogue, prefill from the interview, checking what the user typed, and rendering to an HTML
 * preview, PDF, DOCX and plain text. Stateless: the values come with each call and nothing is kept, written or
 * logged.
 */
@Service
public class LetterService {

    private final LetterCatalogueLoader.Catalogue catalogue;
    private final Clock clock;
    private final PdfLetterRenderer pdf = new PdfLetterRenderer();
    private final Semaphore renderers = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    public LetterService(LetterCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue.get();
        this.clock = clock;
    }

    /** All letters, in the order of {@link LetterIds#ALL}. */
    public List<Letter> letters() {
        return catalogue.letters();
    }

    public Optional<Letter> letter(String id) {
        return catalogue.letters().stream().filter(letter -> letter.id().equals(id)).findFirst();
    }

    public LetterLayout layout() {
        return catalogue.layout();
    }

    /** The values the interview already knows for this letter (dates as AAAA-MM-JJ, choices by value). */
    public Map<String, String> prefill(String id, Facts facts) {
        return LetterPrefill.prefill(require(id), facts, today());
    }

    /** Field id → French message for each value to fix (required, date, postcode, e-mail, choice, length). */
    public Map<String, String> validate(String id, Map<String, String> values) {
        return LetterValidator.validate(require(id), values, today());
    }

    /** The letter as it will be printed; call {@link #validate} first. */
    public ComposedLetter compose(String id, Map<String, String> values) {
        return LetterComposer.compose(require(id), catalogue.templates().get(id), values, false, today());
    }

    /** The letter for the on-screen preview: a required field still empty shows as "[its label]". */
    public ComposedLetter preview(String id, Map<String, String> values) {
        return LetterComposer.compose(require(id), catalogue.templates().get(id), values, true, today());
    }

    /** The letter page as an HTML fragment (one {@code div}), every value escaped. */
    public String html(ComposedLetter letter) {
        return HtmlLetterRenderer.letter(catalogue.htmlLetter(), letter, layout());
    }

    /** The whole XHTML document the PDF is made from: the letter page, then the instruction page. */
    public String htmlDocument(ComposedLetter letter) {
        return HtmlLetterRenderer.document(letter.title(), pdf.css(), List.of(html(letter),
                HtmlLetterRenderer.instructions(catalogue.htmlInstructions(), letter, layout(), reviewed(letter))));
    }

    public byte[] pdf(ComposedLetter letter) {
        String html = htmlDocument(letter);
        return rendering(() -> pdf.render(html));
    }

    public byte[] docx(ComposedLetter letter) {
        return rendering(() -> DocxLetterRenderer.render(letter, layout(), reviewed(letter)));
    }

    /**
     * PDF and DOCX files are made on at most half the processor cores at a time, the others waiting their turn. A
     * document takes tens of milliseconds of processor and megabytes of short-lived memory: under load (measured by
     * LoadBenchmark, 200 clients), letting every request render at once filled the heap (1.7 GB in use) and made
     * the quick answers — assessment, search, pages — wait behind the renders (assessment p99 1.5 s instead of
     * 0.2 s); queueing the documents keeps the rest fast and serves more documents per second, not fewer.
     */
    private byte[] rendering(Supplier<byte[]> render) {
        renderers.acquireUninterruptibly();
        try {
            return render.get();
        } finally {
            renderers.release();
        }
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

    private Letter require(String id) {
        return letter(id).orElseThrow(() -> new NoSuchElementException("Lettre inconnue : " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
