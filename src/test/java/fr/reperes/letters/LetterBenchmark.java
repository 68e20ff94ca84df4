package fr.reperes.letters;

import fr.reperes.BenchmarkReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.reperes.Timings.percentile;
import static fr.reperes.Timings.millis;

/**
 * Not a test: warm generation time of each letter (p50 and p90 over repeated runs, one thread), against the
 * budgets of the Letters issue (PDF ≤ 150 ms, DOCX ≤ 50 ms). On request, also writes the first page of one letter per
 * family (and one instruction page) as PNG under docs/letters/, for review (not by default: rendering the pages
 * again changes the files' bytes without changing what they show).
 * Run: mvn -B -Pbenchmarks test -Dtest=LetterBenchmark [-Dletters.pictures=true]
 */
class LetterBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 40;
    private static final double PDF_BUDGET_MS = 150;
    private static final double DOCX_BUDGET_MS = 50;
    private static final Path PICTURES = Path.of("docs", "letters");

    @Test
    void pdfAndDocxGenerationTimePerLetter() throws IOException {
        LetterService letters = TestLetters.service();
        List<ComposedLetter> composed = new ArrayList<>();
        for (Letter letter : letters.letters()) {
            composed.add(letters.compose(letter.id(), TestLetters.sample(letter, letter.signatories().getFirst().signatory())));
        }
        for (int i = 0; i < WARM_UP; i++) {
            composed.forEach(letter -> {
                letters.pdf(letter);
                letters.docx(letter);
            });
        }
        System.out.printf(Locale.ROOT, "%n%-42s %10s %10s %10s %10s %8s%n", "lettre", "PDF p50", "PDF p90",
                "DOCX p50", "DOCX p90", "PDF ko");
        List<Double> allPdf = new ArrayList<>();
        List<Double> allDocx = new ArrayList<>();
        for (ComposedLetter letter : composed) {
            double[] pdf = millis(RUNS, () -> letters.pdf(letter));
            double[] docx = millis(RUNS, () -> letters.docx(letter));
            Arrays.stream(pdf).forEach(allPdf::add);
            Arrays.stream(docx).forEach(allDocx::add);
            System.out.printf(Locale.ROOT, "%-42s %8.1fms %8.1fms %8.1fms %8.1fms %8d%n", letter.letterId(),
                    percentile(pdf, 50), percentile(pdf, 90), percentile(docx, 50), percentile(docx, 90),
                    letters.pdf(letter).length / 1024);
        }
        double pdf50 = percentile(allPdf.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        double docx50 = percentile(allDocx.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        double worstPdf = composed.stream().mapToDouble(l -> percentile(millis(RUNS, () -> letters.pdf(l)), 50)).max().orElse(0);
        System.out.printf(Locale.ROOT, "%nToutes lettres : PDF p50 %.1f ms (budget %.0f ms, %s), DOCX p50 %.1f ms (budget %.0f ms, %s)%n",
                pdf50, PDF_BUDGET_MS, pdf50 <= PDF_BUDGET_MS ? "respecté" : "DÉPASSÉ",
                docx50, DOCX_BUDGET_MS, docx50 <= DOCX_BUDGET_MS ? "respecté" : "DÉPASSÉ");
        System.out.printf(Locale.ROOT, "Lettre la plus lente en PDF (p50) : %.1f ms%n", worstPdf);
        System.out.printf(Locale.ROOT, "JVM : %s, %d processeurs%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        new BenchmarkReport("letters")
                .row("Lettres — PDF (" + composed.size() + " lettres, un fil)", "p50 %.1f ms (budget ≤ %.0f ms) ; "
                        + "lettre la plus lente %.1f ms", pdf50, PDF_BUDGET_MS, worstPdf)
                .row("Lettres — DOCX", "p50 %.1f ms (budget ≤ %.0f ms)", docx50, DOCX_BUDGET_MS)
                .write();
        if (Boolean.getBoolean("letters.pictures")) {
            writePictures(letters, composed);
        }
    }

    private static void writePictures(LetterService letters, List<ComposedLetter> composed) throws IOException {
        Files.createDirectories(PICTURES);
        Set<String> families = new HashSet<>();
        for (ComposedLetter letter : composed) {
            String family = letters.letter(letter.letterId()).orElseThrow().family();
            if (families.add(family)) {
                page(letters.pdf(letter), 0, PICTURES.resolve(family + "-" + letter.letterId() + ".png"));
            }
        }
        ComposedLetter first = composed.getFirst();
        byte[] pdf = letters.pdf(first);
        int instructions = 1;
        while (!TestLetters.pdfPageText(pdf, instructions).contains("Comment envoyer votre lettre")) {
            instructions++;
        }
        page(pdf, instructions - 1, PICTURES.resolve("instructions-" + first.letterId() + ".png"));
        System.out.println("Pages PNG écrites dans " + PICTURES.toAbsolutePath());
    }

    private static void page(byte[] pdf, int index, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(index, 80), "png", target.toFile());
        }
    }
}
