package fr.reperes.letters;

import fr.reperes.core.LetterId;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter with the user's values put in: plain text pieces, not yet HTML, PDF or DOCX. User values are in it as
 * typed (cleaned of invisible control characters); each renderer escapes them for its format.
 *
 * @param body        the part the user may edit: from the salutation to the closing formula
 * @param signatures  one block of lines per signature (the person, the protector, the personne de confiance…)
 */
public record ComposedLetter(LetterId letterId, String title, LocalDate date, String fileBaseName, List<String> sender,
                             List<String> recipient, String placeAndDate, String mention, String object, String body,
                             List<List<String>> signatures, List<String> attachments, List<String> copies,
                             Instructions instructions) {

    public ComposedLetter {
        sender = List.copyOf(sender);
        recipient = List.copyOf(recipient);
        signatures = signatures.stream().map(List::copyOf).toList();
        attachments = List.copyOf(attachments);
        copies = List.copyOf(copies);
    }

    /** The same letter with a body the user edited. */
    public ComposedLetter withBody(String editedBody) {
        return new ComposedLetter(letterId, title, date, fileBaseName, sender, recipient, placeAndDate, mention,
                object, UserText.clean(editedBody, false), signatures, attachments, copies, instructions);
    }

    /** The separate page that says how to send the letter and what to do without an answer. */
    public record Instructions(String recipient, List<String> sending, List<String> attachments, String delay,
                               List<String> withoutAnswer, List<String> notes, List<String> legal) {

        public Instructions {
            sending = List.copyOf(sending);
            attachments = List.copyOf(attachments);
            withoutAnswer = List.copyOf(withoutAnswer);
            notes = List.copyOf(notes);
            legal = List.copyOf(legal);
        }
    }
}
