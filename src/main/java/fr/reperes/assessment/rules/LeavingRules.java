package fr.reperes.assessment.rules;

import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;
import static fr.reperes.core.RegimeCode.INJONCTION_THERAPEUTIQUE;
import static fr.reperes.core.RegimeCode.MESURE_PROVISOIRE_MAIRE;
import static fr.reperes.core.RegimeCode.OBLIGATION_DE_SOINS;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SDRE_IRRESPONSABILITE_PENALE;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

import fr.reperes.core.Certainty;

/**
 * Wanting to leave care. What that means depends entirely on the regime: in soins libres, a decision of the
 * person; under compulsory care, a request to lift or modify the measure — never walking out.
 */
final class LeavingRules {

    private LeavingRules() {
    }

    /**
     * CSP L.3211-2 and L.1111-4: in soins libres a follow-up ends on the person's decision, with no
     * authorisation; a letter and a closing consultation are advised. Under an obligation de soins or an
     * injonction thérapeutique, a follow-up must continue elsewhere and be proven (CP 132-45, CSP L.3413-2).
     */
    static void mettreFinAUnSuiviEnSoinsLibres(Situation s, Findings f) {
        if (!f.likely(SOINS_LIBRES) || s.hospitalised()) {
            return;
        }
        if (s.wants(LEAVE_CARE)) {
            f.step(StepId.QUITTER_SUIVI_LIBRE, IMPORTANT);
        } else if (s.wants(CHANGE_DOCTOR) && s.outpatient()) {
            f.step(StepId.QUITTER_SUIVI_LIBRE, UTILE);
        } else {
            return;
        }
        if (f.likelyAny(OBLIGATION_DE_SOINS, INJONCTION_THERAPEUTIQUE)) {
            f.warn(WarningId.OBLIGATION_SUIVI_AILLEURS);
        }
    }

    /**
     * CSP R.1112-62: a patient in soins libres may leave hospital at any time; if the doctor disagrees, the
     * patient signs an attestation saying they were told of the risks.
     */
    static void sortirDeLHopitalEnSoinsLibres(Situation s, Findings f) {
        if (s.wantsAny(LEAVE_CARE, CONTEST_MEASURE) && f.likely(SOINS_LIBRES) && s.hospitalised()
                && !f.compulsory(Certainty.A_CONFIRMER)) {
            // For a detainee, leaving hospital means going back to detention (CSP L.3214-1): another step.
            f.step(s.detained() ? StepId.DETENU_REFUSER_SOINS : StepId.SORTIE_HOPITAL_LIBRE, IMPORTANT);
        }
    }

    /**
     * CSP L.3211-2-1 and L.3211-12: leaving a programme de soins means asking to modify or lift it; stopping it
     * alone exposes to re-hospitalisation (CSP L.3211-11).
     */
    static void quitterUnProgrammeDeSoins(Situation s, Findings f) {
        if (s.wants(LEAVE_CARE) && f.likely(PROGRAMME_DE_SOINS)) {
            f.step(StepId.DEMANDER_MODIFICATION_PROGRAMME, IMPORTANT);
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, IMPORTANT);
            f.warn(WarningId.PROGRAMME_ARRET);
        }
    }

    /**
     * CSP L.3211-12 (the judge, at any time), L.3212-8 (the director lifts an SDT as soon as a psychiatrist
     * certifies the conditions are no longer met), L.3213-5 (under SDRE the psychiatrist proposes the lifting to
     * the préfet). Leaving hospital alone is treated as running away.
     */
    static void sortirDesSoinsSansConsentement(Situation s, Findings f) {
        if (!s.wants(LEAVE_CARE) || !f.compulsoryLikely()) {
            return;
        }
        f.step(StepId.DEMANDER_MAINLEVEE_JUGE, IMPORTANT);
        if (f.likelyAny(SDT, SDT_URGENCE, PERIL_IMMINENT)) {
            f.step(StepId.LEVEE_SDT_PSYCHIATRE, IMPORTANT);
        }
        if (f.likelyAny(SDRE, SDRE_IRRESPONSABILITE_PENALE, SOINS_DETENU, MESURE_PROVISOIRE_MAIRE)) {
            f.step(StepId.LEVEE_SDRE_PSYCHIATRE, IMPORTANT);
        }
        if (f.likely(HOSPITALISATION_COMPLETE)) {
            f.step(StepId.AVOCAT, IMPORTANT);
            f.warn(WarningId.NE_PAS_PARTIR_SEUL);
        }
    }

    /** Without knowing the regime, nobody can say how to leave: finding out comes first. */
    static void sortirSansConnaitreSonRegime(Situation s, Findings f) {
        boolean known = f.likelyAny(SOINS_LIBRES, SOINS_MINEUR_PARENTS) || f.compulsoryLikely();
        if (s.wantsAny(LEAVE_CARE, CONTEST_MEASURE) && !known && !s.noCurrentCare()) {
            f.step(StepId.VERIFIER_SITUATION, IMPORTANT);
            f.clarify(ClarifyId.QUESTION_STATUT);
        }
    }
}
