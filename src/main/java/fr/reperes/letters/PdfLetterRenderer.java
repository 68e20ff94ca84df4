package fr.reperes.letters;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * XHTML to a tagged PDF (PDF/UA, PDF/A-3u): A4, DejaVu Sans embedded (every French character, and many others),
 * language and title from the document. Fonts are read once; nothing is written to disk; no external resource is
 * ever fetched, and the renderer's diagnostics are dropped so that no letter text reaches a log.
 */
final class PdfLetterRenderer {

    static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regular = resource(FONTS + "DejaVuSans.ttf");
    private final byte[] bold = resource(FONTS + "DejaVuSans-Bold.ttf");
    private final byte[] italic = resource(FONTS + "DejaVuSans-Oblique.ttf");
    private final byte[] boldItalic = resource(FONTS + "DejaVuSans-BoldOblique.ttf");
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final String css = new String(resource("/fr/reperes/letters/lettre-pdf.css"), StandardCharsets.UTF_8);
    private final MetricsCache metrics = new MetricsCache();

    PdfLetterRenderer() {
        // The renderer logs timings and, on problems, pieces of the document through its own global logger:
        // switched off, so that nothing about a letter ever reaches a log.
        XRLog.setLoggingEnabled(false);
    }

    String css() {
        return css;
    }

    byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
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
                    .useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true)
                    .useFont(() -> new ByteArrayInputStream(boldItalic), FAMILY, 700, FontStyle.ITALIC, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Fabrication du PDF impossible", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfLetterRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Ressource introuvable sur le classpath : " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
