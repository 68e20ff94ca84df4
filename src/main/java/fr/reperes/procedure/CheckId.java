package fr.reperes.procedure;

import java.util.List;

/** The points checked, in the order a lawyer reads the file, each with the texts it rests on. */
enum CheckId {
    CERTIFICAT_24H("certificat-24h", "CSP L.3211-2-2", "CSP L.3216-1", "Cass. 1re civ., 26 oct. 2022, n° 20-22.827"),
    CERTIFICAT_72H("certificat-72h", "CSP L.3211-2-2", "CSP L.3216-1", "Cass. 1re civ., 26 oct. 2022, n° 20-22.827"),
    SAISINE_DU_JUGE("saisine-du-juge", "CSP L.3211-12-1 I et IV", "CPC 640 à 642"),
    DECISION_DU_JUGE_12_JOURS("decision-du-juge-12-jours", "CSP L.3211-12-1 I et IV", "CPC 640 à 642"),
    CONTROLE_6_MOIS("controle-6-mois", "CSP L.3211-12-1 I 3° et IV", "CPC 640 à 642"),
    MAINTIEN_SDT_MENSUEL("maintien-sdt-mensuel", "CSP L.3212-7", "CSP L.3216-1"),
    ARRETES_MAINTIEN_SDRE("arretes-maintien-sdre", "CSP L.3213-4", "CSP L.3213-3"),
    ISOLEMENT_SAISINE_JUGE("isolement-saisine-juge", "CSP L.3222-5-1 II", "Cass. avis, 6 mars 2024, n° 23-70.017",
            "CSP L.3216-1"),
    CONTENTION_SAISINE_JUGE("contention-saisine-juge", "CSP L.3222-5-1 II", "Cass. avis, 6 mars 2024, n° 23-70.017",
            "CSP L.3216-1"),
    ISOLEMENT_DUREE("isolement-duree", "CSP L.3222-5-1 I et II"),
    CONTENTION_DUREE("contention-duree", "CSP L.3222-5-1 I et II");

    private final String id;
    private final List<String> legalBasis;

    CheckId(String id, String... legalBasis) {
        this.id = id;
        this.legalBasis = List.of(legalBasis);
    }

    String id() {
        return id;
    }

    List<String> legalBasis() {
        return legalBasis;
    }
}
