package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The crisis numbers, one tap away on every page (tel: links); their words come from {@link CrisisWording}. */
final class CrisisLinks {

    private CrisisLinks() {
    }

    /** A thin band at the top of every page. */
    static Div banner(CrisisWording words) {
        Span question = new Span(words.text("question") + " ");
        question.addClassName("urgence-question");
        Div band = new Div(question);
        calls(band, words);
        band.addClassName("urgence");
        band.getElement().setAttribute("role", "region");
        band.getElement().setAttribute("aria-label", words.text("region-nom-accessible"));
        return band;
    }

    /** The same numbers, in the menu. */
    static Div compact(CrisisWording words) {
        Div box = new Div(new Span(words.text("menu") + " "));
        calls(box, words);
        box.addClassName("urgence-menu");
        return box;
    }

    private static void calls(Div box, CrisisWording words) {
        CrisisWording.NUMBERS.forEach(number -> box.add(call(number, words.purpose(number))));
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
