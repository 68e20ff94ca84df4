package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.CareBasis.CHILDREN_JUDGE;
import static fr.reperes.core.Facts.CareBasis.CONSENT;
import static fr.reperes.core.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.core.Facts.CareBasis.PARENTS;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.core.Facts.CareBasis.UNKNOWN;
import static fr.reperes.core.Facts.DocumentHeld.DIRECTOR_DECISION;
import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.PLACEMENT_JUGE_DES_ENFANTS;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

import fr.reperes.core.RegimeCode;

/** Minors (CSP L.3211-10): the parents decide, the director cannot admit them without consent, the judge stays open. */
final class MinorRules {

    private MinorRules() {
    }

    /**
     * CSP L.3211-10 as read by the Cour de cassation (avis 18 May 2022, n° 22-70.003): a minor cannot be admitted
     * by the director at a third party's or the parents' request, nor in péril imminent. A decision that does so
     * exists and is unlawful: the judge can and should be seized (CSP L.3211-12) — never "no judge". It is an
     * irregular decision, not a regime that applies: the stated regime is kept only as something to confirm (never
     * {@code CERTAIN}), and the question what the paper actually says is asked.
     */
    static void decisionDeSoinsSansConsentementPourUnMineur(Situation s, Findings f) {
        if (!s.minor() || !s.basisIs(THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL)) {
            return;
        }
        RegimeCode stated = s.basisIs(THIRD_PARTY) ? SDT : s.basisIs(THIRD_PARTY_URGENT) ? SDT_URGENCE : PERIL_IMMINENT;
        f.regime(stated, A_CONFIRMER, Because.MINEUR_DECISION_SDT, "CSP L.3211-10", Sources.CASS_AVIS_MINEURS,
                "CSP L.3211-12");
        f.doubt(stated);
        f.warn(WarningId.MINEUR_SDT_IRREGULIER);
        f.clarify(ClarifyId.MINEUR_NATURE_DECISION);
        f.step(StepId.MINEUR_SDT_SAISIR_JUGE, URGENT);
        f.step(StepId.AVOCAT, URGENT);
    }

    /**
     * Cass. avis 18 May 2022: a "décision du directeur" for a minor is either the admission at the parents' request
     * (soins libres) or an unlawful SDT decision; the articles it cites tell which.
     */
    static void decisionDuDirecteurPourUnMineur(Situation s, Findings f) {
        if (s.minor() && s.holds(DIRECTOR_DECISION) && s.basisIs(PARENTS, CONSENT, UNKNOWN)) {
            f.warn(WarningId.MINEUR_DECISION_A_VERIFIER);
            f.clarify(ClarifyId.MINEUR_NATURE_DECISION);
        }
    }

    /**
     * CSP L.3211-10: the parents (or the tutor) ask for the admission and the discharge; the JAF decides if they
     * disagree; the minor may seize the juge des enfants (CC 375).
     */
    static void lesParentsDecidentDeLaSortie(Situation s, Findings f) {
        if (f.likely(SOINS_MINEUR_PARENTS)) {
            boolean pressing = s.hospitalised() || s.wantsAny(LEAVE_CARE, CONTEST_MEASURE, CHANGE_DOCTOR);
            f.step(StepId.MINEUR_SORTIE, pressing ? IMPORTANT : UTILE);
        }
    }

    /** CSP L.3211-10 concerns minors only: for an adult, parents asking for care are a third party (CSP L.3212-1). */
    static void demandeDesParentsPourUnMajeur(Situation s, Findings f) {
        if (s.adult() && s.basisIs(PARENTS)) {
            f.warn(WarningId.PARENTS_MAJEUR);
            f.doubt(SOINS_MINEUR_PARENTS);
            f.regime(SDT, A_CONFIRMER, Because.PARENTS_MAJEUR, "CSP L.3212-1");
            f.regime(SOINS_LIBRES, A_CONFIRMER, Because.PARENTS_MAJEUR, "CSP L.3211-2");
            f.clarify(ClarifyId.QUESTION_STATUT);
            f.clarify(ClarifyId.PAPIER_DECISION_DIRECTEUR);
        }
    }

    /** CC 375-9: a placement by the juge des enfants concerns minors only. */
    static void jugeDesEnfantsPourUnMajeur(Situation s, Findings f) {
        if (s.adult() && s.basisIs(CHILDREN_JUDGE)) {
            f.warn(WarningId.JUGE_ENFANTS_MAJEUR);
            f.doubt(PLACEMENT_JUGE_DES_ENFANTS);
            f.clarify(ClarifyId.QUESTION_STATUT);
        }
    }

    /**
     * CC 375-9 and CC 375-6: the placement is decided by the juge des enfants, who can change it at any time at
     * the request of the parents or the minor.
     */
    static void placementParLeJugeDesEnfants(Situation s, Findings f) {
        if (f.has(PLACEMENT_JUGE_DES_ENFANTS)) {
            f.step(StepId.JUGE_DES_ENFANTS, IMPORTANT);
            f.step(StepId.AVOCAT, IMPORTANT);
        }
    }

    /** Whether the person is a minor changes the law that applies to an admission by the director (CSP L.3211-10). */
    static void ageInconnu(Situation s, Findings f) {
        if (s.facts().minor() == null && s.basisIs(THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL, PARENTS,
                CHILDREN_JUDGE)) {
            f.clarify(ClarifyId.AGE);
        }
    }
}
