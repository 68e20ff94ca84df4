package fr.reperes.content;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.SourceFile;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The library of pages, loaded and validated once at start-up: invalid content stops the application with the
 * validation message, so a broken page is never served.
 */
@Service
public class ContentLibrary {

    private final Map<String, Page> pages;
    private final Map<String, MarkdownRenderer.Rendered> siteTexts = new LinkedHashMap<>();

    public ContentLibrary(ContentFiles files, PageLoader loader, MarkdownRenderer renderer) {
        this.pages = loader.load(files.read("pages/*.md")).stream()
                .collect(Collectors.toMap(Page::slug, page -> page, (a, b) -> a, LinkedHashMap::new));
        for (SourceFile site : files.read("site/*.md")) {
            siteTexts.put(site.fileName().replaceFirst("\\.md$", ""), renderer.render(site.text()));
        }
    }

    public Optional<Page> page(String slug) {
        return Optional.ofNullable(slug == null ? null : pages.get(slug));
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    /** Pages grouped by theme, in theme order, each group sorted by title. */
    public Map<PageTheme, List<Page>> pagesByTheme() {
        Map<PageTheme, List<Page>> grouped = new EnumMap<>(PageTheme.class);
        for (Page page : pages.values()) {
            grouped.computeIfAbsent(page.theme(), theme -> new java.util.ArrayList<>()).add(page);
        }
        grouped.values().forEach(list -> list.sort(Comparator.comparing(Page::title, String.CASE_INSENSITIVE_ORDER)));
        return grouped;
    }

    /** A fixed text of the site (home, privacy, about), rendered from {@code content/site/<name>.md}. */
    public String siteHtml(String name) {
        MarkdownRenderer.Rendered text = siteTexts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("Texte du site inconnu : " + name);
        }
        return text.html();
    }

    /** The most recent review date of the library: the date the content as a whole was last checked. */
    public LocalDate lastReviewed() {
        return pages.values().stream().map(Page::reviewed).max(Comparator.naturalOrder()).orElse(null);
    }
}
