package fr.reperes.situation;

import fr.reperes.procedure.ChronologyLine;
import fr.reperes.procedure.ProcedureStatus;
import fr.reperes.procedure.ProcedureItem;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.documents.Xhtml;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static fr.reperes.documents.Xhtml.escape;

/**
 * The sheet as XHTML, once for the print view and for the PDF, so that what is printed from the browser and what
 * is downloaded say the same. Every text is escaped: nothing typed can become markup. The wording comes from
 * {@code content/situation/fiche.yml}.
 */
final class SheetHtml {

    /** "lundi 16/11/2026": the weekday matters for a deadline, the digits for a file. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.FRENCH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** French typography: a non-breaking space before a colon, so that it never starts a line. */
    private static final String COLON = "\u00a0:";

    private final SituationContent content;
    private final ProcedureTexts procedure;

    SheetHtml(SituationContent content, ProcedureTexts procedure) {
        this.content = content;
        this.procedure = procedure;
    }

    /** The title and the introduction, one root element. */
    String header() {
        return "<div class=\"fiche-entete\"><h1>" + escape(content.text("titre")) + "</h1><p class=\"fiche-intro\">"
                + escape(content.text("intro")) + "</p></div>";
    }

    /** The sections and the footer, one root element. */
    String body(SituationSheet sheet) {
        StringBuilder html = new StringBuilder(8192).append("<div class=\"fiche\">");
        section(html, "personne", sheet.concerned().isEmpty());
        if (!sheet.concerned().isEmpty()) {
            html.append("<ul class=\"fiche-details\">");
            sheet.concerned().forEach(detail -> html.append("<li><span class=\"libelle\">").append(escape(detail.label()))
                    .append(COLON).append("</span> ").append(escape(detail.value())).append("</li>"));
            html.append("</ul>");
        }
        html.append("</section>");

        section(html, "regimes", sheet.regimes().isEmpty());
        if (!sheet.regimes().isEmpty()) {
            html.append("<ul>");
            for (SituationSheet.RegimeLine regime : sheet.regimes()) {
                html.append("<li><strong>").append(escape(regime.label())).append("</strong> — ")
                        .append(escape(content.text("libelles.certitude").toLowerCase(Locale.FRENCH))).append(COLON).append(' ')
                        .append(escape(regime.certaintyLabel()));
                references(html, regime.legalBasis());
                html.append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>");

        section(html, "chronologie", sheet.chronology().isEmpty());
        dates(html, sheet.chronology(), false);
        html.append("</section>");

        section(html, "echeances", sheet.deadlines().isEmpty());
        if (!sheet.deadlines().isEmpty()) {
            html.append("<p class=\"fiche-note\">").append(escape(content.text("libelles.calcul"))).append("</p>");
        }
        dates(html, sheet.deadlines(), true);
        html.append("</section>");

        if (!sheet.procedure().isEmpty()) {
            procedure(html, sheet.procedure(), sheet.procedureChronology());
        }

        section(html, "recours", sheet.remedies().isEmpty());
        if (!sheet.remedies().isEmpty()) {
            html.append("<ul>");
            for (SituationSheet.Remedy remedy : sheet.remedies()) {
                html.append("<li><strong>").append(escape(remedy.title())).append("</strong><br/>")
                        .append(escape(content.text("libelles.qui"))).append(COLON).append(' ').append(escape(remedy.who()));
                references(html, remedy.legalBasis());
                html.append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>");

        if (!sheet.warnings().isEmpty()) {
            section(html, "alertes", false);
            list(html, sheet.warnings());
            html.append("</section>");
        }

        section(html, "lettres", sheet.letters().isEmpty());
        list(html, sheet.letters());
        html.append("</section>");

        section(html, "a-clarifier", sheet.toClarify().isEmpty());
        list(html, sheet.toClarify());
        html.append("</section>");

        html.append("<div class=\"fiche-pied\"><p>")
                .append(escape(content.text("pied.etablie", "date", sheet.madeOn().format(SHORT_DAY)))).append(' ')
                .append(escape(content.text("pied.information")));
        if (sheet.contentReviewed() != null) {
            html.append(' ').append(escape(content.text("pied.verifie", "date",
                    sheet.contentReviewed().format(SHORT_DAY))));
        }
        html.append(' ').append(escape(content.text("pied.crise"))).append("</p></div>");
        return html.append("</div>").toString();
    }

    /** The whole document the PDF is made from: French, titled, with its own style sheet. */
    String document(SituationSheet sheet, String css) {
        return Xhtml.document(content.text("titre") + " — " + sheet.madeOn().format(SHORT_DAY), css,
                List.of("<div class=\"document\">" + header() + body(sheet) + "</div>"));
    }

    /** "Contrôle de la procédure": each point with its status in words, what was found, its due date and basis. */
    private void procedure(StringBuilder html, List<ProcedureItem> items, List<ChronologyLine> chronology) {
        html.append("<section class=\"fiche-section fiche-procedure\" aria-labelledby=\"fiche-procedure\">")
                .append("<h2 id=\"fiche-procedure\">").append(escape(procedure.text("section.titre"))).append("</h2>")
                .append("<p class=\"fiche-note\">").append(escape(procedure.text("section.intro"))).append("</p>");
        procedureChronology(html, chronology);
        html.append("<ul class=\"fiche-procedure-points\">");
        for (ProcedureItem item : items) {
            html.append("<li class=\"procedure-").append(item.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\"><strong>").append(escape(item.label())).append("</strong> — <span class=\"etat\">")
                    .append(escape(procedure.text("statut." + item.status().name()))).append("</span><br/>")
                    .append(escape(item.detail()));
            if (item.dueBy() != null) {
                html.append("<br/>").append(escape(procedure.text("section.echeance"))).append(COLON).append(' ')
                        .append(escape(dueBy(item.dueBy())));
            }
            references(html, item.legalBasis());
            html.append("</li>");
        }
        html.append("</ul>");
        html.append("</section>");
    }

    /** The events given and the acts missing, in time order; a late or missing act says so in words. */
    private void procedureChronology(StringBuilder html, List<ChronologyLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<h3>").append(escape(procedure.text("section.chronologie"))).append("</h3>")
                .append("<ol class=\"fiche-dates fiche-procedure-chronologie\">");
        for (ChronologyLine line : lines) {
            html.append("<li>").append(escape(dueBy(line.at()))).append(" — ").append(escape(line.label()));
            if (line.missing() && line.mark() == ProcedureStatus.NON_RESPECTE) {
                html.append(" — <span class=\"etat etat-depassee\">")
                        .append(escape(procedure.text("section.manquant-depasse"))).append("</span>");
            } else if (line.missing()) {
                html.append(" — <span class=\"etat etat-a-verifier\">").append(escape(procedure.text("section.manquant")))
                        .append("</span>");
            } else if (line.mark() != null) {
                html.append(" — <span class=\"etat etat-depassee\">")
                        .append(escape(procedure.text("statut." + line.mark().name()))).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ol>");
    }

    /** "2026-11-03T10:00" → "03/11/2026 à 10 h 00"; "2026-11-13" → "vendredi 13/11/2026". */
    static String dueBy(String dueBy) {
        if (dueBy.length() > 10) {
            java.time.LocalDateTime at = java.time.LocalDateTime.parse(dueBy);
            return at.toLocalDate().format(DAY) + " à " + at.getHour() + " h " + String.format("%02d", at.getMinute());
        }
        return LocalDate.parse(dueBy).format(DAY);
    }

    private void section(StringBuilder html, String name, boolean empty) {
        String id = "fiche-" + name;
        html.append("<section class=\"fiche-section fiche-").append(name).append("\" aria-labelledby=\"").append(id)
                .append("\"><h2 id=\"").append(id).append("\">").append(escape(content.text("sections." + name)))
                .append("</h2>");
        if (empty) {
            html.append("<p class=\"fiche-vide\">").append(escape(content.text("vide." + name))).append("</p>");
        }
    }

    private void dates(StringBuilder html, List<TimelineEntry> entries, boolean deadlines) {
        if (entries.isEmpty()) {
            return;
        }
        html.append("<ol class=\"fiche-dates\">");
        for (TimelineEntry entry : entries) {
            html.append("<li>").append(time(entry.date())).append(" — ").append(escape(entry.title()));
            if (deadlines || entry.status() != TimelineEntry.Status.PAST) {
                html.append(" — ").append(status(entry));
            }
            references(html, entry.legalBasis());
            if (deadlines && entry.status() == TimelineEntry.Status.PASSED && entry.whatNow() != null) {
                html.append("<br/><span class=\"a-faire\">").append(escape(content.text("libelles.a-faire")))
                        .append(COLON).append(' ').append(escape(entry.whatNow())).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ol>");
    }

    static String time(LocalDate date) {
        return "<time datetime=\"" + date + "\">" + escape(date.format(DAY)) + "</time>";
    }

    static String status(TimelineEntry entry) {
        String css = switch (entry.status()) {
            case PAST -> "etat-passe";
            case TODAY -> "etat-aujourd-hui";
            case COMING -> "etat-a-venir";
            case PASSED -> "etat-depassee";
        };
        return "<span class=\"etat " + css + "\">" + escape(entry.statusLabel()) + "</span>";
    }

    private void references(StringBuilder html, List<String> references) {
        if (!references.isEmpty()) {
            html.append(" <span class=\"textes\">(").append(escape(content.text("libelles.textes"))).append(COLON)
                    .append(' ');
            for (int i = 0; i < references.size(); i++) {
                // "CSP L.3211-12-1" is never cut at its hyphens or its space, nor parted from the closing bracket.
                html.append(i > 0 ? ", " : "").append("<span class=\"ref\">").append(escape(references.get(i)))
                        .append(i == references.size() - 1 ? ")" : "").append("</span>");
            }
            html.append("</span>");
        }
    }

    private static void list(StringBuilder html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }
}
