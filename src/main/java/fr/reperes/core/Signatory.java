package fr.reperes.core;

/**
 * Who signs a letter. The assessment proposes one (from the protective measure and who is answering), the letter
 * says which it allows, and the user has the last word.
 */
public enum Signatory {
    /** The person concerned signs alone (also when a relative or an association prepared the letter). */
    PERSON,
    /** The protector acts for the person (representation) or makes a request the law gives them. */
    PROTECTOR,
    /** The person signs and the protector co-signs (assistance, or advised under tutelle). */
    BOTH,
    /** A relative's own letter, where the law lets a relative act in their own name (e.g. CSP L.3211-12). */
    RELATIVE
}
