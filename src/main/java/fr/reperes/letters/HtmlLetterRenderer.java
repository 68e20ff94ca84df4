package fr.reperes.letters;

import com.samskivert.mustache.Template;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter as XHTML, from the layouts {@code content/letters/_lettre.html} and {@code _instructions.html}. Every
 * piece goes through the HTML-escaping compiler: a {@code <script>} typed by a user is shown as text.
 */
final class HtmlLetterRenderer {

    private HtmlLetterRenderer() {
    }

    static String letter(Template page, ComposedLetter letter, LetterLayout layout) {
        Map<String, Object> context = new HashMap<>();
        context.put("libelles", layout.wording());
        context.put("expediteur", letter.sender());
        context.put("destinataire", letter.recipient());
        context.put("lieu_date", letter.placeAndDate());
        context.put("mention", letter.mention());
        context.put("objet", letter.object());
        context.put("paragraphes", BodyBlocks.of(letter.body()).blocks().stream()
                .map(block -> Map.<String, Object>of("liste", block.list(), "lignes", block.lines())).toList());
        context.put("signatures", letter.signatures().stream().map(lines -> Map.of("lignes", lines)).toList());
        context.put("pieces_jointes", letter.attachments());
        context.put("a_pieces_jointes", !letter.attachments().isEmpty());
        context.put("copies", letter.copies());
        context.put("a_copies", !letter.copies().isEmpty());
        return page.execute(context);
    }

    static String instructions(Template page, ComposedLetter letter, LetterLayout layout, LocalDate reviewed) {
        ComposedLetter.Instructions instructions = letter.instructions();
        Map<String, Object> context = new HashMap<>();
        context.put("libelles", layout.wording());
        context.put("titre", letter.title());
        context.put("a_qui", instructions.recipient());
        context.put("envoi", instructions.sending());
        context.put("pieces_jointes", instructions.attachments());
        context.put("a_pieces_jointes", !instructions.attachments().isEmpty());
        context.put("delai", instructions.delay());
        context.put("sans_reponse", instructions.withoutAnswer());
        context.put("notes", instructions.notes());
        context.put("a_notes", !instructions.notes().isEmpty());
        context.put("textes", instructions.legal());
        context.put("pied", layout.word("pied"));
        context.put("verifie", reviewed == null ? "" : layout.word("modele_verifie") + " " + LetterComposer.frenchDate(reviewed) + ".");
        return page.execute(context);
    }

    /** A whole XHTML document (the PDF's source): language, title, the letter page, then the instruction page. */
    static String document(String title, String css, List<String> pages) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(css).append("\n</style>\n</head>\n<body>\n");
        pages.forEach(page -> html.append(page).append('\n'));
        return html.append("</body>\n</html>\n").toString();
    }

    /** Escapes the five XML special characters; everything else stays as typed (UTF-8). */
    static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
