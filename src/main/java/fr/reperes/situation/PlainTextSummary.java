package fr.reperes.situation;

import fr.reperes.situation.SituationContent.CaseLawPoint;

import java.util.List;
import java.util.Locale;

/** The sheet as plain text, for a lawyer's file or an e-mail: same sections, same order, plus the case law. */
final class PlainTextSummary {

    private PlainTextSummary() {
    }

    static String of(SituationSheet sheet, List<CaseLawPoint> caseLaw, SituationContent content) {
        StringBuilder text = new StringBuilder(4096);
        text.append(content.text("titre").toUpperCase(Locale.FRENCH)).append(" (Repères)\n")
                .append(content.text("pied.etablie", "date", sheet.madeOn().format(SheetHtml.SHORT_DAY))).append(' ')
                .append(content.text("pied.information")).append('\n');
        if (sheet.contentReviewed() != null) {
            text.append(content.text("pied.verifie", "date", sheet.contentReviewed().format(SheetHtml.SHORT_DAY)))
                    .append('\n');
        }

        heading(text, content, "personne");
        sheet.concerned().forEach(detail -> item(text, detail.label() + " : " + detail.value()));
        empty(text, content, "personne", sheet.concerned());

        heading(text, content, "regimes");
        sheet.regimes().forEach(regime -> item(text, regime.label() + " — "
                + content.text("libelles.certitude").toLowerCase(Locale.FRENCH) + " : " + regime.certaintyLabel()
                + references(content, regime.legalBasis())));
        empty(text, content, "regimes", sheet.regimes());

        heading(text, content, "chronologie");
        sheet.chronology().forEach(event -> item(text, event.date().format(SheetHtml.DAY) + " — " + event.title()
                + (event.status() == TimelineEntry.Status.PAST ? "" : " (" + event.statusLabel() + ")")));
        empty(text, content, "chronologie", sheet.chronology());

        heading(text, content, "echeances");
        for (TimelineEntry deadline : sheet.deadlines()) {
            item(text, deadline.date().format(SheetHtml.DAY) + " — " + deadline.title() + " (" + deadline.statusLabel()
                    + ")" + references(content, deadline.legalBasis()));
            if (deadline.whatNow() != null) {
                text.append("  ").append(content.text("libelles.a-faire")).append(" : ").append(deadline.whatNow())
                        .append('\n');
            }
        }
        empty(text, content, "echeances", sheet.deadlines());

        heading(text, content, "recours");
        for (SituationSheet.Remedy remedy : sheet.remedies()) {
            item(text, remedy.title() + references(content, remedy.legalBasis()));
            text.append("  ").append(content.text("libelles.qui")).append(" : ").append(remedy.who()).append('\n');
        }
        empty(text, content, "recours", sheet.remedies());

        if (!sheet.warnings().isEmpty()) {
            heading(text, content, "alertes");
            sheet.warnings().forEach(warning -> item(text, warning));
        }

        heading(text, content, "lettres");
        sheet.letters().forEach(letter -> item(text, letter));
        empty(text, content, "lettres", sheet.letters());

        heading(text, content, "a-clarifier");
        sheet.toClarify().forEach(point -> item(text, point));
        empty(text, content, "a-clarifier", sheet.toClarify());

        if (!caseLaw.isEmpty()) {
            text.append('\n').append(content.text("avocat.jurisprudence").toUpperCase(Locale.FRENCH)).append('\n')
                    .append(content.text("avocat.jurisprudence-intro")).append('\n');
            caseLaw.forEach(point -> item(text, point.reference() + " : " + point.summary()
                    + references(content, point.legalBasis())));
        }
        return text.toString();
    }

    private static void heading(StringBuilder text, SituationContent content, String section) {
        text.append('\n').append(content.text("sections." + section).toUpperCase(Locale.FRENCH)).append('\n');
    }

    private static void item(StringBuilder text, String line) {
        text.append("- ").append(line).append('\n');
    }

    private static void empty(StringBuilder text, SituationContent content, String section, List<?> items) {
        if (items.isEmpty()) {
            text.append(content.text("vide." + section)).append('\n');
        }
    }

    private static String references(SituationContent content, List<String> references) {
        return references.isEmpty() ? "" : " (" + content.text("libelles.textes") + " : "
                + String.join(", ", references) + ")";
    }
}
