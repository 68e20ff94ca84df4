package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Facts.Restraint.RESTRAINT;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;
import static fr.reperes.core.RegimeCode.ISOLEMENT_CONTENTION;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

/**
 * Isolement and contention (CSP L.3222-5-1, loi n° 2022-46): a last resort, only in full hospitalisation without
 * consent, under the judge's control.
 */
final class RestraintRules {

    private RestraintRules() {
    }

    /** CSP L.3222-5-1: isolement 12 h renewable up to 48 h; contention 6 h renewable up to 24 h. */
    static void isolementOuContention(Situation s, Findings f) {
        if (s.restraintReported()) {
            f.regime(ISOLEMENT_CONTENTION, CERTAIN,
                    s.facts().restraint() == RESTRAINT ? Because.CONTENTION_DECLAREE : Because.ISOLEMENT_DECLARE,
                    "CSP L.3222-5-1", "CSP L.3211-12");
        }
    }

    /**
     * CSP L.3222-5-1 I: isolement and contention are lawful only for a patient in full hospitalisation without
     * consent. Reported in soins libres, for a minor admitted at the parents' request, or outside hospital (a
     * programme de soins allows no coercion, CSP L.3211-2-1 III), it is a serious warning sign: lawyer, judge
     * (CSP L.3211-12), CGLPL.
     */
    static void isolementHorsDuCadreLegal(Situation s, Findings f) {
        if (!s.restraintReported() || f.likely(HOSPITALISATION_COMPLETE)) {
            return;
        }
        boolean freeCare = f.likelyAny(SOINS_LIBRES, SOINS_MINEUR_PARENTS) && !f.compulsoryLikely();
        boolean outsideHospital = s.outpatient() || s.noCurrentCare()
                || (f.likely(PROGRAMME_DE_SOINS) && !s.hospitalised());
        f.warn(freeCare || outsideHospital ? WarningId.ISOLEMENT_HORS_CADRE : WarningId.ISOLEMENT_BASE_INCONNUE);
        f.step(StepId.ISOLEMENT_HORS_CADRE, URGENT);
        f.step(StepId.AVOCAT, URGENT);
        f.step(StepId.ECRIRE_CGLPL, IMPORTANT);
        f.step(StepId.RECLAMATION_CDU, UTILE);
        f.warn(WarningId.NUMEROS_DE_CRISE);
    }

    /**
     * CSP L.3222-5-1 and L.3211-12-2 III: beyond 72 h of isolement or 48 h of contention the director must seize
     * the judge, who rules within 24 h; the person may ask the judge at any time (CSP L.3211-12; the request is
     * sent within 10 h, R.3211-34); appeal within 24 h (R.3211-42).
     */
    static void leJugeControleLIsolement(Situation s, Findings f) {
        if (s.restraintReported() && f.likely(HOSPITALISATION_COMPLETE)) {
            f.step(StepId.ISOLEMENT_SAISIR_JUGE, IMPORTANT);
            f.step(StepId.AVOCAT, IMPORTANT);
            f.step(StepId.ECRIRE_CGLPL, UTILE);
            f.warn(WarningId.NUMEROS_DE_CRISE);
        }
    }
}
