package fr.reperes.letters;

import fr.reperes.core.Signatory;

import java.util.List;

/**
 * The names templates use to vary a letter's text with who signs ({@code {{#tiers_ecrit}}…}): the person writes in
 * the first person, alone or with a co-signing protector; a protector or a relative writes about the person.
 */
final class SignatoryFlags {

    /** Every flag a signatory can set, so that templates can be checked against them. */
    static final List<String> ALL = List.of("par_la_personne", "personne_ecrit", "par_le_protecteur", "tiers_ecrit",
            "cosignee", "par_un_proche");

    private SignatoryFlags() {
    }

    static List<String> of(Signatory signatory) {
        return switch (signatory) {
            case PERSON -> List.of("par_la_personne", "personne_ecrit");
            case PROTECTOR -> List.of("par_le_protecteur", "tiers_ecrit");
            case BOTH -> List.of("cosignee", "personne_ecrit");
            case RELATIVE -> List.of("par_un_proche", "tiers_ecrit");
        };
    }
}
