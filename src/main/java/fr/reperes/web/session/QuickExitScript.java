package fr.reperes.web.session;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts the quick-exit script ({@code sortie-rapide.js}) at the top of the {@code <head>} of every page, so that it
 * runs before Vaadin draws anything: the "Quitter rapidement" button and Shift pressed three times leave for the
 * neutral site, and Back after leaving never shows a page of Repères again.
 */
@Component
public class QuickExitScript implements VaadinServiceInitListener {

    private final String script;

    QuickExitScript(PrivacySettings settings) {
        try (InputStream in = QuickExitScript.class.getResourceAsStream("sortie-rapide.js")) {
            if (in == null) {
                throw new IllegalStateException("sortie-rapide.js introuvable dans le classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__NEUTRAL__", jsString(settings.quickExitUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().head().prependElement("script")
                .appendChild(new org.jsoup.nodes.DataNode(script)));
    }

    /** The script, with the neutral site's address filled in. */
    public String script() {
        return script;
    }

    /** A JavaScript string literal; the address comes from the configuration, escaped all the same. */
    static String jsString(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (c == '\'' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
