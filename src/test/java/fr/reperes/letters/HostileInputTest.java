package fr.reperes.letters;

import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static fr.reperes.letters.TestLetters.docxText;
import static fr.reperes.letters.TestLetters.pdfText;
import static fr.reperes.letters.TestLetters.plain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a user types is printed as typed and never interpreted: markup is escaped in the preview and the PDF,
 * template syntax is printed, not executed, very long or right-to-left text and emoji go through every format.
 */
class HostileInputTest {

    private static final LetterService LETTERS = TestLetters.service();
    private static final LetterId ID = LetterId.SAISINE_JUGE_MAINLEVEE;
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String TEMPLATE = "{{prenom}} {{#par_la_personne}}OUI{{/par_la_personne}} {{{nom}}}";
    private static final String ARABIC = "مريم بن علي";
    private static final String HEBREW = "שלום עולם";
    private static final String EMOJI = "Très bien 😀👍🏽";

    private static Map<String, String> values(Map<String, String> hostile) {
        Map<String, String> values = new LinkedHashMap<>(TestLetters.sample(LETTERS.letter(ID).orElseThrow(), Signatory.PERSON));
        values.putAll(hostile);
        return values;
    }

    @Test
    void markupTypedByAUserIsEscapedInThePreviewAndPrintedAsTextInEveryFormat() throws Exception {
        ComposedLetter letter = LETTERS.compose(ID, values(Map.of("nom", SCRIPT, "motifs", SCRIPT + "\n<b>gras</b>")));

        String preview = LETTERS.html(letter);
        assertThat(preview).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;b&gt;gras&lt;/b&gt;");
        assertThat(LETTERS.htmlDocument(letter)).doesNotContain("<script").doesNotContain("<b>");
        assertThat(plain(pdfText(LETTERS.pdf(letter)))).contains(SCRIPT).contains("<b>gras</b>");
        byte[] docx = LETTERS.docx(letter);
        assertThat(docxText(docx)).contains(SCRIPT);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getDocument().xmlText()).contains("&lt;script>").doesNotContain("<script>");
        }
        assertThat(LETTERS.text(letter, true)).contains(SCRIPT);
    }

    @Test
    void templateSyntaxTypedByAUserIsPrintedAndNeverExecuted() {
        ComposedLetter letter = LETTERS.compose(ID, values(Map.of("motifs", TEMPLATE, "etablissement", "{{nom}}")));

        assertThat(letter.body()).contains(TEMPLATE).contains("par l'établissement suivant\u00A0: {{nom}}")
                .doesNotContain("OUI Durand");
        assertThat(LETTERS.html(letter)).contains("{{prenom}}").contains("{{#par_la_personne}}OUI");
        assertThat(plain(pdfText(LETTERS.pdf(letter)))).contains("{{prenom}}").contains("{{{nom}}}");
        assertThat(docxText(LETTERS.docx(letter))).contains(TEMPLATE);
        assertThat(LETTERS.text(letter, false)).contains(TEMPLATE);
    }

    @Test
    void aTenKilobyteValueIsRefusedByTheFormButStillRendersEverywhereWithoutLoss() {
        String huge = "Motif très long. ".repeat(600) + "FIN-DU-TEXTE";
        String word = "a".repeat(10_240);
        Map<String, String> values = values(Map.of("motifs", huge, "etablissement", word));
        assertThat(LETTERS.validate(ID, values)).containsKeys("motifs", "etablissement");

        ComposedLetter letter = LETTERS.preview(ID, values);
        assertThat(LETTERS.html(letter)).contains("FIN-DU-TEXTE").contains(word);
        String pdf = pdfText(LETTERS.pdf(letter)).replaceAll("\\s+", "");
        assertThat(pdf).contains("FIN-DU-TEXTE").contains("a".repeat(2000));
        assertThat(docxText(LETTERS.docx(letter))).contains("FIN-DU-TEXTE").contains(word);
        assertThat(LETTERS.text(letter, true)).contains(word);
    }

    @Test
    void rightToLeftNamesAndEmojiGoThroughEveryFormat() {
        ComposedLetter letter = LETTERS.compose(ID, values(Map.of("prenom", ARABIC, "nom", HEBREW, "motifs", EMOJI)));

        assertThat(LETTERS.html(letter)).contains(ARABIC).contains(HEBREW).contains(EMOJI);
        assertThat(docxText(LETTERS.docx(letter))).contains(ARABIC).contains(HEBREW).contains(EMOJI);
        assertThat(LETTERS.text(letter, false)).contains(ARABIC).contains(HEBREW).contains(EMOJI);
        String pdf = pdfText(LETTERS.pdf(letter));
        assertThat(pdf).as("les lettres arabes et hébraïques sont dans le PDF (police DejaVu)")
                .containsPattern("[\\u0600-\\u06FF]").containsPattern("[\\u05D0-\\u05EA]").contains("Très bien");
    }

    @Test
    void invisibleBidirectionalOverridesAndControlCharactersAreDropped() {
        String spoofed = "Durand\u202Etxet\u202C\u0000\u0007";
        ComposedLetter letter = LETTERS.compose(ID, values(Map.of("nom", spoofed)));

        assertThat(letter.sender().getFirst()).isEqualTo("Camille Durandtxet");
        assertThat(LETTERS.html(letter)).doesNotContain("\u202E").doesNotContain("\u0000");
        assertThat(new String(LETTERS.export(letter, ExportFormat.TXT).bytes(), StandardCharsets.UTF_8))
                .doesNotContain("\u202E");
        assertThat(docxText(LETTERS.docx(letter))).contains("Durandtxet");
    }
}
