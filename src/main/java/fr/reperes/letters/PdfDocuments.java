package fr.reperes.letters;

import org.springframework.stereotype.Component;

/**
 * The letters' tagged-PDF renderer (PDF/UA, PDF/A-3u, A4, DejaVu Sans embedded, no external resource, no log)
 * offered to the other features, so that every PDF of Repères is made one way. The XHTML given must name its
 * language ({@code lang="fr"}) and title, and use the font family {@link #FONT_FAMILY}.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = PdfLetterRenderer.FAMILY;

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    /** A whole XHTML document (with its own {@code <style>}) to PDF bytes, in memory. */
    public byte[] render(String xhtml) {
        return renderer.render(xhtml);
    }
}
