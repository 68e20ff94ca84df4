package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Respondent.ASSOCIATION;
import static fr.reperes.core.Facts.Respondent.LAWYER;
import static fr.reperes.core.Facts.Respondent.PERSON;
import static fr.reperes.core.Facts.Respondent.RELATIVE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;

/** What is open to the one answering when it is not the person: a relative, an association, a lawyer. */
final class RespondentRules {

    private RespondentRules() {
    }

    /**
     * CSP L.3211-12: besides the person, the protector, the spouse or partner, the parents of a minor, the person
     * who asked for care, a relative and anyone acting in the person's interest may ask the judge to lift the
     * measure.
     */
    static void toutePersonneAgissantDansSonInteretPeutSaisirLeJuge(Situation s, Findings f) {
        if (s.thirdPerson() && f.compulsoryLikely()) {
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, IMPORTANT);
        }
    }

    /**
     * CSP L.3212-9: a member of the family (or a person with a prior relationship) may ask the director to lift a
     * measure decided by the director; the director may refuse only on a recent psychiatric certificate finding
     * péril imminent, and must then say in writing that the judge can be seized. The person may ask too: the
     * director lifts the measure once a psychiatrist certifies it is no longer needed (CSP L.3212-8).
     */
    static void unProchePeutDemanderLaLeveeAuDirecteur(Situation s, Findings f) {
        if (s.minor() || !f.likelyAny(SDT, SDT_URGENCE, PERIL_IMMINENT)) {
            return;
        }
        if (s.respondentIs(RELATIVE)) {
            f.step(StepId.DEMANDER_LEVEE_DIRECTEUR, IMPORTANT);
        } else if (s.respondentIs(PERSON)) {
            f.step(StepId.DEMANDER_LEVEE_DIRECTEUR, UTILE);
        }
    }

    /**
     * CSP L.3211-3: relatives may exercise, at the person's request, the rights listed there (writing to the
     * CDSP, the CGLPL, taking a lawyer's advice), except mail, vote and religion; CSP L.3222-5-1: a relative is
     * informed of prolonged isolement or contention.
     */
    static void lesProchesPeuventExercerSesDroits(Situation s, Findings f) {
        if ((s.respondentIs(RELATIVE) || s.respondentIs(ASSOCIATION)) && f.compulsory(A_CONFIRMER)) {
            f.step(StepId.TIERS_EXERCER_DROITS, UTILE);
        }
    }

    /**
     * CSP L.3211-2-2 (certificates at 24 h and 72 h), L.3211-3 (being heard before each decision), L.3212-5 and
     * L.3223-1 (CDSP informed), L.3211-12-1 IV (mainlevée acquise), L.3216-1 (an irregularity leads to release
     * only if it harmed the person's rights): what a lawyer checks in the file.
     */
    static void lAvocatVerifieLaProcedure(Situation s, Findings f) {
        if (s.respondentIs(LAWYER) && f.compulsory(A_CONFIRMER)) {
            f.step(StepId.VERIFIER_PROCEDURE, IMPORTANT);
        }
    }

    /** The lawyer answering is the lawyer the other steps point to. */
    static void unAvocatNaPasBesoinDeChercherUnAvocat(Situation s, Findings f) {
        if (s.respondentIs(LAWYER)) {
            f.withdraw(StepId.AVOCAT);
        }
    }
}
