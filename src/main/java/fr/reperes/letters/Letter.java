package fr.reperes.letters;

import fr.reperes.core.LegalReference;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.Signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One letter of the catalogue ({@code content/letters/<id>.yml}): what it is for, where it fits, who may sign it,
 * its fields and its legal basis. Its templates are kept apart (see {@link LetterService}).
 *
 * @param family       the group it is listed under on the letters page
 * @param fileName     the name of downloaded files, after the date ({@code 2026-11-22-<fileName>.pdf})
 * @param underTutelle who signs by default when the person is under tutelle
 * @param recipient    to whom it is sent, in a sentence
 * @param otherLegal   texts outside the four codes (a law, a court opinion), written out
 */
public record Letter(LetterId id, String title, String description, String family, String fileName,
                     Set<RegimeCode> regimes, List<SignatoryChoice> signatories, Signatory underTutelle,
                     String recipient, List<LegalReference> legal, List<String> otherLegal, List<LetterField> fields,
                     LocalDate reviewed) {

    public Letter {
        regimes = Set.copyOf(regimes);
        signatories = List.copyOf(signatories);
        legal = List.copyOf(legal);
        otherLegal = List.copyOf(otherLegal);
        fields = List.copyOf(fields);
    }

    public Optional<LetterField> field(String fieldId) {
        return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
    }

    public boolean allows(Signatory signatory) {
        return signatories.stream().anyMatch(choice -> choice.signatory() == signatory);
    }

    /** A signatory this letter allows, with the words that describe it for this letter. */
    public record SignatoryChoice(Signatory signatory, String label) {
    }
}
