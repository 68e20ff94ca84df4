package fr.reperes.assessment.rules;

import fr.reperes.core.LetterId;

import java.util.List;

/**
 * The next steps the assessment can propose, each with the page that explains it and the letter that carries it
 * out. Wording: {@code etapes.<id>.titre} and {@code etapes.<id>.texte}.
 */
public enum StepId {
    VERIFIER_SITUATION("verifier-votre-situation", "droits-en-soins-sans-consentement", null),
    QUITTER_SUIVI_LIBRE("mettre-fin-au-suivi", "quitter-un-cmp", LetterId.CESSATION_PRISE_EN_CHARGE),
    SORTIE_HOPITAL_LIBRE("sortir-de-l-hopital-en-soins-libres", "soins-libres", null),
    DETENU_REFUSER_SOINS("refuser-les-soins-en-detention", "personnes-detenues", null),
    DEMANDER_MODIFICATION_PROGRAMME("demander-a-modifier-le-programme", "programme-de-soins",
            LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS),
    DEMANDER_MAINLEVEE_JUGE("demander-la-mainlevee-au-juge", "controle-du-juge", LetterId.SAISINE_JUGE_MAINLEVEE),
    MINEUR_SDT_SAISIR_JUGE("saisir-le-juge-decision-irreguliere", "mineurs", LetterId.SAISINE_JUGE_MAINLEVEE),
    ISOLEMENT_HORS_CADRE("saisir-le-juge-isolement-irregulier", "isolement-et-contention", LetterId.SAISINE_JUGE_MAINLEVEE),
    ISOLEMENT_SAISIR_JUGE("isolement-controle-du-juge", "isolement-et-contention", LetterId.SAISINE_JUGE_MAINLEVEE),
    LEVEE_SDT_PSYCHIATRE("parler-de-la-levee-au-psychiatre", "soins-a-la-demande-d-un-tiers", null),
    LEVEE_SDRE_PSYCHIATRE("parler-de-la-levee-au-psychiatre-et-au-prefet", "soins-sur-decision-du-prefet", null),
    DEMANDER_LEVEE_DIRECTEUR("demander-la-levee-au-directeur", "soins-a-la-demande-d-un-tiers",
            LetterId.DEMANDE_LEVEE_DIRECTEUR),
    DEMANDER_COPIE_DECISIONS("demander-la-copie-des-decisions", "droits-en-soins-sans-consentement",
            LetterId.DEMANDE_COPIE_DECISIONS),
    MINEUR_SORTIE("sortie-d-un-mineur", "mineurs", null),
    JUGE_DES_ENFANTS("demander-au-juge-des-enfants", "mineurs", null),
    INJONCTION_CONTINUER("continuer-l-injonction-de-soins", "injonction-de-soins", null),
    CHANGER_MEDECIN_COORDONNATEUR("changer-de-medecin-par-le-coordonnateur", "injonction-de-soins",
            LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION),
    INJONCTION_ATTESTATION("demander-une-attestation-de-suivi", "injonction-de-soins", LetterId.DEMANDE_ATTESTATION_SUIVI),
    OBLIGATION_CONTINUER("garder-un-suivi-et-le-prouver", "obligation-de-soins", LetterId.DEMANDE_ATTESTATION_SUIVI),
    INJONCTION_THERAPEUTIQUE_SUIVI("suivre-l-injonction-therapeutique", "injonction-therapeutique",
            LetterId.DEMANDE_ATTESTATION_SUIVI),
    CONTROLE_JUGE("controle-automatique-du-juge", "controle-du-juge", null),
    AVOCAT("contacter-un-avocat", "controle-du-juge", null),
    FAIRE_APPEL("faire-appel", "controle-du-juge", LetterId.APPEL_DECISION_JUGE),
    DROITS("connaitre-les-droits", "droits-en-soins-sans-consentement", null),
    SAISIR_CDSP("saisir-la-cdsp", "recours-et-reclamations", LetterId.SAISINE_CDSP),
    ECRIRE_CGLPL("ecrire-au-cglpl", "recours-et-reclamations", LetterId.SAISINE_CGLPL),
    RECLAMATION_CDU("faire-une-reclamation", "recours-et-reclamations", LetterId.RECLAMATION_CDU),
    CHANGER_TRAITEMENT("changer-de-traitement-sans-arret-brutal", "arreter-ou-changer-un-traitement", null),
    TRAITEMENT_HOSPITALISATION("traitement-pendant-l-hospitalisation", "arreter-ou-changer-un-traitement", null),
    PLAN_DE_CRISE("preparer-un-plan-de-crise", "urgence-et-crise", null),
    CHANGER_PSYCHIATRE("changer-de-psychiatre", "changer-de-psychiatre-ou-de-suivi", null),
    CHANGER_PSYCHIATRE_CONTRAINTE("changer-de-psychiatre-en-soins-sans-consentement",
            "changer-de-psychiatre-ou-de-suivi", null),
    DEMANDER_DOSSIER("demander-le-dossier-medical", "acces-au-dossier-medical", LetterId.ACCES_DOSSIER_MEDICAL),
    RELANCER_DOSSIER("relancer-la-demande-de-dossier", "acces-au-dossier-medical", LetterId.RELANCE_DOSSIER_MEDICAL),
    OPPOSER_PARTAGE("s-opposer-au-partage", "secret-medical-et-partage-d-informations",
            LetterId.OPPOSITION_PARTAGE_INFORMATIONS),
    DESIGNER_PERSONNE_CONFIANCE("designer-une-personne-de-confiance", "personne-de-confiance",
            LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE),
    INFORMER_PROTECTEUR("informer-le-protecteur", "mesures-de-protection", LetterId.INFORMATION_PROTECTEUR),
    TIERS_EXERCER_DROITS("agir-aux-cotes-de-la-personne", "droits-en-soins-sans-consentement", null),
    VERIFIER_PROCEDURE("verifier-la-procedure", "controle-du-juge", null),
    /** Reading the page of a regime; its id is suffixed with the page slug, its page is given by the rule. */
    COMPRENDRE("comprendre", null, null);

    private final String id;
    private final String page;
    private final LetterId letter;

    StepId(String id, String page, LetterId letter) {
        this.id = id;
        this.page = page;
        this.letter = letter;
    }

    public String id() {
        return id;
    }

    public String page() {
        return page;
    }

    public LetterId letter() {
        return letter;
    }

    public TextKey title() {
        return new Key("etapes." + id + ".titre", this == COMPRENDRE ? List.of("fiche") : List.of());
    }

    public TextKey body() {
        return new Key("etapes." + id + ".texte", this == COMPRENDRE ? List.of("fiche") : List.of());
    }
}
