package fr.reperes.assessment.ui;

import fr.reperes.procedure.ProcedureItem;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.core.LetterId;
import fr.reperes.core.Links;
import fr.reperes.core.Priority;
import fr.reperes.core.Voice;
import fr.reperes.assessment.ResultPageTexts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.reperes.assessment.Assessment;
import fr.reperes.core.LegalReference;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The blocks of the result page, each a titled section built from the assessment as it is. */
final class ResultSections {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The words of the page (content/assessment/page-resultat.yml) for the one answering. */
    record Words(ResultPageTexts texts, Voice voice) {
        String of(String name) {
            return texts.text(name, voice);
        }

        String of(String name, int count) {
            return texts.text(name, voice, Map.of("nombre", count));
        }
    }

    private ResultSections() {
    }

    static Details regimes(List<Assessment.Regime> regimes, Words words) {
        Details section = section(words.of("sections.regimes"), "regimes");
        if (regimes.isEmpty()) {
            section.add(new Paragraph(words.of("aucun-regime")));
        }
        for (Assessment.Regime regime : regimes) {
            Div card = new Div(new H3(regime.label()));
            card.addClassName("regime");
            card.addClassName("certitude-" + regime.certainty().name().toLowerCase().replace('_', '-'));
            Paragraph certainty = new Paragraph(words.texts().text("certitude", words.voice(),
                    Map.of("certitude", words.of("certitudes." + regime.certainty().name()))));
            certainty.addClassName("certitude");
            card.add(certainty);
            if (!regime.because().isEmpty()) {
                card.add(new Paragraph(words.of("pourquoi")), list(regime.because()));
            }
            if (!regime.legalBasis().isEmpty()) {
                card.add(legalBasis(regime.legalBasis(), words));
            }
            section.add(card);
        }
        return section;
    }

    static Details warnings(List<Assessment.Warning> warnings, Words words) {
        Details section = section(words.of("sections.alertes", warnings.size()), "alertes");
        UnorderedList items = new UnorderedList();
        warnings.forEach(warning -> items.add(new ListItem(warning.text())));
        section.add(items);
        return section;
    }

    /** The deadlines, after {@code timeline} (the dates of the situation in order). */
    static Details deadlines(List<Assessment.Deadline> deadlines, com.vaadin.flow.component.Component timeline,
                             Words words) {
        Details section = section(words.of("sections.delais"), "delais");
        section.add(timeline);
        if (deadlines.isEmpty()) {
            return section;
        }
        UnorderedList items = new UnorderedList();
        for (Assessment.Deadline deadline : deadlines) {
            // The legal last day heads the line; the label gives the cautious date to act by beside it.
            Span date = new Span(deadline.legalLastDay().format(FRENCH_DATE));
            date.addClassName("date");
            ListItem item = new ListItem(date, new Span(" — " + deadline.label()));
            if (deadline.passed()) {
                Span passed = new Span(" " + words.of("date-depassee"));
                passed.addClassName("depasse");
                item.add(passed);
            }
            if (deadline.whatNow() != null && !deadline.whatNow().isBlank()) {
                item.add(new Paragraph(deadline.whatNow()));
            }
            if (!deadline.legalBasis().isEmpty()) {
                item.add(legalBasis(deadline.legalBasis(), words));
            }
            items.add(item);
        }
        section.add(items);
        return section;
    }

    static Details steps(List<Assessment.Step> steps, Words words) {
        Details section = section(words.of("sections.demarches"), "demarches");
        for (Priority priority : Priority.values()) {
            List<Assessment.Step> group = steps.stream().filter(step -> step.priority() == priority).toList();
            if (group.isEmpty()) {
                continue;
            }
            section.add(new H3(words.of("priorites." + priority.name())));
            UnorderedList items = new UnorderedList();
            items.addClassName("priorite-" + priority.name().toLowerCase());
            for (Assessment.Step step : group) {
                ListItem item = new ListItem(new Paragraph(new Span(step.title())), new Paragraph(step.body()));
                item.getChildren().findFirst().ifPresent(title -> title.getElement().getClassList().add("titre-demarche"));
                Div links = new Div();
                links.addClassName("liens-demarche");
                if (step.page() != null) {
                    links.add(new Anchor(Links.page(step.page()), words.of("lire-la-fiche")));
                }
                if (step.letter() != null) {
                    links.add(new Anchor(Links.letter(step.letter()), words.of("preparer-la-lettre")));
                }
                item.add(links);
                items.add(item);
            }
            section.add(items);
        }
        return section;
    }

