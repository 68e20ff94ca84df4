package fr.reperes.assessment.rules;

/** Questions to ask and papers to look for ("À clarifier"). Wording: {@code a-clarifier.<id>}. */
public enum ClarifyId implements TextKey {
    QUESTION_STATUT("question-statut"),
    PAPIER_ARRETE_PREFET("papier-arrete-prefet"),
    PAPIER_DECISION_DIRECTEUR("papier-decision-directeur"),
    PAPIER_JUGEMENT_PROTECTION("papier-jugement-protection"),
    PAPIER_JUGEMENT_PENAL("papier-jugement-penal"),
    DEMANDER_COPIES("demander-copies"),
    DERNIERE_DECISION("derniere-decision"),
    QUI_A_CONSENTI("qui-a-consenti"),
    MAIRE_ARRETE_PREFET("maire-arrete-prefet"),
    MINEUR_NATURE_DECISION("mineur-nature-decision"),
    DATE_ADMISSION("date-admission"),
    DATE_NOTIFICATION_INJONCTION_THERAPEUTIQUE("date-notification-injonction-therapeutique"),
    FORME_DES_SOINS("forme-des-soins"),
    PROGRAMME_EXISTE("programme-existe"),
    DETENU_ARRETE("detenu-arrete"),
    INFRACTION_IRRESPONSABILITE("infraction-irresponsabilite"),
    AGE("age"),
    APPEL_QUELLE_DECISION("appel-quelle-decision"),
    ISOLEMENT_DATE_DEBUT("isolement-date-debut"),
    ISOLEMENT_DECISIONS_DU_JUGE("isolement-decisions-du-juge"),
    ISOLEMENT_DATE_DERNIERE_DECISION("isolement-date-derniere-decision");

    private final String id;

    ClarifyId(String id) {
        this.id = id;
    }

    @Override
    public String key() {
        return "a-clarifier." + id;
    }
}
