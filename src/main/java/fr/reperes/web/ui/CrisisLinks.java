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
        Div band = new Div(question, call("3114", "prévention du suicide"), call("15", "SAMU"),
                call("112", "urgences"));
        band.addClassName("urgence");
        band.getElement().setAttribute("role", "region");
        band.getElement().setAttribute("aria-label", "Numéros d'urgence");
        return band;
    }

    /** The same numbers, in the menu. */
    static Div compact() {
        Div box = new Div(new Span("Urgence\u00a0: "), call("3114", "prévention du suicide"), call("15", "SAMU"),
                call("112", "urgences"));
        box.addClassName("urgence-menu");
        return box;
    }

    /**
     * A call link, on every screen width: the number and what it is for ("3114 — prévention du suicide"), a touch
     * target of at least 44 px.
     */
    private static Anchor call(String number, String what) {
        Span digits = new Span(number);
        digits.addClassName("appel-numero");
        Span detail = new Span("\u00a0— " + what);
        detail.addClassName("appel-detail");
        Anchor link = new Anchor("tel:" + number, digits, detail);
        link.addClassName("appel");
        return link;
    }
}
