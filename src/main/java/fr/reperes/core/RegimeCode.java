package fr.reperes.core;

/** The legal regimes Repères can recognise; several can hold at once. The names are part of the API. */
public enum RegimeCode {
    SOINS_LIBRES("Soins libres"),
    SOINS_MINEUR_PARENTS("Soins d'un mineur à la demande de ses parents"),
    SDT("Soins à la demande d'un tiers (SDT)"),
    SDT_URGENCE("Soins à la demande d'un tiers en urgence"),
    PERIL_IMMINENT("Soins en cas de péril imminent (SPI)"),
    SDRE("Soins sur décision du représentant de l'État (SDRE)"),
    MESURE_PROVISOIRE_MAIRE("Mesure provisoire du maire"),
    SDRE_IRRESPONSABILITE_PENALE("Soins sur décision du préfet après irresponsabilité pénale"),
    SOINS_DETENU("Soins sans consentement d'une personne détenue"),
    PLACEMENT_JUGE_DES_ENFANTS("Placement ordonné par le juge des enfants"),
    SOINS_SANS_CONSENTEMENT_A_PRECISER("Soins sans consentement (fondement à préciser)"),
    HOSPITALISATION_COMPLETE("Hospitalisation complète"),
    PROGRAMME_DE_SOINS("Programme de soins"),
    ISOLEMENT_CONTENTION("Isolement ou contention"),
    INJONCTION_DE_SOINS("Injonction de soins"),
    OBLIGATION_DE_SOINS("Obligation de soins"),
    INJONCTION_THERAPEUTIQUE("Injonction thérapeutique"),
    SAUVEGARDE_DE_JUSTICE("Sauvegarde de justice"),
    CURATELLE("Curatelle"),
    CURATELLE_RENFORCEE("Curatelle renforcée"),
    TUTELLE("Tutelle"),
    HABILITATION_FAMILIALE("Habilitation familiale"),
    MANDAT_PROTECTION_FUTURE("Mandat de protection future");

    private final String label;

    RegimeCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether {@code code} names a regime, so that content and API input can be checked without exceptions. */
    public static boolean isKnown(String code) {
        for (RegimeCode value : values()) {
            if (value.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
