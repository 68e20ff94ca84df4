package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The crisis numbers, one tap away on every page (tel: links). */
final class CrisisLinks {

    /** A number to call and what it is for. */
    record Call(String number, String what) {
    }

    /** The numbers, in the order shown: in the application's frame and on a fiche opened directly. */
    static final List<Call> NUMBERS = List.of(new Call("3114", "prévention du suicide"), new Call("15", "SAMU"),
            new Call("112", "urgences"));

    private CrisisLinks() {
    }

    /** A thin band at the top of every page. */
    static Div banner() {
        Span question = new Span("Besoin d'aide tout de suite\u00a0? ");
        question.addClassName("urgence-question");
        Div band = new Div(question);
        NUMBERS.forEach(call -> band.add(call(call)));
        band.addClassName("urgence");
        band.getElement().setAttribute("role", "region");
        band.getElement().setAttribute("aria-label", "Numéros d'urgence");
        return band;
    }

    /** The same numbers, in the menu. */
    static Div compact() {
        Div box = new Div(new Span("Urgence\u00a0: "));
        NUMBERS.forEach(call -> box.add(call(call)));
        box.addClassName("urgence-menu");
        return box;
    }

    /**
     * A call link, on every screen width: the number and what it is for ("3114 — prévention du suicide"), a touch
     * target of at least 44 px.
     */
    private static Anchor call(Call call) {
        String number = call.number();
        String what = call.what();
        Span digits = new Span(number);
        digits.addClassName("appel-numero");
        Span detail = new Span("\u00a0— " + what);
        detail.addClassName("appel-detail");
        Anchor link = new Anchor("tel:" + number, digits, detail);
        link.addClassName("appel");
        return link;
    }
}
