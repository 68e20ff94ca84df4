package fr.reperes.web.navigation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

/**
 * A page another feature leads to. Typed, so that a view of one feature can send the user to a view of another
 * without importing it: the result page leads back to the summary and the summary to the result, and neither
 * package knows the other. A test checks that each destination is the address of a view.
 */
public enum Destination {
    HOME(Routes.HOME),
    QUESTIONNAIRE(Routes.QUESTIONNAIRE),
    SUMMARY(Routes.SUMMARY),
    RESULT(Routes.RESULT),
    PROCEDURE_DATES(Routes.PROCEDURE_DATES),
    SITUATION_SHEET(Routes.SITUATION_SHEET),
    SEARCH(Routes.SEARCH),
    PAGES(Routes.PAGES),
    LETTERS(Routes.LETTERS);

    private final String path;

    Destination(String path) {
        this.path = path;
    }

    /** The address, relative to the site's base: what a link's {@code href} holds. */
    public String path() {
        return path;
    }

    public void open(UI ui) {
        ui.navigate(path, QueryParameters.empty());
    }

    public void open(UI ui, QueryParameters parameters) {
        ui.navigate(path, parameters);
    }

    /** A plain link to this destination (followed by the router like any link of the page). */
    public Anchor link(String text) {
        return new Anchor(path, text);
    }
}
