package fr.reperes.assessment.rules;

import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.RegimeCode.INJONCTION_DE_SOINS;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;

/** Changing psychiatrist or team. */
final class DoctorRules {

    private DoctorRules() {
    }

    /**
     * CSP L.3211-1: the person (or their family) may turn to the practitioner or team of their choice, inside or
     * outside their sector. Under an injonction de soins the change goes through the coordinator (JusticeRules).
     */
    static void libreChoixDuPraticien(Situation s, Findings f) {
        if (s.wants(CHANGE_DOCTOR) && !f.likely(INJONCTION_DE_SOINS) && !f.compulsoryLikely()) {
            f.step(StepId.CHANGER_PSYCHIATRE, IMPORTANT);
        }
    }

    /**
     * CSP L.3211-1 and L.3211-3: under compulsory care the request is made within the establishment in charge
     * (or, in a programme de soins, as a change of the programme, CSP L.3211-2-1).
     */
    static void changerDePsychiatreEnSoinsSansConsentement(Situation s, Findings f) {
        if (s.wants(CHANGE_DOCTOR) && f.compulsoryLikely()) {
            f.step(StepId.CHANGER_PSYCHIATRE_CONTRAINTE, IMPORTANT);
            if (f.likely(PROGRAMME_DE_SOINS)) {
                f.step(StepId.DEMANDER_MODIFICATION_PROGRAMME, IMPORTANT);
            }
        }
    }
}
