package fr.reperes.core;

import java.util.Set;

/**
 * Who may sign each letter, as the letter catalogue declares it. The assessment proposes a signatory within these;
 * the letters feature provides them.
 */
public interface LetterSigners {

    /** The signatories the letter allows. */
    Set<Signatory> allowed(LetterId letter);

    /** Who signs the letter when the person is under tutelle (the person, the tutor, or both). */
    Signatory underTutelle(LetterId letter);
}
