package fr.reperes.letters;

import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static fr.reperes.letters.TestLetters.docxText;
import static fr.reperes.letters.TestLetters.pdfPageText;
import static fr.reperes.letters.TestLetters.pdfText;
import static fr.reperes.letters.TestLetters.plain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter, for every signatory it allows, rendered in the three formats with sample values. What a person
 * posting the letter, or the recipient, would check is in each: recipient, object, legal basis, date, signature,
 * attachments; the PDF is tagged, in French, titled, with embedded fonts and a separate instruction page.
 */
class LetterRenderingTest {

    private static final LetterService LETTERS = TestLetters.service();

    static Stream<Arguments> lettersAndSignatories() {
        List<Arguments> cases = new ArrayList<>();
        for (Letter letter : LETTERS.letters()) {
            for (Letter.SignatoryChoice choice : letter.signatories()) {
                cases.add(Arguments.of(letter.id(), choice.signatory()));
            }
        }
        return cases.stream();
    }

    private record Rendered(Letter letter, Map<String, String> values, ComposedLetter composed) {
    }

    private static Rendered render(LetterId id, Signatory signatory) {
        Letter letter = LETTERS.letter(id).orElseThrow();
        Map<String, String> values = TestLetters.sample(letter, signatory);
        assertThat(LETTERS.validate(id, values)).as("valeurs d'exemple valides pour " + id).isEmpty();
        return new Rendered(letter, values, LETTERS.compose(id, values));
    }

    /** What must be legible in any format, in the order a reader meets it. */
    private static void assertLetterContent(String text, Rendered rendered, String format) {
        String content = plain(text).replaceAll("\\s+", " ");
        ComposedLetter letter = rendered.composed();
        String where = rendered.letter().id() + " (" + format + ")";
        assertThat(content).as("destinataire — " + where).contains(letter.recipient().getFirst().replaceAll("\\s+", " "));
        assertThat(content).as("objet — " + where).contains("Objet").contains(plain(letter.object()).substring(0, 30));
        assertThat(content).as("date — " + where).contains("22 novembre 2026");
        assertThat(content).as("base légale citée dans le corps — " + where).containsPattern("article[s]? [LR]\\.\\d|article \\d+");
        assertThat(content).as("signature — " + where).contains(plain(letter.signatures().getLast().getLast()));
        if (!letter.attachments().isEmpty()) {
            assertThat(content).as("pièces jointes — " + where).contains("Pièces jointes")
                    .contains(plain(letter.attachments().getFirst()).replaceAll("\\s+", " "));
        }
        assertThat(content).as("prénom et nom de la personne — " + where).contains("Camille").contains("Durand");
    }

    @ParameterizedTest(name = "{0} signé par {1} : PDF")
    @MethodSource("lettersAndSignatories")
    void thePdfIsATaggedFrenchA4LetterWithItsInstructionsOnASeparatePage(LetterId id, Signatory signatory) throws Exception {
        Rendered rendered = render(id, signatory);
        byte[] pdf = LETTERS.pdf(rendered.composed());

        assertLetterContent(pdfText(pdf), rendered, "PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(rendered.letter().title());
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("PDF balisé").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4").isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("police intégrée " + font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        int instructionsPage = 1;
        while (instructionsPage <= pages && !plain(pdfPageText(pdf, instructionsPage)).contains("Comment envoyer votre lettre")) {
            instructionsPage++;
        }
        assertThat(instructionsPage).as("les instructions sont sur une page à part, après la lettre").isBetween(2, pages);
        String lastLetterPage = plain(pdfPageText(pdf, instructionsPage - 1));
        String firstInstructionsPage = plain(pdfPageText(pdf, instructionsPage));
        assertThat(lastLetterPage).doesNotContain("Comment envoyer votre lettre");
        assertThat(firstInstructionsPage).doesNotContain("Objet :").doesNotContain("Pièces jointes :");
        String all = plain(pdfText(pdf));
        String instructions = all.substring(all.indexOf("Comment envoyer votre lettre"));
        assertThat(instructions.replaceAll("\\s+", " ")).contains("ne l'envoyez pas avec la lettre")
                .contains("Textes de référence").contains(rendered.letter().legal().getFirst().toString())
                .contains("Délai de réponse").contains("Sans réponse");
    }

    @ParameterizedTest(name = "{0} signé par {1} : DOCX")
    @MethodSource("lettersAndSignatories")
    void theDocxHasTheSameContentAndIsEditableFrenchText(LetterId id, Signatory signatory) throws Exception {
        Rendered rendered = render(id, signatory);
        byte[] docx = LETTERS.docx(rendered.composed());

        String text = docxText(docx);
        assertLetterContent(text, rendered, "DOCX");
        assertThat(plain(text)).contains("Comment envoyer votre lettre")
                .contains(rendered.letter().legal().getFirst().toString());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(rendered.letter().title());
            assertThat(document.getStyles().styleExist("Heading1")).isTrue();
            String styles = document.getStyles().getCtStyles().xmlText();
            assertThat(styles).contains("fr-FR");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @ParameterizedTest(name = "{0} signé par {1} : texte")
    @MethodSource("lettersAndSignatories")
    void thePlainTextHasTheSameContentAndTheInstructionsAfterIt(LetterId id, Signatory signatory) {
        Rendered rendered = render(id, signatory);
        LetterDocument document = LETTERS.export(rendered.composed(), ExportFormat.TXT);

        String text = new String(document.bytes(), StandardCharsets.UTF_8);
        assertLetterContent(text, rendered, "texte");
        assertThat(text.indexOf("COMMENT ENVOYER VOTRE LETTRE")).isGreaterThan(text.indexOf("Objet"));
        assertThat(LETTERS.text(rendered.composed(), false)).doesNotContain("COMMENT ENVOYER VOTRE LETTRE");
        assertThat(document.fileName()).isEqualTo("2026-11-22-" + rendered.letter().fileName() + ".txt");
        assertThat(document.mediaType()).startsWith("text/plain");
    }
}
