package fr.reperes.letters;

import java.util.List;

/**
 * Who signs a letter. The flags are the names templates use to vary the text ({@code {{#tiers_ecrit}}…}): the
 * person writes in the first person alone or with a co-signing protector; a protector or a relative writes about
 * the person.
 */
public enum Signatory {
    /** The person concerned signs alone (also when a relative or an association prepared the letter). */
    PERSON(List.of("par_la_personne", "personne_ecrit")),
    /** The protector acts for the person (representation) or makes a request the law gives them. */
    PROTECTOR(List.of("par_le_protecteur", "tiers_ecrit")),
    /** The person signs and the protector co-signs (assistance, or advised under tutelle). */
    BOTH(List.of("cosignee", "personne_ecrit")),
    /** A relative's own letter, where the law lets a relative act (e.g. CSP L.3211-12, L.3211-3). */
    RELATIVE(List.of("par_un_proche", "tiers_ecrit"));

    /** Every flag a signatory can set, so that templates can be checked against them. */
    public static final List<String> ALL_FLAGS = List.of("par_la_personne", "personne_ecrit", "par_le_protecteur",
            "tiers_ecrit", "cosignee", "par_un_proche");

    private final List<String> flags;

    Signatory(List<String> flags) {
        this.flags = flags;
    }

    public List<String> flags() {
        return flags;
    }

    public static boolean isKnown(String code) {
        for (Signatory value : values()) {
            if (value.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
