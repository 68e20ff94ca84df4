package fr.reperes.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.reperes.core.Links;
import fr.reperes.search.SearchCorpus;
import fr.reperes.search.SearchTexts;
import fr.reperes.web.navigation.Destination;

import java.util.Set;

/** What the page says when there is nothing to show yet, or nothing found: ideas and ways forward. */
final class SearchHelp {

    private SearchHelp() {
    }

    /** While nothing is typed: searches that show the kind of words the search understands. */
    static Component suggestions(SearchTexts texts) {
        UnorderedList list = new UnorderedList();
        for (String suggestion : texts.suggestions()) {
            list.add(new ListItem(new Anchor(SearchView.address(suggestion, Set.of()), suggestion)));
        }
        Paragraph title = new Paragraph(texts.suggestionsTitle());
        title.addClassName("titre-aide");
        return block("suggestions", title, list);
    }

    /** Ideas when nothing is found (the status above already says « Aucun résultat pour … »). */
    static Component noResult(SearchTexts texts, boolean filtered) {
        Paragraph title = new Paragraph(texts.ideasTitle());
        title.addClassName("titre-aide");
        UnorderedList ideas = new UnorderedList();
        if (filtered) {
            ideas.add(new ListItem(texts.filterIdea()));
        }
        texts.ideas().forEach(idea -> ideas.add(new ListItem(idea)));
        ideas.add(new ListItem(new Anchor(Links.page(SearchCorpus.GLOSSARY), "Consulter le glossaire des sigles et des mots")));
        ideas.add(new ListItem(Destination.PAGES.link("Parcourir toutes les fiches par thème")));
        return block("sans-resultat", title, ideas);
    }

    static Component note(String text) {
        return block("note-recherche", new Paragraph(text));
    }

    private static Div block(String className, Component... parts) {
        Div block = new Div(parts);
        block.addClassName(className);
        return block;
    }
}
