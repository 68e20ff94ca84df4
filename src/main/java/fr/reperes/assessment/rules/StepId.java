package fr.reperes.assessment.rules;

import java.util.List;

/**
 * The next steps the assessment can propose, each with the page that explains it and the letter that carries it
 * out (DESIGN §4 slugs and ids). Wording: {@code etapes.<id>.titre} and {@code etapes.<id>.texte}.
 */
public enum StepId {
    VERIFIER_SITUATION("verifier-votre-situation", "droits-en-soins-sans-consentement", null),
    QUITTER_SUIVI_LIBRE("mettre-fin-au-suivi", "quitter-un-cmp", "cessation-prise-en-charge"),
    SORTIE_HOPITAL_LIBRE("sortir-de-l-hopital-en-soins-libres", "soins-libres", null),
    DETENU_REFUSER_SOINS("refuser-les-soins-en-detention", "personnes-detenues", null),
    DEMANDER_MODIFICATION_PROGRAMME("demander-a-modifier-le-programme", "programme-de-soins",
            "demande-modification-programme-de-soins"),
    DEMANDER_MAINLEVEE_JUGE("demander-la-mainlevee-au-juge", "controle-du-juge", "saisine-juge-mainlevee"),
    MINEUR_SDT_SAISIR_JUGE("saisir-le-juge-decision-irreguliere", "mineurs", "saisine-juge-mainlevee"),
    ISOLEMENT_HORS_CADRE("saisir-le-juge-isolement-irregulier", "isolement-et-contention", "saisine-juge-mainlevee"),
    ISOLEMENT_SAISIR_JUGE("isolement-controle-du-juge", "isolement-et-contention", "saisine-juge-mainlevee"),
    LEVEE_SDT_PSYCHIATRE("parler-de-la-levee-au-psychiatre", "soins-a-la-demande-d-un-tiers", null),
    LEVEE_SDRE_PSYCHIATRE("parler-de-la-levee-au-psychiatre-et-au-prefet", "soins-sur-decision-du-prefet", null),
    DEMANDER_LEVEE_DIRECTEUR("demander-la-levee-au-directeur", "soins-a-la-demande-d-un-tiers", null),
    MINEUR_SORTIE("sortie-d-un-mineur", "mineurs", null),
    JUGE_DES_ENFANTS("demander-au-juge-des-enfants", "mineurs", null),
    INJONCTION_CONTINUER("continuer-l-injonction-de-soins", "injonction-de-soins", null),
    CHANGER_MEDECIN_COORDONNATEUR("changer-de-medecin-par-le-coordonnateur", "injonction-de-soins",
            "changement-medecin-traitant-injonction"),
    INJONCTION_ATTESTATION("demander-une-attestation-de-suivi", "injonction-de-soins", "demande-attestation-suivi"),
    OBLIGATION_CONTINUER("garder-un-suivi-et-le-prouver", "obligation-de-soins", "demande-attestation-suivi"),
    INJONCTION_THERAPEUTIQUE_SUIVI("suivre-l-injonction-therapeutique", "injonction-therapeutique",
            "demande-attestation-suivi"),
    CONTROLE_JUGE("controle-automatique-du-juge", "controle-du-juge", null),
    AVOCAT("contacter-un-avocat", "controle-du-juge", null),
    FAIRE_APPEL("faire-appel", "controle-du-juge", "appel-decision-juge"),
    DROITS("connaitre-les-droits", "droits-en-soins-sans-consentement", null),
    SAISIR_CDSP("saisir-la-cdsp", "recours-et-reclamations", "saisine-cdsp"),
    ECRIRE_CGLPL("ecrire-au-cglpl", "recours-et-reclamations", "saisine-cglpl"),
    RECLAMATION_CDU("faire-une-reclamation", "recours-et-reclamations", "reclamation-cdu"),
    CHANGER_TRAITEMENT("changer-de-traitement-sans-arret-brutal", "arreter-ou-changer-un-traitement", null),
    TRAITEMENT_HOSPITALISATION("traitement-pendant-l-hospitalisation", "arreter-ou-changer-un-traitement", null),
    PLAN_DE_CRISE("preparer-un-plan-de-crise", "urgence-et-crise", null),
    CHANGER_PSYCHIATRE("changer-de-psychiatre", "changer-de-psychiatre-ou-de-suivi", null),
    CHANGER_PSYCHIATRE_CONTRAINTE("changer-de-psychiatre-en-soins-sans-consentement",
            "changer-de-psychiatre-ou-de-suivi", null),
    DEMANDER_DOSSIER("demander-le-dossier-medical", "acces-au-dossier-medical", "acces-dossier-medical"),
    RELANCER_DOSSIER("relancer-la-demande-de-dossier", "acces-au-dossier-medical", "relance-dossier-medical"),
    OPPOSER_PARTAGE("s-opposer-au-partage", "secret-medical-et-partage-d-informations",
            "opposition-partage-informations"),
    DESIGNER_PERSONNE_CONFIANCE("designer-une-personne-de-confiance", "personne-de-confiance",
            "designation-personne-de-confiance"),
    INFORMER_PROTECTEUR("informer-le-protecteur", "mesures-de-protection", "information-protecteur"),
    TIERS_EXERCER_DROITS("agir-aux-cotes-de-la-personne", "droits-en-soins-sans-consentement", null),
    VERIFIER_PROCEDURE("verifier-la-procedure", "controle-du-juge", null),
    /** Reading the page of a regime; its id is suffixed with the page slug, its page is given by the rule. */
    COMPRENDRE("comprendre", null, null);

    private final String id;
    private final String page;
    private final String letter;

    StepId(String id, String page, String letter) {
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

    public String letter() {
        return letter;
    }

    public TextKey title() {
        return new Key("etapes." + id + ".titre", this == COMPRENDRE ? List.of("fiche") : List.of());
    }

    public TextKey body() {
        return new Key("etapes." + id + ".texte", this == COMPRENDRE ? List.of("fiche") : List.of());
    }
}
