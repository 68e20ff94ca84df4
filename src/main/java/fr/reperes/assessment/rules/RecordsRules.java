package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Goal.ACCESS_RECORDS;
import static fr.reperes.core.Priority.IMPORTANT;

import java.time.LocalDate;

/** Access to the medical file (CSP L.1111-7, R.1111-1 to R.1111-8). */
final class RecordsRules {

    private RecordsRules() {
    }

    /**
     * CSP L.1111-7: the person may ask for their file, directly or through a doctor; so may the holders of
     * parental authority of a minor and a protector whose mission covers the person. A relative of a living adult
     * may not ask in their place: they can help the person write their own request.
     */
    static void demanderLeDossierMedical(Situation s, Findings f) {
        if (!s.wants(ACCESS_RECORDS)) {
            return;
        }
        f.step(StepId.DEMANDER_DOSSIER, IMPORTANT);
        if (s.thirdPerson() && !s.minor()) {
            f.warn(WarningId.DOSSIER_PAS_POUR_UN_PROCHE);
        }
        if (f.compulsory(A_CONFIRMER)) {
            f.warn(WarningId.DOSSIER_SOINS_SANS_CONSENTEMENT);
        }
    }

    /**
     * CSP L.1111-7 and R.1111-1: an answer within 8 days of receipt (not before 48 hours), 2 months for
     * information over 5 years old or when the CDSP is seized. Once 8 days have passed, a reminder is due.
     */
    static void delaisDeReponse(Situation s, Findings f) {
        LocalDate requested = s.facts().recordsRequestDate();
        if (requested == null) {
            return;
        }
        LocalDate eightDays = requested.plusDays(8);
        f.deadline(DeadlineId.DOSSIER_8_JOURS, eightDays);
        f.deadline(DeadlineId.DOSSIER_2_MOIS, requested.plusMonths(2));
        if (s.passed(eightDays)) {
            f.step(StepId.RELANCER_DOSSIER, IMPORTANT);
        }
    }
}
