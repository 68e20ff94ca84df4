package fr.reperes.core;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/**
 * The letters Repères prepares. The id is the name of the letter's file in {@code content/letters/}, its address
 * ({@code /lettres/<id>}) and its name in the API; it is written here and in the content files, nowhere else.
 */
public enum LetterId {
    CESSATION_PRISE_EN_CHARGE("cessation-prise-en-charge"),
    ACCES_DOSSIER_MEDICAL("acces-dossier-medical"),
    RELANCE_DOSSIER_MEDICAL("relance-dossier-medical"),
    SAISINE_JUGE_MAINLEVEE("saisine-juge-mainlevee"),
    APPEL_DECISION_JUGE("appel-decision-juge"),
    SAISINE_CDSP("saisine-cdsp"),
    SAISINE_CGLPL("saisine-cglpl"),
    RECLAMATION_CDU("reclamation-cdu"),
    DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS("demande-modification-programme-de-soins"),
    DESIGNATION_PERSONNE_DE_CONFIANCE("designation-personne-de-confiance"),
    OPPOSITION_PARTAGE_INFORMATIONS("opposition-partage-informations"),
    CHANGEMENT_MEDECIN_TRAITANT_INJONCTION("changement-medecin-traitant-injonction"),
    DEMANDE_ATTESTATION_SUIVI("demande-attestation-suivi"),
    INFORMATION_PROTECTEUR("information-protecteur"),
    DEMANDE_LEVEE_DIRECTEUR("demande-levee-directeur"),
    DEMANDE_COPIE_DECISIONS("demande-copie-decisions");

    private final String id;

    LetterId(String id) {
        this.id = id;
    }

    /** As written in content files, addresses and the API: "cessation-prise-en-charge". */
    @JsonValue
    public String id() {
        return id;
    }

    /** The letter of this id, if there is one: content files and addresses are checked with it. */
    public static Optional<LetterId> byId(String id) {
        for (LetterId letter : values()) {
            if (letter.id.equals(id)) {
                return Optional.of(letter);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
