package fr.reperes.letters;

import java.util.List;

/** The letter as plain text, for e-mail or a word processor; the instructions follow it when asked. */
final class TextLetterRenderer {

    private TextLetterRenderer() {
    }

    static String render(ComposedLetter letter, LetterLayout layout, boolean withInstructions) {
        StringBuilder text = new StringBuilder(4096);
        block(text, letter.sender());
        block(text, letter.recipient());
        text.append(letter.placeAndDate()).append("\n\n");
        if (!letter.mention().isBlank()) {
            text.append(letter.mention()).append('\n');
        }
        text.append(layout.word("objet")).append(letter.object()).append("\n\n");
        text.append(letter.body()).append("\n\n");
        letter.signatures().forEach(signature -> block(text, signature));
        if (!letter.attachments().isEmpty()) {
            text.append(layout.word("pieces_jointes")).append('\n');
            letter.attachments().forEach(item -> text.append("- ").append(item).append('\n'));
            text.append('\n');
        }
        if (!letter.copies().isEmpty()) {
            text.append(layout.word("copie")).append(' ').append(String.join(" ; ", letter.copies())).append("\n\n");
        }
        if (withInstructions) {
            instructions(text, letter, layout);
        }
        return text.toString().strip() + "\n";
    }

    private static void instructions(StringBuilder text, ComposedLetter letter, LetterLayout layout) {
        ComposedLetter.Instructions instructions = letter.instructions();
        text.append("\n").append("=".repeat(60)).append('\n')
                .append(layout.word("instructions_titre").toUpperCase(java.util.Locale.FRENCH)).append('\n')
                .append(letter.title()).append(". ").append(layout.word("instructions_avertissement")).append('\n')
                .append("=".repeat(60)).append("\n\n");
        section(text, layout.word("a_qui"), List.of(instructions.recipient()));
        section(text, layout.word("comment_envoyer"), instructions.sending());
        section(text, layout.word("pieces_a_joindre"), instructions.attachments());
        section(text, layout.word("delai"), List.of(instructions.delay()));
        section(text, layout.word("sans_reponse"), instructions.withoutAnswer());
        section(text, layout.word("a_savoir"), instructions.notes());
        section(text, layout.word("textes"), instructions.legal());
        text.append(layout.word("pied")).append('\n');
    }

    private static void section(StringBuilder text, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        items.forEach(item -> text.append(items.size() > 1 ? "- " : "").append(item).append('\n'));
        text.append('\n');
    }

    private static void block(StringBuilder text, List<String> lines) {
        lines.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
    }
}
