package fr.reperes.search;

import fr.reperes.content.ContentLibrary;
import fr.reperes.content.MarkdownRenderer;
import fr.reperes.content.PageLoader;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;

import java.time.Clock;
import java.time.ZoneId;

/** The search over the real {@code content/} folder, built without Spring (as the application builds it). */
final class RealSearch {

    private static SearchService service;

    private RealSearch() {
    }

    static synchronized SearchService service() {
        if (service == null) {
            service = new SearchService(corpus(), analysis());
        }
        return service;
    }

    static ContentFiles files() {
        return new ContentFiles("classpath:content/");
    }

    static SearchCorpus corpus() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        ContentFiles files = files();
        ContentLibrary library = new ContentLibrary(files,
                new PageLoader(renderer, new ContentReader(), Clock.system(ZoneId.of("Europe/Paris"))), renderer);
        return new SearchCorpus(library, files, renderer, new ContentReader());
    }

    static FrenchAnalysis analysis() {
        return new FrenchAnalysis(files());
    }
}