    static Details letters(List<LetterId> offered, List<Assessment.NotOffered> notOffered,
                           java.util.function.Function<LetterId, String> titles, Words words) {
        Details section = section(words.of("sections.lettres", offered.size()), "lettres");
        if (offered.isEmpty()) {
            section.add(new Paragraph(words.of("aucune-lettre")));
        } else {
            UnorderedList items = new UnorderedList();
            offered.forEach(id -> items.add(new ListItem(new Anchor(Links.letter(id), titles.apply(id)))));
            section.add(items);
        }
        if (!notOffered.isEmpty()) {
            section.add(new H3(words.of("lettres-non-proposees")));
            UnorderedList items = new UnorderedList();
            notOffered.forEach(no -> items.add(new ListItem(new Span(titles.apply(no.letter()) + " : "),
                    new Span(no.reason()))));
            section.add(items);
        }
        return section;
    }

    /** "Contrôle de la procédure": each point with its status in words (never by colour alone), detail, due date. */
    static Details procedure(List<ProcedureItem> items, ProcedureTexts texts, Words words) {
        Details section = section(texts.text("section.titre"), "controle-procedure");
        section.add(new Paragraph(texts.text("section.intro")));
        Anchor enter = fr.reperes.web.navigation.Destination.PROCEDURE_DATES.link(texts.text("saisie.lien"));
        enter.setId("lien-dates-procedure");
        section.add(new Paragraph(enter));
        for (ProcedureItem item : items) {
            Div card = new Div(new H3(item.label()));
            card.addClassName("point-procedure");
            card.addClassName("procedure-" + item.status().name().toLowerCase().replace('_', '-'));
            Paragraph status = new Paragraph(texts.text("statut." + item.status().name()));
            status.addClassName("statut-procedure");
            card.add(status, new Paragraph(item.detail()));
            if (item.dueBy() != null) {
                card.add(new Paragraph(texts.text("section.echeance") + " : " + dueBy(item.dueBy(), words)));
            }
            card.add(legalBasis(item.legalBasis(), words));
            section.add(card);
        }
        return section;
    }

    /** "27/03/2026", or with a time "27/03/2026 à 9 h 05" (the words around the time are in content). */
    private static String dueBy(String dueBy, Words words) {
        if (dueBy.length() > 10) {
            java.time.LocalDateTime at = java.time.LocalDateTime.parse(dueBy);
            return words.texts().text("date-et-heure", words.voice(), Map.of(
                    "date", at.toLocalDate().format(FRENCH_DATE), "heure", String.valueOf(at.getHour()),
                    "minutes", String.format("%02d", at.getMinute())));
        }
        return java.time.LocalDate.parse(dueBy).format(FRENCH_DATE);
    }

    static Details toClarify(List<String> points, Words words) {
        Details section = section(words.of("sections.a-clarifier", points.size()), "a-clarifier");
        section.add(list(points));
        return section;
    }

    /** A part of the detail, folded: its name is the button that opens it. */
    private static Details section(String title, String id) {
        Details section = new Details(title);
        section.setId(id);
        section.addClassName("bloc-resultat");
        section.addClassName("detail-resultat");
        return section;
    }

    private static UnorderedList list(List<String> texts) {
        UnorderedList items = new UnorderedList();
        texts.forEach(text -> items.add(new ListItem(text)));
        return items;
    }

    /** The articles of law of one item, kept but folded into one line: "Textes de loi (2)". */
    private static NativeDetails legalBasis(List<String> references, Words words) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("textes");
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            if (i > 0) {
                paragraph.add(new Span(", "));
            }
            paragraph.add(LegalReference.parse(reference)
                    .<com.vaadin.flow.component.Component>map(ref -> {
                        Anchor link = new Anchor(ref.legifranceUrl(), reference);
                        link.getElement().setAttribute("rel", "noopener noreferrer");
                        return link;
                    })
                    .orElseGet(() -> new Span(reference)));
        }
        NativeDetails folded = new NativeDetails(words.of("textes-de-loi", references.size()), paragraph);
        folded.addClassName("textes-de-loi");
        return folded;
    }
}
