package fr.reperes.assessment.rules;

import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SDRE_IRRESPONSABILITE_PENALE;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;

import fr.reperes.core.time.Extension;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/**
 * The measure itself must be renewed, whatever its form (full hospitalisation or programme de soins), counted from
 * the admission date when it is known. These are durations of the measure, not procedural delays: no Saturday,
 * Sunday or holiday extends them ({@link Extension#NOT_EXTENDED}), and the month ends on the day with the same
 * number (CPC 641 al. 2, counted by {@link LegalDelays}). Only the next renewal still to come is shown.
 */
final class RenewalRules {

    /** A bound on the periods looked through: 20 years of monthly or 6-monthly renewals. */
    private static final int MAX_PERIODS = 240;

    private final LegalDelays delays;

    RenewalRules(LegalDelays delays) {
        this.delays = delays;
    }

    /**
     * CSP L.3212-7: after the first month, an SDT (or péril imminent) measure is maintained for periods of at most
     * one month, each on a psychiatrist's detailed certificate written in the last 3 days of the period.
     */
    void maintienMensuelDesSoinsALaDemandeDUnTiers(Situation s, Findings f) {
        LocalDate admission = s.facts().admissionDate();
        if (admission == null || !f.likelyAny(SDT, SDT_URGENCE, PERIL_IMMINENT)) {
            return;
        }
        for (int month = 1; month <= MAX_PERIODS; month++) {
            LocalDate end = delays.months(admission, month, Extension.NOT_EXTENDED).legalLastDay();
            if (!s.passed(end)) {
                f.deadline(DeadlineId.SDT_MAINTIEN_MENSUEL, end);
                return;
            }
        }
    }

    /**
     * CSP L.3213-4: in the last 3 days of the first month the préfet may maintain the measure for 3 months; then for
     * periods of at most 6 months, renewable. Without an arrêté in time, the measure ends. So the arrêtés fall due
     * 1 month, 4 months, then every 6 months (10, 16, 22…) after the admission.
     */
    void arretesDeMaintienDuPrefet(Situation s, Findings f) {
        LocalDate admission = s.facts().admissionDate();
        if (admission == null || !f.likelyAny(SDRE, SDRE_IRRESPONSABILITE_PENALE)) {
            return;
        }
        int months = 1;
        for (int period = 0; period <= MAX_PERIODS; period++) {
            LocalDate end = delays.months(admission, months, Extension.NOT_EXTENDED).legalLastDay();
            if (!s.passed(end)) {
                f.deadline(DeadlineId.SDRE_ARRETE_DE_MAINTIEN, end);
                return;
            }
            months += months == 1 ? 3 : 6;
        }
    }
}
