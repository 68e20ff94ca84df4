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
        Span question = new Span("Besoin d'aide tout de suite\u00a0? ");
        question.addClassName("urgence-question");
        Div band = new Div(question,
                call("3114", "prévention du suicide, 24\u00a0h/24"), new Span(" · "),
                call("15", "SAMU"), new Span(" · "),
                call("112", "urgences"));
        band.addClassName("urgence");
        band.getElement().setAttribute("role", "region");
        band.getElement().setAttribute("aria-label", "Numéros d'urgence");
        return band;
    }

    /** The same numbers, in the menu. */
    static Div compact() {
        Div box = new Div(new Span("Urgence\u00a0: "), call("3114", null), new Span(" · "), call("15", null),
                new Span(" · "), call("112", null));
        box.addClassName("urgence-menu");
        return box;
    }

    /** A call link: the number, and what it is for (hidden on narrow screens, kept for screen readers). */
    private static Anchor call(String number, String what) {
        Anchor link = new Anchor("tel:" + number, number);
        link.addClassName("appel");
        if (what != null) {
            Span detail = new Span(" (" + what + ")");
            detail.addClassName("appel-detail");
            link.add(detail);
            link.getElement().setAttribute("aria-label", number + ", " + what);
        }
        return link;
    }
}
