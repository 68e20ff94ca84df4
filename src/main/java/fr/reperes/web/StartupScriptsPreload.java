package fr.reperes.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the browser for every script of the application's start-up at once, as soon as the page arrives.
 *
 * <p>Without this, the production bundle's entry script names the rest of the start-up (the Flow client, its
 * bootstrap, the components of the frame) in dynamic imports: the browser learns of them only once the entry script
 * has arrived and run, then again one level down. On a slow 3G connection every such level costs two seconds of
 * latency. A {@code <link rel="modulepreload">} per file, put in the page's {@code <head>}, starts them all with the
 * entry script. The list is read from the entry script itself (the {@code ./name.js} files it names), once per
 * entry script: it changes with each build, never while the application runs.
 *
 * <p>Only the production bundle is concerned (its files under {@code META-INF/VAADIN/webapp/VAADIN/build/}); in
 * development mode the entry script is not found there and the page is left as it is. Same origin only: the CSP
 * does not change.
 */
@Component
class StartupScriptsPreload implements VaadinServiceInitListener {

    static final String BUNDLE = "META-INF/VAADIN/webapp/VAADIN/build/";
    private static final Pattern ENTRY = Pattern.compile("^\\./VAADIN/build/([A-Za-z0-9_.-]+\\.js)$");
    /** A sibling file named in the entry script: {@code "./x.js"}, {@code './x.js'} or {@code `./x.js`}. */
    private static final Pattern SIBLING = Pattern.compile("[\"'`]\\./([A-Za-z0-9_.-]+\\.js)[\"'`]");

    private final ClassLoader classLoader;
    /** Entry script name → the files to preload (empty when the entry is not in the production bundle). */
    private final Map<String, List<String>> preloads = new ConcurrentHashMap<>();

    StartupScriptsPreload() {
        this(StartupScriptsPreload.class.getClassLoader());
    }

    StartupScriptsPreload(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addPreloads);
    }

    void addPreloads(IndexHtmlResponse response) {
        addPreloads(response.getDocument());
    }

    /** Adds a modulepreload link, right after the entry script, for each start-up file it names. */
    void addPreloads(Document page) {
        for (Element script : page.head().select("script[type=module][src]")) {
            Matcher entry = ENTRY.matcher(script.attr("src"));
            if (!entry.matches()) {
                continue;
            }
            Set<String> already = new LinkedHashSet<>();
            page.head().select("link[rel=modulepreload][href]").forEach(link -> already.add(link.attr("href")));
            Element after = script;
            for (String file : preloads.computeIfAbsent(entry.group(1), this::startupFiles)) {
                String href = "./VAADIN/build/" + file;
                if (already.add(href)) {
                    Element link = new Element("link").attr("rel", "modulepreload").attr("crossorigin", "")
                            .attr("href", href);
                    after.after(link);
                    after = link;
                }
            }
        }
    }

    private List<String> startupFiles(String entry) {
        URL url = classLoader.getResource(BUNDLE + entry);
        if (url == null) {
            return List.of();
        }
        try (InputStream in = url.openStream()) {
            return filesNamedIn(entry, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Script de démarrage illisible : " + entry, e);
        }
    }

    /** The sibling scripts an entry script names, in the order it names them, without itself. */
    static List<String> filesNamedIn(String entry, String script) {
        Set<String> files = new LinkedHashSet<>();
        Matcher sibling = SIBLING.matcher(script);
        while (sibling.find()) {
            if (!sibling.group(1).equals(entry)) {
                files.add(sibling.group(1));
            }
        }
        return List.copyOf(files);
    }
}
