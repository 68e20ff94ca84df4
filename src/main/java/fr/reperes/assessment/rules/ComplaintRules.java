package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Goal.COMPLAIN;
import static fr.reperes.core.Facts.Goal.CONTROL_SHARING;
import static fr.reperes.core.Facts.Goal.TRUSTED_PERSON;
import static fr.reperes.core.Facts.Protection.HABILITATION_FAMILIALE;
import static fr.reperes.core.Facts.Protection.TUTELLE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;

/** Complaints, medical secrecy and the personne de confiance. */
final class ComplaintRules {

    private ComplaintRules() {
    }

    /** CSP L.1112-3 and R.1112-91 to R.1112-94: a written complaint to the director; a mediator; the CDU. */
    static void reclamationALEtablissement(Situation s, Findings f) {
        if (s.wants(COMPLAIN)) {
            f.step(StepId.RECLAMATION_CDU, IMPORTANT);
        }
    }

    /** CSP L.3223-1: the CDSP receives complaints from people in compulsory care. */
    static void commissionDepartementale(Situation s, Findings f) {
        if (s.wants(COMPLAIN) && f.compulsoryLikely()) {
            f.step(StepId.SAISIR_CDSP, IMPORTANT);
        }
    }

    /** CSP L.3211-3: a person in compulsory care may write to the CGLPL; so may anyone about a place of detention. */
    static void controleurGeneral(Situation s, Findings f) {
        if (s.wants(COMPLAIN) && (s.hospitalised() || s.detained())) {
            f.step(StepId.ECRIRE_CGLPL, IMPORTANT);
        }
    }

    /**
     * CSP L.1110-4: the person may object at any time to the sharing of information about them — except the
     * transmissions the law requires (certificates under compulsory care, reports under an injonction de soins).
     */
    static void sOpposerAuPartage(Situation s, Findings f) {
        if (s.wants(CONTROL_SHARING)) {
            f.step(StepId.OPPOSER_PARTAGE, IMPORTANT);
            if (f.compulsory(A_CONFIRMER) || f.anyFound(Findings.JUSTICE)) {
                f.warn(WarningId.PARTAGE_TRANSMISSIONS_OBLIGATOIRES);
            }
        }
    }

    /**
     * CSP L.1111-6: an adult may designate a personne de confiance, in writing, co-signed; it is proposed at each
     * hospitalisation. Under a measure with representation of the person, the judge's (or family council's)
     * authorisation is needed.
     */
    static void personneDeConfiance(Situation s, Findings f) {
        if (s.wants(TRUSTED_PERSON)) {
            f.step(StepId.DESIGNER_PERSONNE_CONFIANCE, IMPORTANT);
        } else if (s.hospitalised() && !s.minor()) {
            f.step(StepId.DESIGNER_PERSONNE_CONFIANCE, UTILE);
        } else {
            return;
        }
        var protection = s.facts().protection();
        if (protection == TUTELLE || protection == HABILITATION_FAMILIALE) {
            f.warn(WarningId.TUTELLE_PERSONNE_CONFIANCE);
        }
    }
}
