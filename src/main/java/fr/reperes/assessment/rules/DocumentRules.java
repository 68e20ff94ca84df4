package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.CareBasis.MAYOR_PROVISIONAL;
import static fr.reperes.core.Facts.CareBasis.UNKNOWN;
import static fr.reperes.core.Facts.DocumentHeld.DIRECTOR_DECISION;
import static fr.reperes.core.Facts.DocumentHeld.JUDGE_DECISION_CARE;
import static fr.reperes.core.Facts.DocumentHeld.MAYOR_ORDER;
import static fr.reperes.core.Facts.DocumentHeld.PREFECT_ORDER;
import static fr.reperes.core.Facts.DocumentHeld.PROGRAMME_DE_SOINS;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.MESURE_PROVISOIRE_MAIRE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;
import static fr.reperes.core.RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER;

/**
 * When the basis was not stated, the papers the person holds point to it: a regime inferred from a paper is
 * {@code PROBABLE}. Each paper is the act of one authority, which the law names.
 */
final class DocumentRules {

    /**
     * CSP L.3211-3: the person is informed of each decision about the measure and of its reasons; the admission
     * decision, arrêtés and judge's orders can be asked from the establishment (CRPA L.311-1, L.311-6). Above all
     * useful when the basis of the care is not known: the papers say who decided, hence the delays and remedies.
     */
    static void demanderLaCopieDesDecisions(Situation s, Findings f) {
        if (!f.compulsory(A_CONFIRMER)) {
            return;
        }
        boolean basisUnknown = !s.basisStated() || f.compulsoryOnlyPossible();
        f.step(StepId.DEMANDER_COPIE_DECISIONS, basisUnknown ? IMPORTANT : UTILE);
    }

    private DocumentRules() {
    }

    /** CSP L.3213-1 (and L.3214-3 for a detainee): an arrêté of the préfet is the act that orders an SDRE. */
    static void arreteDuPrefet(Situation s, Findings f) {
        if (!s.holds(PREFECT_ORDER) || !s.basisIs(UNKNOWN, MAYOR_PROVISIONAL)) {
            return;
        }
        if (s.detained()) {
            f.regime(SOINS_DETENU, PROBABLE, Because.DOC_ARRETE_PREFET, "CSP L.3214-3");
        } else {
            // After a mayor's measure, the préfet's arrêté within 48 hours is the expected sequel (CSP L.3213-2).
            f.regime(SDRE, PROBABLE, Because.DOC_ARRETE_PREFET, "CSP L.3213-1");
        }
        f.clarify(ClarifyId.DERNIERE_DECISION);
    }

    /** CSP L.3213-2: a mayor's arrêté orders a provisional measure, for 48 hours. */
    static void arreteDuMaire(Situation s, Findings f) {
        if (s.holds(MAYOR_ORDER) && s.basisIs(UNKNOWN) && !s.holds(PREFECT_ORDER)) {
            f.regime(MESURE_PROVISOIRE_MAIRE, PROBABLE, Because.DOC_ARRETE_MAIRE, "CSP L.3213-2");
            f.clarify(ClarifyId.MAIRE_ARRETE_PREFET);
        }
    }

    /**
     * CSP L.3212-1: the director decides admissions at a third party's request (II 1°) and in péril imminent
     * (II 2°); the decision itself says which. For a minor, such a decision is unlawful (Cass. avis 18 May 2022):
     * see {@link MinorRules}.
     */
    static void decisionDuDirecteur(Situation s, Findings f) {
        if (!s.holds(DIRECTOR_DECISION) || !s.basisIs(UNKNOWN) || s.holdsAny(PREFECT_ORDER, MAYOR_ORDER)) {
            return;
        }
        f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.DOC_DECISION_DIRECTEUR, "CSP L.3212-1");
        f.regime(SDT, A_CONFIRMER, Because.DOC_DECISION_DIRECTEUR_TIERS_OU_PERIL, "CSP L.3212-1", "CSP L.3212-3");
        if (s.minor()) {
            f.regime(SOINS_MINEUR_PARENTS, A_CONFIRMER, Because.DOC_DECISION_DIRECTEUR, "CSP L.3211-10");
        } else {
            f.regime(PERIL_IMMINENT, A_CONFIRMER, Because.DOC_DECISION_DIRECTEUR_TIERS_OU_PERIL, "CSP L.3212-1");
        }
        f.clarify(ClarifyId.PAPIER_DECISION_DIRECTEUR);
    }

    /**
     * CSP L.3211-2-1 (a programme de soins exists only in compulsory care), L.3211-12-1 (the judge reviews
     * compulsory care) and L.3222-5-1 (isolement only in compulsory full hospitalisation): each points to
     * compulsory care whose basis remains to be found; isolement only makes it possible.
     */
    static void autresIndicesDeSoinsSansConsentement(Situation s, Findings f) {
        if (s.basisStated() || f.anyFound(Findings.COMPULSORY_BASES)) {
            return;
        }
        if (s.programmeStated()) {
            f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.PROGRAMME_DECLARE, "CSP L.3211-2-1");
        }
        if (s.holds(PROGRAMME_DE_SOINS)) {
            f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.DOC_PROGRAMME, "CSP L.3211-2-1");
        }
        if (s.holds(JUDGE_DECISION_CARE)) {
            f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.DOC_DECISION_JUGE, "CSP L.3211-12-1");
        }
        if (s.restraintReported()) {
            // Only possible, not probable: isolement also happens where it is unlawful, and reading it as proof of
            // compulsory care would make it look lawful (RestraintRules).
            f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER, Because.ISOLEMENT_INDICE, "CSP L.3222-5-1");
        }
    }
}
