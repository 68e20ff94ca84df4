package fr.reperes.letters;

import com.samskivert.mustache.Template;

import java.time.LocalDate;
import java.util.HashMap;
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

}
