package fr.reperes.assessment.rules;

import java.util.List;

/** Why a letter the person may expect is not offered. Wording: {@code lettres-non-proposees.<id>}. */
public enum NotOfferedReason implements TextKey {
    CESSATION_MINEUR("cessation-mineur"),
    CESSATION_SOINS_SANS_CONSENTEMENT("cessation-soins-sans-consentement"),
    CESSATION_BASE_A_CONFIRMER("cessation-base-a-confirmer"),
    CESSATION_INJONCTION_DE_SOINS("cessation-injonction-de-soins"),
    CESSATION_MESURE_PENALE_A_CONFIRMER("cessation-mesure-penale-a-confirmer"),
    CESSATION_HOSPITALISATION_LIBRE("cessation-hospitalisation-libre"),
    CESSATION_SANS_SUIVI("cessation-sans-suivi"),
    JUGE_RIEN_A_LEVER("juge-rien-a-lever"),
    JUGE_BASE_A_CONFIRMER("juge-base-a-confirmer"),
    JUGE_DES_ENFANTS("juge-des-enfants"),
    APPEL_SANS_DECISION("appel-sans-decision"),
    APPEL_DELAI_DEPASSE("appel-delai-depasse"),
    APPEL_24H_DEPASSE("appel-24h-depasse"),
    CDSP_HORS_SOINS_SANS_CONSENTEMENT("cdsp-hors-soins-sans-consentement"),
    CGLPL_HORS_LIEU_PRIVATIF("cglpl-hors-lieu-privatif"),
    MODIFICATION_SANS_PROGRAMME("modification-sans-programme"),
    RELANCE_TROP_TOT("relance-trop-tot", "date"),
    RELANCE_SANS_DATE("relance-sans-date"),
    PERSONNE_CONFIANCE_MINEUR("personne-de-confiance-mineur"),
    CHANGEMENT_MEDECIN_HORS_INJONCTION("changement-medecin-hors-injonction"),
    ATTESTATION_SANS_MESURE("attestation-sans-mesure"),
    PROTECTEUR_SANS_MESURE("protecteur-sans-mesure"),
    LEVEE_DIRECTEUR_HORS_SDT("levee-directeur-hors-sdt"),
    COPIE_SANS_SOINS_SANS_CONSENTEMENT("copie-sans-soins-sans-consentement");

    private final String id;
    private final List<String> params;

    NotOfferedReason(String id, String... params) {
        this.id = id;
        this.params = List.of(params);
    }

    @Override
    public String key() {
        return "lettres-non-proposees." + id;
    }

    @Override
    public List<String> params() {
        return params;
    }
}
