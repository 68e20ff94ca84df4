package fr.reperes.documents;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The tagged-PDF renderer of Repères (PDF/UA, PDF/A-3u, A4, DejaVu Sans embedded, no external resource, no log),
 * shared by the letters and the situation sheet so that every PDF is made one way, with one copy of the fonts.
 * The XHTML given must name its language ({@code lang="fr"}) and title, and use the font family
 * {@link #FONT_FAMILY}.
 *
 * <p>Documents (PDF, and the letters' DOCX through {@link #rendering}) are made on at most half the processor cores
 * at a time, the others waiting their turn. A document takes milliseconds to tens of milliseconds of processor and
 * megabytes of short-lived memory: under load (LoadBenchmark, 200 clients), letting every request render at once
 * filled the heap (1.7 GB in use) and made the quick answers — assessment, search, pages — wait behind the renders;
 * queueing the documents keeps the rest fast and serves more documents per second, not fewer.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = PdfRenderer.FAMILY;

    private final PdfRenderer renderer = new PdfRenderer();
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    /** A whole XHTML document (with its own {@code <style>}) to PDF bytes, in memory. */
    public byte[] render(String xhtml) {
        return rendering(() -> renderer.render(xhtml));
    }

    /** Runs the making of a document in one of the rendering slots, waiting for one to be free. */
    public <T> T rendering(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** A stylesheet for a PDF, read from the classpath (UTF-8); fails at start-up if it is missing. */
    public static String stylesheet(String classpathPath) {
        return new String(PdfRenderer.resource(classpathPath), StandardCharsets.UTF_8);
    }

    /** How many sets of parsed fonts the renderer holds (as many as documents were ever made at once). */
    int parsedFontSets() {
        return renderer.parsedFontSets();
    }
}
