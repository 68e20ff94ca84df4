package fr.reperes.core;

/**
 * Who the wording speaks to: the person concerned ("vous"), or someone answering for them — a relative, an
 * association, a lawyer — who reads about "la personne". Content texts that differ have a {@code vous:} and a
 * {@code tiers:} form. A lawyer reads the {@code tiers:} form, or an {@code avocat:} form where the text has one: a
 * lawyer is not told to alert "the person's lawyer".
 */
public enum Voice {
    PERSON, THIRD_PERSON, LAWYER;

    /** Nobody said who answers: the person is addressed. */
    public static Voice of(Facts.Respondent respondent) {
        if (respondent == null || respondent == Facts.Respondent.PERSON) {
            return PERSON;
        }
        return respondent == Facts.Respondent.LAWYER ? LAWYER : THIRD_PERSON;
    }

    /** Someone other than the person answers (a relative, an association, a lawyer). */
    public boolean thirdPerson() {
        return this != PERSON;
    }
}
