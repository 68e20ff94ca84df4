package fr.reperes.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a slow connection the browser should learn of every start-up script with the page, not one import level at a
 * time. The entry script below is shaped like the one Vite writes for Vaadin's production bundle: static imports of a
 * shared chunk, and dynamic imports with their dependency lists.
 */
class StartupScriptsPreloadTest {

    private static final String ENTRY = "indexhtml-tlCBzP6y.js";
    private static final String ENTRY_SCRIPT = """
            import{_ as e}from"./chunk-BxBETWbe.js";
            const t=()=>e(()=>import("./generated-flow-imports-CJGnG44V.js"),__vite__mapDeps([0,1,2]));
            const f=()=>e(()=>import(`./FlowClient-BQgxyul_.js`),[]);
            const b=()=>e(()=>import(`./FlowBootstrap-CSTQF7LY.js`),[]);
            function __vite__mapDeps(i,m=__vite__mapDeps,d=(m.f||(m.f=["./generated-flow-imports-CJGnG44V.js",
            "./chunk-BxBETWbe.js","./vaadin-notification-DUuvB9wK.js","./indexhtml-tlCBzP6y.js"])))
            {return i.map(i=>d[i])}
            """;

    private static Document bootstrapPage() {
        return Jsoup.parse("""
                <!DOCTYPE html><html><head><meta charset="UTF-8">
                <script type="module" crossorigin src="./VAADIN/build/indexhtml-tlCBzP6y.js"></script>
                <link rel="modulepreload" crossorigin href="./VAADIN/build/chunk-BxBETWbe.js">
                </head><body></body></html>""");
    }

    @Test
    void theEntryScriptsSiblingsAreListedOnceInTheOrderItNamesThem() {
        assertThat(StartupScriptsPreload.filesNamedIn(ENTRY, ENTRY_SCRIPT)).containsExactly(
                "chunk-BxBETWbe.js", "generated-flow-imports-CJGnG44V.js", "FlowClient-BQgxyul_.js",
                "FlowBootstrap-CSTQF7LY.js", "vaadin-notification-DUuvB9wK.js");
    }

    @Test
    void everyStartUpScriptIsAskedForWithThePageAndNothingTwice(@TempDir Path bundle) throws IOException {
        Path build = bundle.resolve(StartupScriptsPreload.BUNDLE);
        Files.createDirectories(build);
        Files.writeString(build.resolve(ENTRY), ENTRY_SCRIPT);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {bundle.toUri().toURL()}, null)) {
            Document page = bootstrapPage();
            new StartupScriptsPreload(loader).addPreloads(page);

            assertThat(page.head().select("link[rel=modulepreload]").eachAttr("href")).containsExactly(
                    "./VAADIN/build/generated-flow-imports-CJGnG44V.js", "./VAADIN/build/FlowClient-BQgxyul_.js",
                    "./VAADIN/build/FlowBootstrap-CSTQF7LY.js", "./VAADIN/build/vaadin-notification-DUuvB9wK.js",
                    "./VAADIN/build/chunk-BxBETWbe.js");
            assertThat(page.head().select("link[rel=modulepreload]")).allSatisfy(link ->
                    assertThat(link.hasAttr("crossorigin")).isTrue());
        }
    }

    @Test
    void withoutTheProductionBundleThePageIsLeftAsItIs(@TempDir Path nothing) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {nothing.toUri().toURL()}, null)) {
            Document page = bootstrapPage();
            String before = page.outerHtml();
            new StartupScriptsPreload(loader).addPreloads(page);
            assertThat(page.outerHtml()).isEqualTo(before);
        }
    }
}
