package fr.reperes.assessment.rules;

import static fr.reperes.core.Facts.Goal.CHANGE_TREATMENT;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;
import static fr.reperes.core.RegimeCode.INJONCTION_DE_SOINS;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;

/**
 * Changing or stopping a treatment: always discussed, gradual and supervised. An abrupt stop of a psychiatric
 * treatment carries real risks (relapse, re-hospitalisation); the product never advises it.
 */
final class TreatmentRules {

    private TreatmentRules() {
    }

    /** CSP L.1111-4: everyone may refuse or stop a treatment, after being told of the consequences. */
    static void changerSansArretBrutal(Situation s, Findings f) {
        if (s.wantsAny(CHANGE_TREATMENT, LEAVE_CARE)) {
            f.step(StepId.CHANGER_TRAITEMENT, s.wants(CHANGE_TREATMENT) ? IMPORTANT : UTILE);
            f.step(StepId.PLAN_DE_CRISE, UTILE);
            f.warn(WarningId.ARRET_BRUTAL_TRAITEMENT);
            f.warn(WarningId.NUMEROS_DE_CRISE);
        }
    }

    /** CSP L.3211-3: in compulsory hospitalisation, the person's opinion on their care is sought and recorded. */
    static void traitementPendantUneHospitalisationSansConsentement(Situation s, Findings f) {
        if (s.wants(CHANGE_TREATMENT) && f.likely(HOSPITALISATION_COMPLETE)) {
            f.step(StepId.TRAITEMENT_HOSPITALISATION, IMPORTANT);
        }
    }

    /**
     * CSP L.3211-2-1 III: no coercion in a programme de soins, but stopping it can lead to re-hospitalisation
     * (CSP L.3211-11): the way is to ask the psychiatrist to modify the programme.
     */
    static void traitementDansUnProgrammeDeSoins(Situation s, Findings f) {
        if (s.wants(CHANGE_TREATMENT) && f.likely(PROGRAMME_DE_SOINS)) {
            f.step(StepId.DEMANDER_MODIFICATION_PROGRAMME, IMPORTANT);
            f.warn(WarningId.PROGRAMME_ARRET);
        }
    }

    /** CSP L.3711-3: the treating doctor must report a refusal or an interruption to the coordinator and the JAP. */
    static void traitementSousInjonctionDeSoins(Situation s, Findings f) {
        if (s.wants(CHANGE_TREATMENT) && f.likely(INJONCTION_DE_SOINS)) {
            f.warn(WarningId.INJONCTION_ARRET);
            f.step(StepId.INJONCTION_CONTINUER, IMPORTANT);
        }
    }
}
