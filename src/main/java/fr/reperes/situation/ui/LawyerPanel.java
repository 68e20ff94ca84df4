package fr.reperes.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.reperes.situation.LawyerNotes;
import fr.reperes.situation.LawyerNotes.FullReference;
import fr.reperes.situation.LawyerNotes.ReferenceGroup;
import fr.reperes.situation.SituationContent;
import fr.reperes.situation.SituationContent.CaseLawPoint;

import java.util.List;

/**
 * Shown on the result page when a lawyer answers: every article in full for each regime and step, the case-law
 * points that concern these regimes, and the situation as plain text with "Copier le résumé". The same text stays
 * in a read-only field, for copying by hand where the clipboard is refused.
 */
public class LawyerPanel extends Section {

    public static final String COPY = "Copier le résumé";
    public static final String SUMMARY_LABEL = "Résumé de la situation (texte brut)";

    private final SituationContent content;
    private final Paragraph status = new Paragraph();

    public LawyerPanel(LawyerNotes notes, SituationContent content) {
        this.content = content;
        addClassName("bloc-resultat");
        addClassName("vue-avocat");
        H2 title = new H2(content.text("avocat.titre"));
        title.setId("avocat");
        getElement().setAttribute("aria-labelledby", "avocat");
        add(title, new Paragraph(content.text("avocat.intro")));

        add(new H3(content.text("avocat.regimes")), groups(notes.regimes()));
        if (!notes.steps().isEmpty()) {
            add(new H3(content.text("avocat.demarches")), groups(notes.steps()));
        }

        add(new H3(content.text("avocat.jurisprudence")));
        if (notes.caseLaw().isEmpty()) {
            add(new Paragraph(content.text("avocat.jurisprudence-vide")));
        } else {
            add(new Paragraph(content.text("avocat.jurisprudence-intro")));
            UnorderedList points = new UnorderedList();
            points.addClassName("jurisprudence");
            for (CaseLawPoint point : notes.caseLaw()) {
                Span reference = new Span(point.reference());
                reference.addClassName("reference");
                points.add(new ListItem(new Paragraph(reference), new Paragraph(point.summary()),
                        references(content.text("libelles.textes") + " : ", point.legalBasis().stream()
                                .map(FullReference::of).toList())));
            }
            add(points);
        }

        add(new H3(content.text("avocat.resume")), new Paragraph(content.text("avocat.resume-aide")));
        TextArea summary = new TextArea(SUMMARY_LABEL);
        summary.setValue(notes.summary());
        summary.setReadOnly(true);
        summary.setWidthFull();
        // A long summary scrolls inside its field instead of stretching the page.
        summary.setMaxHeight("24rem");
        summary.addClassName("resume-texte");
        Button copy = new Button(COPY, click -> copy(notes.summary()));
        status.addClassName("etat-copie");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Div actions = new Div(copy, status);
        actions.addClassName("actions");
        add(summary, actions);
    }

    private void copy(String text) {
        status.setText("");
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", text)
                .then(Boolean.class,
                        copied -> status.setText(content.text(Boolean.TRUE.equals(copied) ? "avocat.copie-ok" : "avocat.copie-echec")),
                        failure -> status.setText(content.text("avocat.copie-echec"))));
    }

    private UnorderedList groups(List<ReferenceGroup> groups) {
        UnorderedList list = new UnorderedList();
        list.addClassName("textes-complets");
        for (ReferenceGroup group : groups) {
            Span name = new Span(group.title());
            name.addClassName("reference");
            list.add(new ListItem(new Paragraph(name), references("", group.references())));
        }
        return list;
    }

    private static Paragraph references(String lead, List<FullReference> references) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("textes");
        if (!lead.isEmpty()) {
            paragraph.add(new Span(lead));
        }
        for (int i = 0; i < references.size(); i++) {
            FullReference reference = references.get(i);
            if (i > 0) {
                paragraph.add(new Span(" ; "));
            }
            Component item;
            if (reference.url() == null) {
                item = new Span(reference.citation());
            } else {
                Anchor link = new Anchor(reference.url(), reference.citation());
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item = link;
            }
            paragraph.add(item);
        }
        return paragraph;
    }
}
