package fr.reperes.web.ui;

import com.vaadin.flow.component.Html;

/** A block of rendered content (already escaped and checked by the content library). */
final class SiteText {

    private SiteText() {
    }

    static Html of(String html) {
        return new Html("<div class=\"texte\">" + html + "</div>");
    }
}
