package fr.reperes.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.content.ui.FichesView;
import fr.reperes.search.SearchTexts;

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
        ideas.add(new ListItem(new Anchor("fiches/glossaire", "Consulter le glossaire des sigles et des mots")));
        ideas.add(new ListItem(new RouterLink("Parcourir toutes les fiches par thème", FichesView.class)));
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
