package fr.reperes.search;

import fr.reperes.content.ContentLibrary;
import fr.reperes.content.MarkdownRenderer;
import fr.reperes.content.Page;
import fr.reperes.core.Links;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the search can find, read from {@code content/}: the pages, each glossary entry on its own (a
 * person typing « HO » wants the definition, not the whole glossary), and the letters.
 */
@Component
public class SearchCorpus {

    /** The slug of the glossary page. */
    public static final String GLOSSARY = "glossaire";

    private final List<SearchDocument> documents;

    public SearchCorpus(ContentLibrary library, ContentFiles files, MarkdownRenderer renderer, ContentReader reader) {
        List<SearchDocument> all = new ArrayList<>();
        for (Page page : library.pages()) {
            all.add(page.slug().equals(GLOSSARY) ? glossaryPage(page) : page(page));
        }
        all.addAll(GlossaryEntries.of(files.readOne("pages/" + GLOSSARY + ".md"), renderer));
        all.addAll(LetterEntries.of(files.readOne(LetterEntries.FILE), reader));
        this.documents = List.copyOf(all);
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    private static SearchDocument page(Page page) {
        return new SearchDocument(page.slug(), ResultType.FICHE, "/" + Links.page(page.slug()), page.title(),
                page.summary(), page.keywords(), page.toc().stream().map(Page.Heading::title).toList(), page.text(),
                page.regimes());
    }

    /**
     * The glossary page itself is found by what it is (« glossaire », « sigles », « lexique »), not by its body:
     * its body mentions every subject, so it would come up for everything. Its entries carry the body.
     */
    private static SearchDocument glossaryPage(Page page) {
        return new SearchDocument(page.slug(), ResultType.FICHE, "/" + Links.page(page.slug()), page.title(),
                page.summary(), page.keywords(), List.of(), "", Set.of());
    }
}
