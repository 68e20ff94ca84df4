package fr.reperes.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF renderer parses its fonts once and lends them to one document at a time: documents made one after the
 * other, or many at once, must still each carry exactly their own text, in embedded subsets of DejaVu Sans — a
 * shared font used by two documents at once would mix up their glyphs.
 */
class PdfDocumentsTest {

    private static final String[] NAMES = {
        "Łucja Dąbrowska", "Zoë Lefèvre-Œuvray", "Ørjan Åberg", "Đorđe Šćepanović", "Ğülşen Yılmaz",
        "Ἀλέξανδρος Παπαδόπουλος", "Мария Иванова", "Ñuño Peña", "Ærøskøbing Ĳsselmeer", "Żaneta Źrebięta",
    };

    private static String document(String name) {
        return """
                <!DOCTYPE html>
                <html lang="fr"><head><title>Essai %1$s</title>
                <style>body { font-family: '%2$s'; }</style></head>
                <body><p>Madame, Monsieur, je soussignée <strong>%1$s</strong>, demande <em>mon dossier</em>.</p>
                </body></html>
                """.formatted(name, PdfDocuments.FONT_FAMILY);
    }

    @Test
    void documentsMadeOneAfterTheOtherReuseTheParsedFontsAndKeepTheirOwnText() throws IOException {
        PdfDocuments pdf = new PdfDocuments();
        for (String name : NAMES) {
            byte[] bytes = pdf.render(document(name));
            assertThat(text(bytes)).contains("je soussignée " + name + ", demande mon dossier.");
            assertEmbeddedDejaVu(bytes, name);
        }
        assertThat(pdf.parsedFontSets()).as("polices analysées une seule fois").isEqualTo(1);
    }

    @Test
    void documentsMadeAtTheSameTimeEachCarryTheirOwnText() throws Exception {
        PdfDocuments pdf = new PdfDocuments();
        List<Future<byte[]>> made = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int round = 0; round < 4; round++) {
                for (String name : NAMES) {
                    made.add(pool.submit(() -> pdf.render(document(name))));
                }
            }
        }
        for (int i = 0; i < made.size(); i++) {
            String name = NAMES[i % NAMES.length];
            byte[] bytes = made.get(i).get();
            assertThat(text(bytes)).as("document de " + name)
                    .contains("je soussignée " + name + ", demande mon dossier.");
            assertEmbeddedDejaVu(bytes, name);
        }
        int slots = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        assertThat(pdf.parsedFontSets()).as("au plus un jeu de polices par emplacement de rendu").isBetween(1, slots);
    }

    /** The text as read on the page, left to right (bold and italic runs are drawn after the plain ones). */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertEmbeddedDejaVu(byte[] bytes, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName font : resources.getFontNames()) {
                PDFont used = resources.getFont(font);
                assertThat(used.isEmbedded()).as("police intégrée pour " + name).isTrue();
                assertThat(used.getName()).contains("DejaVuSans");
                fonts++;
            }
            assertThat(fonts).as("regular, gras et italique utilisés, pas la quatrième").isEqualTo(3);
        }
    }
}
