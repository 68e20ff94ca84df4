package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Facts.DocumentHeld.PROTECTION_JUDGMENT;
import static fr.reperes.core.Facts.Goal.ACCESS_RECORDS;
import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Facts.Goal.CHANGE_TREATMENT;
import static fr.reperes.core.Facts.Goal.COMPLAIN;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;

import fr.reperes.core.Facts.Protection;
import fr.reperes.core.RegimeCode;

/**
 * Protective measures (CC 425 and following), decided by the juge des contentieux de la protection. For decisions
 * about their person, the protected adult decides alone as far as their state allows (CC 459); their consent to
 * care is sought personally (CSP L.1111-4).
 */
final class ProtectionRules {

    private ProtectionRules() {
    }

    /** CC 433 (sauvegarde), 440 (curatelle, tutelle), 472 (curatelle renforcée), 477 (mandat), 494-1 (habilitation familiale). */
    static void mesureDeProtection(Situation s, Findings f) {
        Protection protection = s.facts().protection();
        if (!s.protectionStated()) {
            return;
        }
        switch (protection) {
            case SAUVEGARDE_DE_JUSTICE -> f.regime(RegimeCode.SAUVEGARDE_DE_JUSTICE, CERTAIN,
                    Because.PROTECTION_DECLAREE, "CC 425", "CC 433", "CC 459", "CSP L.1111-4");
            case CURATELLE -> f.regime(RegimeCode.CURATELLE, CERTAIN, Because.PROTECTION_DECLAREE, "CC 425", "CC 440", "CC 459",
                    "CSP L.1111-4");
            case CURATELLE_RENFORCEE -> f.regime(RegimeCode.CURATELLE_RENFORCEE, CERTAIN, Because.PROTECTION_DECLAREE,
                    "CC 425", "CC 440", "CC 472", "CC 459", "CSP L.1111-4");
            case TUTELLE -> f.regime(RegimeCode.TUTELLE, CERTAIN, Because.PROTECTION_DECLAREE, "CC 425", "CC 440", "CC 459",
                    "CSP L.1111-4");
            case HABILITATION_FAMILIALE -> f.regime(RegimeCode.HABILITATION_FAMILIALE, CERTAIN,
                    Because.PROTECTION_DECLAREE, "CC 425", "CC 494-1", "CC 459", "CSP L.1111-4");
            case MANDAT_PROTECTION_FUTURE -> f.regime(RegimeCode.MANDAT_PROTECTION_FUTURE, CERTAIN,
                    Because.PROTECTION_DECLAREE, "CC 425", "CC 477", "CC 459", "CSP L.1111-4");
            default -> throw new IllegalStateException("Mesure non prévue : " + protection);
        }
    }

    /** CC 425: the judgment of the juge des contentieux de la protection names the measure. */
    static void mesureDeProtectionInconnue(Situation s, Findings f) {
        Protection protection = s.facts().protection();
        if (protection == Protection.UNKNOWN || (protection != Protection.NONE && !s.protectionStated()
                && s.holds(PROTECTION_JUDGMENT))) {
            f.clarify(ClarifyId.PAPIER_JUGEMENT_PROTECTION);
        }
    }

    /**
     * CC 459 and CSP L.1111-4: the protector is involved in decisions about the person's care (assistance in a
     * curatelle, representation only where the judgment provides it); the protector may also seize the judge
     * (CSP L.3211-12) and ask for the medical file (CSP L.1111-7).
     */
    static void informerLeProtecteur(Situation s, Findings f) {
        if (!s.protectionStated()) {
            return;
        }
        if (s.wantsAny(LEAVE_CARE, CHANGE_TREATMENT)) {
            f.step(StepId.INFORMER_PROTECTEUR, IMPORTANT);
        } else if (f.compulsory(A_CONFIRMER) || s.wantsAny(CHANGE_DOCTOR, ACCESS_RECORDS, CONTEST_MEASURE, COMPLAIN)) {
            f.step(StepId.INFORMER_PROTECTEUR, UTILE);
        }
    }
}
