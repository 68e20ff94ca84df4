package fr.reperes.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.search.SearchHit;

import java.util.List;

/**
 * The results, best first: for each, the title as a link (a heading, so that a screen reader can jump from one
 * result to the next), what it is (fiche, glossaire, lettre) and the passage that matched.
 */
final class ResultList extends OrderedList {

    ResultList() {
        addClassName("resultats");
        setVisible(false);
    }

    void show(List<SearchHit> hits) {
        removeAll();
        hits.forEach(hit -> add(item(hit)));
        setVisible(!hits.isEmpty());
    }

    private static ListItem item(SearchHit hit) {
        // Relative to the application's base address, like every link of the router.
        Anchor link = new Anchor(hit.url().substring(1), hit.title());
        Paragraph type = new Paragraph(hit.type().label());
        type.addClassName("type-resultat");
        // The snippet is escaped by the search; the only markup it carries is <mark> around the words found.
        Html snippet = new Html("<p class=\"extrait\">" + hit.snippet() + "</p>");
        ListItem item = new ListItem(new H2(link), type, snippet);
        item.addClassName("resultat");
        return item;
    }
}
