package fr.reperes.assessment.rules;

/** Case law the rules rest on, cited as judges and lawyers write it. */
final class Sources {

    /** Minors cannot be admitted by the director at a third party's or the parents' request. */
    static final String CASS_AVIS_MINEURS = "Cass. avis, 18 mai 2022, n° 22-70.003";

    private Sources() {
    }
}
