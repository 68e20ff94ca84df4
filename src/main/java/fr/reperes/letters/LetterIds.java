package fr.reperes.letters;

import java.util.List;

/** The letter ids other features may link to (DESIGN §4). The letter catalogue must provide each of them. */
public final class LetterIds {

    public static final List<String> ALL = List.of(
            "cessation-prise-en-charge", "acces-dossier-medical", "relance-dossier-medical",
            "saisine-juge-mainlevee", "appel-decision-juge", "saisine-cdsp", "saisine-cglpl", "reclamation-cdu",
            "demande-modification-programme-de-soins", "designation-personne-de-confiance",
            "opposition-partage-informations", "changement-medecin-traitant-injonction",
            "demande-attestation-suivi", "information-protecteur");

    private LetterIds() {
    }
}
