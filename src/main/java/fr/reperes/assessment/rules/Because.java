package fr.reperes.assessment.rules;

/** The facts a regime rests on, as shown under "pourquoi" (texts under {@code raisons.} in the content). */
public enum Because implements TextKey {
    CONSENTEMENT_DECLARE("consentement-declare"),
    CONSENTEMENT_DETENU("consentement-detenu"),
    MINEUR_DEMANDE_PARENTS("mineur-demande-parents"),
    MINEUR_CONSENTEMENT("mineur-consentement"),
    TIERS_DECLARE("tiers-declare"),
    TIERS_URGENCE_DECLARE("tiers-urgence-declare"),
    PERIL_DECLARE("peril-declare"),
    PREFET_DECLARE("prefet-declare"),
    MAIRE_DECLARE("maire-declare"),
    MAIRE_48H_ECOULEES("maire-48h-ecoulees"),
    IRRESPONSABILITE_DECLAREE("irresponsabilite-declaree"),
    DETENU_DECLARE("detenu-declare"),
    DETENU_ARRETE_PREFET("detenu-arrete-prefet"),
    DETENU_SEUL_PREFET("detenu-seul-prefet"),
    DETENU_HOSPITALISATION_SEULE("detenu-hospitalisation-seule"),
    JUGE_ENFANTS_DECLARE("juge-enfants-declare"),
    MINEUR_DECISION_SDT("mineur-decision-sdt"),
    PARENTS_MAJEUR("parents-majeur"),
    DOC_ARRETE_PREFET("doc-arrete-prefet"),
    DOC_ARRETE_MAIRE("doc-arrete-maire"),
    DOC_DECISION_DIRECTEUR("doc-decision-directeur"),
    DOC_DECISION_DIRECTEUR_TIERS_OU_PERIL("doc-decision-directeur-tiers-ou-peril"),
    DOC_DECISION_JUGE("doc-decision-juge"),
    DOC_PROGRAMME("doc-programme"),
    PROGRAMME_DECLARE("programme-declare"),
    AMBULATOIRE_SANS_PROGRAMME("ambulatoire-sans-programme"),
    AMBULATOIRE_SOUS_CONTRAINTE("ambulatoire-sous-contrainte"),
    AMBULATOIRE_SANS_PROGRAMME_ECRIT("ambulatoire-sans-programme-ecrit"),
    HOSPITALISATION_DECLAREE("hospitalisation-declaree"),
    BASE_INCONNUE_LIBRES("base-inconnue-libres"),
    BASE_INCONNUE_CONTRAINTE("base-inconnue-contrainte"),
    ISOLEMENT_INDICE("isolement-indice"),
    ISOLEMENT_DECLARE("isolement-declare"),
    CONTENTION_DECLAREE("contention-declaree"),
    CONTRADICTION("contradiction"),
    SANS_CONSENTEMENT_DANS_LES_DEUX_CAS("sans-consentement-dans-les-deux-cas"),
    INJONCTION_DECLAREE("injonction-declaree"),
    OBLIGATION_DECLAREE("obligation-declaree"),
    INJONCTION_THERAPEUTIQUE_DECLAREE("injonction-therapeutique-declaree"),
    JUGEMENT_PENAL_MESURE_INCONNUE("jugement-penal-mesure-inconnue"),
    PROTECTION_DECLAREE("protection-declaree");

    private final String id;

    Because(String id) {
        this.id = id;
    }

    @Override
    public String key() {
        return "raisons." + id;
    }
}
