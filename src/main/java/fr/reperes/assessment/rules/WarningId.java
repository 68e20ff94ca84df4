package fr.reperes.assessment.rules;

import java.util.List;

/** Warnings: contradictions, unlawful situations, safety. Wording: {@code avertissements.<id>}. */
public enum WarningId implements TextKey {
    CONTRADICTION_CONSENTEMENT_PAPIERS("contradiction-consentement-papiers", "papiers"),
    CONTRADICTION_BASE_PAPIERS("contradiction-base-papiers", "papiers"),
    MESURE_SANS_SOINS("mesure-sans-soins"),
    AMBULATOIRE_SANS_PROGRAMME("ambulatoire-sans-programme"),
    REHOSPITALISATION("rehospitalisation"),
    ISOLEMENT_HORS_CADRE("isolement-hors-cadre"),
    ISOLEMENT_BASE_INCONNUE("isolement-base-inconnue"),
    MINEUR_SDT_IRREGULIER("mineur-sdt-irregulier"),
    MINEUR_DECISION_A_VERIFIER("mineur-decision-a-verifier"),
    PARENTS_MAJEUR("parents-majeur"),
    JUGE_ENFANTS_MAJEUR("juge-enfants-majeur"),
    CONSENTEMENT_PROTECTEUR("consentement-protecteur"),
    DETENU_BASE_INCOMPATIBLE("detenu-base-incompatible"),
    DETENU_NON_DECLARE("detenu-non-declare"),
    DETENU_PAS_DE_PROGRAMME("detenu-pas-de-programme"),
    IRRESPONSABILITE_LEVEE("irresponsabilite-levee"),
    MAIRE_48H("maire-48h"),
    NE_PAS_PARTIR_SEUL("ne-pas-partir-seul"),
    PROGRAMME_ARRET("programme-arret"),
    ARRET_BRUTAL_TRAITEMENT("arret-brutal-traitement"),
    NUMEROS_DE_CRISE("numeros-de-crise"),
    OBLIGATION_SUIVI_AILLEURS("obligation-suivi-ailleurs"),
    INJONCTION_ARRET("injonction-arret"),
    MESURE_PENALE_SANS_SUIVI("mesure-penale-sans-suivi"),
    PARTAGE_TRANSMISSIONS_OBLIGATOIRES("partage-transmissions-obligatoires"),
    TUTELLE_PERSONNE_CONFIANCE("tutelle-personne-de-confiance"),
    DOSSIER_PAS_POUR_UN_PROCHE("dossier-pas-pour-un-proche"),
    DOSSIER_SOINS_SANS_CONSENTEMENT("dossier-soins-sans-consentement"),
    DELAI_JUGE_DEPASSE("delai-juge-depasse"),
    APPEL_24H_PASSE("appel-24h-passe");

    private final String id;
    private final List<String> params;

    WarningId(String id, String... params) {
        this.id = id;
        this.params = List.of(params);
    }

    public String id() {
        return id;
    }

    @Override
    public String key() {
        return "avertissements." + id;
    }

    @Override
    public List<String> params() {
        return params;
    }
}
