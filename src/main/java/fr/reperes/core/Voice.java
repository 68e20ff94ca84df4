package fr.reperes.core;

/**
 * Who the wording speaks to: the person concerned ("vous"), or someone answering for them — a relative, an
 * association, a lawyer — who reads about "la personne". Content texts that differ have a {@code vous:} and a
 * {@code tiers:} form.
 */
public enum Voice {
    PERSON, THIRD_PERSON;

    /** Nobody said who answers: the person is addressed. */
    public static Voice of(Facts.Respondent respondent) {
        return respondent == null || respondent == Facts.Respondent.PERSON ? PERSON : THIRD_PERSON;
    }
}
