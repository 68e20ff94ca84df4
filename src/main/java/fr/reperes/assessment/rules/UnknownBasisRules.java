package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;
import static fr.reperes.core.RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER;

import fr.reperes.core.RegimeCode;

/**
 * The basis is unknown: say what is possible, what is likely, and which paper or question settles it. People
 * often do not know whether they are in soins libres; the answer changes every right they have.
 */
final class UnknownBasisRules {

    private UnknownBasisRules() {
    }

    /**
     * CSP L.3211-2 (soins libres) against L.3212-1 and L.3213-1 (compulsory care): without an answer or a paper,
     * both remain possible. Outside hospital, compulsory care exists only as a written programme de soins
     * (CSP L.3211-2-1): a person followed outside hospital without one is probably in soins libres.
     */
    static void baseInconnue(Situation s, Findings f) {
        if (s.basisStated()) {
            return;
        }
        boolean compulsoryFound = f.anyFound(Findings.COMPULSORY_BASES);
        if (s.noCurrentCare() && !compulsoryFound) {
            return;
        }
        RegimeCode free = s.minor() ? SOINS_MINEUR_PARENTS : SOINS_LIBRES;
        String freeArticle = s.minor() ? "CSP L.3211-10" : "CSP L.3211-2";
        if (!compulsoryFound) {
            if (s.outpatient() && s.programmeDenied()) {
                f.regime(free, PROBABLE, Because.AMBULATOIRE_SANS_PROGRAMME, freeArticle, "CSP L.3211-2-1");
            } else {
                f.regime(free, A_CONFIRMER, Because.BASE_INCONNUE_LIBRES, freeArticle);
                f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER, Because.BASE_INCONNUE_CONTRAINTE,
                        "CSP L.3212-1", "CSP L.3213-1");
            }
        }
        boolean basisStillOpen = f.has(SOINS_SANS_CONSENTEMENT_A_PRECISER)
                || f.certainty(free).filter(c -> c == A_CONFIRMER).isPresent();
        if (basisStillOpen) {
            f.clarify(ClarifyId.QUESTION_STATUT);
            f.clarify(ClarifyId.PAPIER_ARRETE_PREFET);
            f.clarify(ClarifyId.PAPIER_DECISION_DIRECTEUR);
            f.clarify(ClarifyId.DEMANDER_COPIES);
            f.step(StepId.VERIFIER_SITUATION, IMPORTANT);
        } else if (compulsoryFound) {
            f.clarify(ClarifyId.DEMANDER_COPIES);
        }
    }
}
