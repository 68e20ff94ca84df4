package fr.reperes.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * XHTML to a tagged PDF (PDF/UA, PDF/A-3u): A4, DejaVu Sans embedded (every French character, and many others),
 * language and title from the document. Nothing is written to disk; no external resource is ever fetched, and the
 * renderer's diagnostics are dropped so that no letter text reaches a log.
 *
 * <p>The fonts are read and parsed once, not for each document: parsing DejaVu Sans took about a fifth of the
 * processor time of a letter. A parsed font is not safe for two documents at once, so each document borrows a set
 * of the four styles from a pool and gives it back; the pool holds as many sets as documents were ever made at the
 * same time (at most the number of rendering slots, see {@link PdfDocuments#rendering}).
 */
final class PdfRenderer {

    static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regular = resource(FONTS + "DejaVuSans.ttf");
    private final byte[] bold = resource(FONTS + "DejaVuSans-Bold.ttf");
    private final byte[] italic = resource(FONTS + "DejaVuSans-Oblique.ttf");
    private final byte[] boldItalic = resource(FONTS + "DejaVuSans-BoldOblique.ttf");
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final MetricsCache metrics = new MetricsCache();
    private final Queue<FontSet> idleFonts = new ConcurrentLinkedQueue<>();

    PdfRenderer() {
        // The renderer logs timings and, on problems, pieces of the document through its own global logger:
        // switched off, so that nothing about a letter ever reaches a log.
        XRLog.setLoggingEnabled(false);
    }

    byte[] render(String xhtml) {
        FontSet fonts = idleFonts.poll();
        if (fonts == null) {
            fonts = new FontSet(regular, bold, italic, boldItalic);
        }
        try {
            return render(xhtml, fonts);
        } finally {
            idleFonts.offer(fonts);
        }
    }

    private byte[] render(String xhtml, FontSet fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(colorProfile)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withDiagnosticConsumer(diagnostic -> { })
                    .withProducer("Repères")
                    .useUnicodeLineBreaker(new ArticleAwareLineBreaker())
                    .useFont(new EmbeddedFont(document, fonts.regular), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(new EmbeddedFont(document, fonts.bold), FAMILY, 700, FontStyle.NORMAL, true)
                    .useFont(new EmbeddedFont(document, fonts.italic), FAMILY, 400, FontStyle.ITALIC, true)
                    .useFont(new EmbeddedFont(document, fonts.boldItalic), FAMILY, 700, FontStyle.ITALIC, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Fabrication du PDF impossible", e);
        }
        return out.toByteArray();
    }

    /** Fonts parsed so far (one set per document made at the same time), for the tests. */
    int parsedFontSets() {
        return idleFonts.size();
    }

    static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Ressource introuvable sur le classpath : " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four styles of DejaVu Sans, parsed; used by one document at a time. */
    private static final class FontSet {
        final TrueTypeFont regular;
        final TrueTypeFont bold;
        final TrueTypeFont italic;
        final TrueTypeFont boldItalic;

        FontSet(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
            this.regular = parse(regular);
            this.bold = parse(bold);
            this.italic = parse(italic);
            this.boldItalic = parse(boldItalic);
        }

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException("Police illisible", e);
            }
        }
    }

    /**
     * A style of the font for one document, embedded as a subset of the glyphs used, and only if the document uses
     * that style (the renderer asks for it when it first draws text in it). The parsed font is not closed with the
     * document: it goes back to the pool.
     */
    private static final class EmbeddedFont extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont embedded;

        EmbeddedFont(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Police impossible à intégrer", e);
                }
            }
            return embedded;
        }
    }

    /** Font metrics shared between documents (they depend on the font only), safe across request threads. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> store = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            store.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return store.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return store.get(key);
        }
    }
}
