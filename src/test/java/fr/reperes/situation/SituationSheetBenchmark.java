package fr.reperes.situation;

import fr.reperes.assessment.Assessment;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

import static fr.reperes.Timings.millis;
import static fr.reperes.Timings.percentile;

/**
 * Not a test: warm time to build the sheet, its PDF, its agenda file and the lawyer's notes for the three
 * situations of the issue (p50 and p90, one thread), and the PDF's size. Also writes the sheet of the programme de
 * soins under SDRE with a curatelle as a PNG under docs/situation/, for the closing note.
 * Run: mvn -B -Pbenchmarks test -Dtest=SituationSheetBenchmark
 */
class SituationSheetBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = Integer.getInteger("sheet.runs", 50);
    private static final Path PICTURES = Path.of("docs", "situation");

    @Test
    void sheetPdfCalendarAndNotes() throws IOException {
        Map<String, Facts> situations = new LinkedHashMap<>();
        situations.put("SDT, hospitalisation complète", SituationFixtures.SDT_HOSPITALISED);
        situations.put("SDRE, programme de soins, curatelle", SituationFixtures.SDRE_PROGRAMME_CURATELLE);
        situations.put("injonction de soins", SituationFixtures.INJONCTION);
        SituationService service = SituationFixtures.SERVICE;

        System.out.printf(Locale.ROOT, "%n%-38s %9s %9s %9s %9s %9s %9s %7s%n", "situation", "fiche p50", "PDF p50",
                "PDF p90", "ics p50", "notes p50", "tout p50", "PDF ko");
        for (Map.Entry<String, Facts> entry : situations.entrySet()) {
            Facts facts = entry.getValue();
            Assessment assessment = SituationFixtures.ASSESSMENTS.assess(facts);
            List<LetterId> letters = List.of(LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.ACCES_DOSSIER_MEDICAL);
            SituationSheet sheet = service.sheet(facts, assessment, letters, true);
            for (int i = 0; i < WARM_UP; i++) {
                service.pdf(sheet);
                service.calendar(sheet);
                service.lawyerNotes(facts, assessment, sheet);
            }
            double[] build = millis(RUNS, () -> service.sheet(facts, assessment, letters, true));
            double[] pdf = millis(RUNS, () -> service.pdf(sheet));
            double[] ics = millis(RUNS, () -> service.calendar(sheet));
            double[] notes = millis(RUNS, () -> service.lawyerNotes(facts, assessment, sheet));
            double[] whole = millis(RUNS, () -> {
                Assessment fresh = SituationFixtures.ASSESSMENTS.assess(facts);
                return service.pdf(service.sheet(facts, fresh, letters, true));
            });
            System.out.printf(Locale.ROOT, "%-38s %7.2fms %7.1fms %7.1fms %7.2fms %7.2fms %7.1fms %7d%n", entry.getKey(),
                    percentile(build, 50), percentile(pdf, 50), percentile(pdf, 90), percentile(ics, 50),
                    percentile(notes, 50), percentile(whole, 50), service.pdf(sheet).bytes().length / 1024);
        }
        System.out.printf(Locale.ROOT, "JVM : %s, %d processeurs%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());

        Files.createDirectories(PICTURES);
        SituationSheet sample = SituationFixtures.sheet(SituationFixtures.SDRE_PROGRAMME_CURATELLE,
                LetterId.ACCES_DOSSIER_MEDICAL, LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
        Path picture = PICTURES.resolve("fiche-sdre-programme-de-soins-curatelle.png");
        try (PDDocument document = Loader.loadPDF(service.pdf(sample).bytes())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", picture.toFile());
        }
        System.out.println("Fiche PNG écrite dans " + picture.toAbsolutePath());

        // A lawyer's sheet with the dates of the papers: the procedure check and the chronology of the papers.
        SituationSheet procedure = SituationFixtures.sheet(SituationFixtures.SDT_HOSPITALISED.withEvents(List.of(
                new fr.reperes.core.ProcedureEvent(fr.reperes.core.ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-16T10:00"),
                new fr.reperes.core.ProcedureEvent(fr.reperes.core.ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-17T09:00"),
                new fr.reperes.core.ProcedureEvent(fr.reperes.core.ProcedureEvent.Type.CERTIFICATE_72H, "2026-11-19T12:00"),
                new fr.reperes.core.ProcedureEvent(fr.reperes.core.ProcedureEvent.Type.JUDGE_SEIZED, "2026-11-20"))));
        try (PDDocument document = Loader.loadPDF(service.pdf(procedure).bytes())) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                Path sheetPage = PICTURES.resolve("fiche-controle-procedure-page-" + (page + 1) + ".png");
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 100), "png", sheetPage.toFile());
                System.out.println("Fiche PNG écrite dans " + sheetPage.toAbsolutePath());
            }
        }
    }
}
