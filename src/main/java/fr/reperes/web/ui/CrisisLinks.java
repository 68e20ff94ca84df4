package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The crisis numbers, one tap away on every page (tel: links). */
final class CrisisLinks {

    private CrisisLinks() {
    }

    /** A thin band at the top of every page. */
    static Div banner() {
        Div band = new Div(new Span("Besoin d'aide tout de suite ? "),
                call("3114", "3114 (prévention du suicide, 24 h/24)"), new Span(" · "),
                call("15", "15 (SAMU)"), new Span(" · "),
                call("112", "112 (urgences)"));
        band.addClassName("urgence");
        band.getElement().setAttribute("role", "region");
        band.getElement().setAttribute("aria-label", "Numéros d'urgence");
        return band;
    }

    /** The same numbers, in the menu. */
    static Div compact() {
        Div box = new Div(new Span("Urgence : "), call("3114", "3114"), new Span(" · "), call("15", "15"),
                new Span(" · "), call("112", "112"));
        box.addClassName("urgence-menu");
        return box;
    }

    private static Anchor call(String number, String text) {
        Anchor link = new Anchor("tel:" + number, text);
        link.addClassName("appel");
        return link;
    }
}
