package fr.reperes.assessment.rules;

import fr.reperes.core.Facts.DocumentHeld;

import java.util.List;

/** How a paper the person holds is named in a sentence ("un arrêté du préfet"). Wording: {@code documents.<id>}. */
public enum DocumentName implements TextKey {
    PREFECT_ORDER("arrete-du-prefet"),
    DIRECTOR_DECISION("decision-du-directeur"),
    MAYOR_ORDER("arrete-du-maire"),
    JUDGE_DECISION_CARE("decision-du-juge"),
    PROGRAMME_DE_SOINS("programme-de-soins"),
    CRIMINAL_SENTENCE("jugement-penal"),
    PROTECTION_JUDGMENT("jugement-de-protection");

    private final String id;

    DocumentName(String id) {
        this.id = id;
    }

    @Override
    public String key() {
        return "documents." + id;
    }

    public static DocumentName of(DocumentHeld document) {
        return valueOf(document.name());
    }

    /** Papers as a parameter of a sentence: the renderer names them and joins them ("un arrêté et un jugement"). */
    public static List<DocumentName> all(List<DocumentHeld> documents) {
        return documents.stream().map(DocumentName::of).toList();
    }
}
