package fr.reperes.content;

import fr.reperes.core.LegalReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code GET /api/pages/{slug}}: a page's metadata and HTML, for associations' and lawyers' tools. */
@RestController
@RequestMapping("/api/pages")
class PagesController {

    private final ContentLibrary library;

    PagesController(ContentLibrary library) {
        this.library = library;
    }

    record PageJson(String slug, String title, String summary, String theme, List<String> regimes,
                    List<String> audience, List<String> legal, List<String> sources, String reviewed,
                    List<String> keywords, String html) {

        static PageJson of(Page page) {
            return new PageJson(page.slug(), page.title(), page.summary(), page.theme().id(),
                    page.regimes().stream().map(Enum::name).toList(), page.audience(),
                    page.legal().stream().map(LegalReference::toString).toList(), page.sources(),
                    page.reviewed().toString(), page.keywords(), page.html());
        }
    }

    @GetMapping("/{slug}")
    ResponseEntity<?> page(@PathVariable String slug) {
        return library.page(slug).<ResponseEntity<?>>map(page -> ResponseEntity.ok(PageJson.of(page)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("erreur", "Page introuvable : aucune fiche ne porte ce nom.")));
    }

    @GetMapping
    List<Map<String, String>> index() {
        return library.pages().stream()
                .map(page -> Map.of("slug", page.slug(), "title", page.title(), "summary", page.summary()))
                .toList();
    }
}
