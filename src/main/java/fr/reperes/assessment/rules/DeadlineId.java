package fr.reperes.assessment.rules;

import java.util.List;

/**
 * The deadlines computed from the dates given, each with its articles. Wording: {@code echeances.<id>.libelle}
 * (what the date is and how it is counted), {@code .a-faire} (before it) and {@code .si-depassee} (once passed).
 * Every wording may use {@code {date}}, the date to act by, and {@code {fin-legale}}, the legal last day
 * (CPC 640 to 642; the same as {@code {date}} unless a cautious date is shown beside it).
 */
public enum DeadlineId {
    JUGE_SAISINE_8_JOURS("juge-saisine-8-jours", "CSP L.3211-12-1"),
    JUGE_DECISION_12_JOURS("juge-decision-12-jours", "CSP L.3211-12-1"),
    JUGE_SAISINE_6_MOIS("juge-saisine-6-mois", "CSP L.3211-12-1"),
    JUGE_DECISION_6_MOIS("juge-decision-6-mois", "CSP L.3211-12-1"),
    MAIRE_48_HEURES("maire-48-heures", "CSP L.3213-2"),
    SDT_MAINTIEN_MENSUEL("sdt-maintien-mensuel", "CSP L.3212-7"),
    SDRE_ARRETE_DE_MAINTIEN("sdre-arrete-de-maintien", "CSP L.3213-4"),
    DOSSIER_8_JOURS("dossier-8-jours", "CSP L.1111-7", "CSP R.1111-1"),
    DOSSIER_2_MOIS("dossier-2-mois", "CSP L.1111-7", "CSP R.1111-1"),
    APPEL_10_JOURS("appel-10-jours", "CSP R.3211-18", "CSP R.3211-19"),
    APPEL_24_HEURES("appel-24-heures", "CSP R.3211-42"),
    ISOLEMENT_SAISINE_72_HEURES("isolement-saisine-72-heures", "CSP L.3222-5-1"),
    CONTENTION_SAISINE_48_HEURES("contention-saisine-48-heures", "CSP L.3222-5-1"),
    ISOLEMENT_NOUVELLE_SAISINE_72_HEURES("isolement-nouvelle-saisine-72-heures", "CSP L.3222-5-1"),
    CONTENTION_NOUVELLE_SAISINE_48_HEURES("contention-nouvelle-saisine-48-heures", "CSP L.3222-5-1"),
    ISOLEMENT_SAISINE_7_JOURS("isolement-saisine-7-jours", "CSP L.3222-5-1", "CSP R.3211-32"),
    // The 15 days and the month are set by the regulatory part of the code (R.3413-x), not by L.3413-1.
    INJONCTION_THERAPEUTIQUE_CONTACT("injonction-therapeutique-contact", "CSP R.3413-1"),
    INJONCTION_THERAPEUTIQUE_EVALUATION("injonction-therapeutique-evaluation", "CSP R.3413-1"),
    INJONCTION_THERAPEUTIQUE_BILAN_3_MOIS("injonction-therapeutique-bilan-3-mois", "CSP R.3413-14"),
    INJONCTION_THERAPEUTIQUE_BILAN_6_MOIS("injonction-therapeutique-bilan-6-mois", "CSP R.3413-14");

    private static final List<String> PARAMS = List.of("date", "fin-legale");

    private final String id;
    private final List<String> legalBasis;

    DeadlineId(String id, String... legalBasis) {
        this.id = id;
        this.legalBasis = List.of(legalBasis);
    }

    public String id() {
        return id;
    }

    public List<String> legalBasis() {
        return legalBasis;
    }

    public TextKey label() {
        return new Key("echeances." + id + ".libelle", PARAMS);
    }

    public TextKey whatNow() {
        return new Key("echeances." + id + ".a-faire", PARAMS);
    }

    public TextKey whatNowPassed() {
        return new Key("echeances." + id + ".si-depassee", PARAMS);
    }
}
