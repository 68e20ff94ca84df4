package fr.reperes.assessment.ui;

import fr.reperes.procedure.ProcedureItem;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.core.Certainty;
import fr.reperes.core.LetterId;
import fr.reperes.core.Links;
import fr.reperes.core.Priority;

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
    private static final Map<Certainty, String> CERTAINTY = Map.of(
            Certainty.CERTAIN, "Certain (d'après vos réponses)",
            Certainty.PROBABLE, "Probable (d'après vos papiers ou votre situation)",
            Certainty.A_CONFIRMER, "À confirmer");
    private static final Map<Priority, String> PRIORITY = Map.of(
            Priority.URGENT, "Urgent", Priority.IMPORTANT, "Important",
            Priority.UTILE, "Utile");

    private ResultSections() {
    }

    static Details regimes(List<Assessment.Regime> regimes, boolean self) {
        Details section = section("Les règles qui s'appliquent, et pourquoi", "regimes");
        if (regimes.isEmpty()) {
            section.add(new Paragraph((self ? "Vos" : "Les") + " réponses ne permettent pas encore de dire quel régime s'applique."));
        }
        for (Assessment.Regime regime : regimes) {
            Div card = new Div(new H3(regime.label()));
            card.addClassName("regime");
            card.addClassName("certitude-" + regime.certainty().name().toLowerCase().replace('_', '-'));
            Paragraph certainty = new Paragraph("Certitude : " + (self ? CERTAINTY.get(regime.certainty())
                    : CERTAINTY.get(regime.certainty()).replace("vos réponses", "les réponses")
                    .replace("vos papiers ou votre situation", "ses papiers ou sa situation")));
            certainty.addClassName("certitude");
            card.add(certainty);
            if (!regime.because().isEmpty()) {
                card.add(new Paragraph("Pourquoi :"), list(regime.because()));
            }
            if (!regime.legalBasis().isEmpty()) {
                card.add(legalBasis(regime.legalBasis()));
            }
            section.add(card);
        }
        return section;
    }

    static Details warnings(List<Assessment.Warning> warnings) {
        Details section = section("Points d'alerte (" + warnings.size() + ")", "alertes");
        UnorderedList items = new UnorderedList();
        warnings.forEach(warning -> items.add(new ListItem(warning.text())));
        section.add(items);
        return section;
    }

    /** The deadlines, after {@code timeline} (the dates of the situation in order). */
    static Details deadlines(List<Assessment.Deadline> deadlines, com.vaadin.flow.component.Component timeline) {
        Details section = section("Délais et dates", "delais");
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
                Span passed = new Span(" (date dépassée)");
                passed.addClassName("depasse");
                item.add(passed);
            }
            if (deadline.whatNow() != null && !deadline.whatNow().isBlank()) {
                item.add(new Paragraph(deadline.whatNow()));
            }
            if (!deadline.legalBasis().isEmpty()) {
                item.add(legalBasis(deadline.legalBasis()));
            }
            items.add(item);
        }
        section.add(items);
        return section;
    }

    static Details steps(List<Assessment.Step> steps, boolean self) {
        Details section = section(self ? "Ce que vous pouvez faire, par priorité" : "Ce qui peut être fait, par priorité",
                "demarches");
        for (Priority priority : Priority.values()) {
            List<Assessment.Step> group = steps.stream().filter(step -> step.priority() == priority).toList();
            if (group.isEmpty()) {
                continue;
            }
            section.add(new H3(PRIORITY.get(priority)));
            UnorderedList items = new UnorderedList();
            items.addClassName("priorite-" + priority.name().toLowerCase());
            for (Assessment.Step step : group) {
                ListItem item = new ListItem(new Paragraph(new Span(step.title())), new Paragraph(step.body()));
                item.getChildren().findFirst().ifPresent(title -> title.getElement().getClassList().add("titre-demarche"));
                Div links = new Div();
                links.addClassName("liens-demarche");
                if (step.page() != null) {
                    links.add(new Anchor(Links.page(step.page()), "Lire la fiche"));
                }
                if (step.letter() != null) {
                    links.add(new Anchor(Links.letter(step.letter()), "Préparer la lettre"));
                }
                item.add(links);
                items.add(item);
            }
            section.add(items);
        }
        return section;
    }

    static Details letters(List<LetterId> offered, List<Assessment.NotOffered> notOffered,
                           java.util.function.Function<LetterId, String> titles) {
        Details section = section("Lettres (" + offered.size() + ")", "lettres");
        if (offered.isEmpty()) {
            section.add(new Paragraph("Aucune lettre n'est proposée pour cette situation."));
        } else {
            UnorderedList items = new UnorderedList();
            offered.forEach(id -> items.add(new ListItem(new Anchor(Links.letter(id), titles.apply(id)))));
            section.add(items);
        }
        if (!notOffered.isEmpty()) {
            section.add(new H3("Lettres non proposées, et pourquoi"));
            UnorderedList items = new UnorderedList();
            notOffered.forEach(no -> items.add(new ListItem(new Span(titles.apply(no.letter()) + " : "),
                    new Span(no.reason()))));
            section.add(items);
        }
        return section;
    }

    /** "Contrôle de la procédure": each point with its status in words (never by colour alone), detail, due date. */
    static Details procedure(List<ProcedureItem> items, ProcedureTexts texts) {
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
                card.add(new Paragraph(texts.text("section.echeance") + " : " + dueBy(item.dueBy())));
            }
            card.add(legalBasis(item.legalBasis()));
            section.add(card);
        }
        return section;
    }

    private static String dueBy(String dueBy) {
        if (dueBy.length() > 10) {
            java.time.LocalDateTime at = java.time.LocalDateTime.parse(dueBy);
            return at.toLocalDate().format(FRENCH_DATE) + " à " + at.getHour() + " h "
                    + String.format("%02d", at.getMinute());
        }
        return java.time.LocalDate.parse(dueBy).format(FRENCH_DATE);
    }

    static Details toClarify(List<String> points) {
        Details section = section("À clarifier (" + points.size() + ")", "a-clarifier");
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
    private static NativeDetails legalBasis(List<String> references) {
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
        NativeDetails folded = new NativeDetails("Textes de loi (" + references.size() + ")", paragraph);
        folded.addClassName("textes-de-loi");
        return folded;
    }
}
