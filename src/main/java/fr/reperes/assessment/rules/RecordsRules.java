package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Goal.ACCESS_RECORDS;
import static fr.reperes.core.Priority.IMPORTANT;

import fr.reperes.core.time.DayDeadline;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/** Access to the medical file (CSP L.1111-7, R.1111-1 to R.1111-8). */
final class RecordsRules {

    private final LegalDelays delays;

    RecordsRules(LegalDelays delays) {
        this.delays = delays;
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
     * information over 5 years old or when the CDSP is seized. Once 8 days have passed, a reminder is due. No text
     * says whether CPC 642 moves these administrative delays to a working day (UNCERTAIN): the legal last day is the
     * later reading, the date shown to wait for the earlier one. The reminder waits for the later one, so that a
     * CADA or CNIL complaint is never premature.
     */
    void delaisDeReponse(Situation s, Findings f) {
        LocalDate requested = s.facts().recordsRequestDate();
        if (requested == null) {
            return;
        }
        DayDeadline eightDays = delays.days(requested, 8, Extension.UNCERTAIN);
        DayDeadline twoMonths = delays.months(requested, 2, Extension.UNCERTAIN);
        f.deadline(DeadlineId.DOSSIER_8_JOURS, eightDays.nominalLastDay(), eightDays.legalLastDay());
        f.deadline(DeadlineId.DOSSIER_2_MOIS, twoMonths.nominalLastDay(), twoMonths.legalLastDay());
        if (s.passed(eightDays.legalLastDay())) {
            f.step(StepId.RELANCER_DOSSIER, IMPORTANT);
        }
    }
}
