package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Facts.DocumentHeld.CRIMINAL_SENTENCE;
import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Facts.Goal.CHANGE_TREATMENT;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Facts.JusticeMeasure.INJONCTION_DE_SOINS;
import static fr.reperes.core.Facts.JusticeMeasure.INJONCTION_THERAPEUTIQUE;
import static fr.reperes.core.Facts.JusticeMeasure.OBLIGATION_DE_SOINS;
import static fr.reperes.core.Facts.JusticeMeasure.UNKNOWN;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;

import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.RegimeCode;

import fr.reperes.core.time.DayDeadline;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;
import java.time.Period;

/**
 * Care ordered by a criminal court: three different measures (injonction de soins, obligation de soins,
 * injonction thérapeutique), none of which is compulsory psychiatric care under the CSP.
 */
final class JusticeRules {

    private final LegalDelays delays;

    JusticeRules(LegalDelays delays) {
        this.delays = delays;
    }

    /**
     * CSP L.3711-1 to L.3711-3 and CP 131-36-4: injonction de soins, with a médecin coordonnateur appointed by the
     * JAP. No treatment without consent, but refusing or stopping is reported to the JAP and can lead to prison
     * (CP 131-36-1); a change of treating doctor goes through the coordinator (R.3711-12).
     */
    static void injonctionDeSoins(Situation s, Findings f) {
        if (s.facts().justiceMeasure() != INJONCTION_DE_SOINS) {
            return;
        }
        f.regime(RegimeCode.INJONCTION_DE_SOINS, CERTAIN, Because.INJONCTION_DECLAREE, "CSP L.3711-1", "CSP L.3711-3",
                "CP 131-36-4");
        boolean pressing = s.wantsAny(LEAVE_CARE, CHANGE_DOCTOR, CHANGE_TREATMENT);
        f.step(StepId.INJONCTION_CONTINUER, pressing ? IMPORTANT : UTILE);
        if (s.wantsAny(LEAVE_CARE, CHANGE_TREATMENT)) {
            f.warn(WarningId.INJONCTION_ARRET);
        }
        if (s.wantsAny(CHANGE_DOCTOR, LEAVE_CARE)) {
            f.step(StepId.CHANGER_MEDECIN_COORDONNATEUR, IMPORTANT);
        }
        f.step(StepId.INJONCTION_ATTESTATION, UTILE);
    }

    /**
     * CP 132-45 3° (and CPP 138 10° under a contrôle judiciaire): obligation de soins. Free choice of doctor, no
     * coordinator; what counts is proof of follow-up (attestations for the SPIP or the judge).
     */
    static void obligationDeSoins(Situation s, Findings f) {
        if (s.facts().justiceMeasure() != OBLIGATION_DE_SOINS) {
            return;
        }
        f.regime(RegimeCode.OBLIGATION_DE_SOINS, CERTAIN, Because.OBLIGATION_DECLAREE, "CP 132-45", "CPP 138");
        f.step(StepId.OBLIGATION_CONTINUER, s.wantsAny(LEAVE_CARE, CHANGE_DOCTOR) ? IMPORTANT : UTILE);
    }

    /**
     * CSP L.3413-1 to L.3413-4: injonction thérapeutique (drugs or alcohol), evaluated by a médecin relais. Its
     * timeline (R.3413-x) runs in principle from the notification: contact within 15 days, first evaluation
     * within a month of the file, reviews at 3 and 6 months (R.3413-14). The date is read from the judge's
     * decision only when no psychiatric measure could be what that date refers to.
     */
    void injonctionTherapeutique(Situation s, Findings f) {
        if (s.facts().justiceMeasure() != INJONCTION_THERAPEUTIQUE) {
            return;
        }
        f.regime(RegimeCode.INJONCTION_THERAPEUTIQUE, CERTAIN, Because.INJONCTION_THERAPEUTIQUE_DECLAREE,
                "CSP L.3413-1", "CSP L.3413-2");
        f.step(StepId.INJONCTION_THERAPEUTIQUE_SUIVI, s.wantsAny(LEAVE_CARE, CHANGE_DOCTOR) ? IMPORTANT : UTILE);
        LocalDate notified = s.facts().judgeDecisionDate();
        boolean dateIsForThisMeasure = notified != null && !f.compulsory(A_CONFIRMER) && !s.restraintReported();
        if (dateIsForThisMeasure) {
            // R.3413-x: time limits on the authorities, given "en principe"; no text says whether CPC 642 applies to
            // them (UNCERTAIN). They are approximate ("vers le"): the date shown is the nominal day. The evaluation
            // is a month after the file reaches the médecin relais, at the latest 15 days after the notification:
            // 1 month and 15 days, months first (CPC 641 al. 3).
            record(f, DeadlineId.INJONCTION_THERAPEUTIQUE_CONTACT, delays.days(notified, 15, Extension.UNCERTAIN));
            record(f, DeadlineId.INJONCTION_THERAPEUTIQUE_EVALUATION,
                    delays.delay(notified, Period.of(0, 1, 15), Extension.UNCERTAIN));
            record(f, DeadlineId.INJONCTION_THERAPEUTIQUE_BILAN_3_MOIS, delays.months(notified, 3, Extension.UNCERTAIN));
            record(f, DeadlineId.INJONCTION_THERAPEUTIQUE_BILAN_6_MOIS, delays.months(notified, 6, Extension.UNCERTAIN));
        } else {
            f.clarify(ClarifyId.DATE_NOTIFICATION_INJONCTION_THERAPEUTIQUE);
        }
    }

    private static void record(Findings f, DeadlineId id, DayDeadline delay) {
        f.deadline(id, delay.nominalLastDay(), delay.legalLastDay());
    }

    /**
     * A criminal judgment held, measure unknown: it says which of the three measures applies (CP 131-36-4,
     * CP 132-45, CSP L.3413-1).
     */
    static void mesurePenaleInconnue(Situation s, Findings f) {
        JusticeMeasure measure = s.facts().justiceMeasure();
        boolean unknown = measure == null || measure == UNKNOWN;
        if (!unknown) {
            return;
        }
        if (s.holds(CRIMINAL_SENTENCE)) {
            f.regime(RegimeCode.INJONCTION_DE_SOINS, A_CONFIRMER, Because.JUGEMENT_PENAL_MESURE_INCONNUE,
                    "CP 131-36-4");
            f.regime(RegimeCode.OBLIGATION_DE_SOINS, A_CONFIRMER, Because.JUGEMENT_PENAL_MESURE_INCONNUE, "CP 132-45");
            f.regime(RegimeCode.INJONCTION_THERAPEUTIQUE, A_CONFIRMER, Because.JUGEMENT_PENAL_MESURE_INCONNUE,
                    "CSP L.3413-1");
            f.clarify(ClarifyId.PAPIER_JUGEMENT_PENAL);
        } else if (measure == UNKNOWN) {
            f.clarify(ClarifyId.PAPIER_JUGEMENT_PENAL);
        }
    }

    /** CP 132-45 3°, CSP L.3711-3, L.3413-2: a measure of care ordered by a court needs care that actually takes place. */
    static void mesurePenaleSansSuivi(Situation s, Findings f) {
        boolean measure = f.likelyAny(RegimeCode.INJONCTION_DE_SOINS, RegimeCode.OBLIGATION_DE_SOINS,
                RegimeCode.INJONCTION_THERAPEUTIQUE);
        if (measure && s.noCurrentCare()) {
            f.warn(WarningId.MESURE_PENALE_SANS_SUIVI);
        }
    }
}
