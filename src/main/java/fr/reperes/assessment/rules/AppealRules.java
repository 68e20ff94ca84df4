package fr.reperes.assessment.rules;

import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;

import fr.reperes.core.Facts.AppealedDecision;
import fr.reperes.core.time.DayDeadline;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/**
 * Appeal against a decision of the judge, to the premier président of the cour d'appel. The appeal is not
 * suspensive (CSP L.3211-12-4). Which decision is appealed sets the delay:
 * <ul>
 *   <li>a decision on the care measure: 10 days from notification (CSP R.3211-18), counted as the Code de procédure
 *       civile counts (CPC 640 to 642: the day of notification does not count, the delay ends at 24:00 and a last
 *       day on a Saturday, Sunday or public holiday moves to the next working day);</li>
 *   <li>a decision on isolement or contention: 24 hours from notification (CSP R.3211-42), counted in hours and
 *       never extended. Once they have passed, a new request to the judge remains (CSP L.3211-12).</li>
 * </ul>
 * In both cases the declaration must reach the greffe of the cour d'appel in time (CSP R.3211-19).
 */
final class AppealRules {

    private final LegalDelays delays;

    AppealRules(LegalDelays delays) {
        this.delays = delays;
    }

    /** CSP R.3211-18, R.3211-19, R.3211-42; CPC 640 to 642; CSP L.3211-12 once the delay is over. */
    void faireAppel(Situation s, Findings f) {
        LocalDate notified = s.facts().judgeDecisionDate();
        boolean minorWithAnIrregularDecision = f.hasStep(StepId.MINEUR_SDT_SAISIR_JUGE);
        if (notified == null || !(f.compulsoryLikely() || s.restraintReported() || minorWithAnIrregularDecision)) {
            return;
        }
        AppealedDecision appealed = s.facts().appealedDecision();
        boolean onRestraint = appealed == AppealedDecision.ISOLEMENT_CONTENTION;
        boolean onMeasure = appealed == AppealedDecision.CARE_MEASURE;
        boolean stillOpen = false;

        if (!onRestraint) {
            // CSP R.3211-18 sets no rule of its own on counting: CPC 640 to 642 apply, extension included.
            DayDeadline tenDays = delays.days(notified, 10, Extension.EXTENDED);
            f.deadline(DeadlineId.APPEL_10_JOURS, tenDays.cautiousLastDay(), tenDays.legalLastDay());
            stillOpen = !s.passed(tenDays.legalLastDay());
        }
        if (onRestraint || !onMeasure && s.restraintReported()) {
            // Only the day of notification is known: the 24 hours end at the latest the next day, at that hour.
            LocalDate lastDay = delays.hoursFromDay(notified, 24).latestEnd().toLocalDate();
            f.deadline(DeadlineId.APPEL_24_HEURES, lastDay);
            stillOpen |= !s.passed(lastDay);
            if (!onRestraint) {
                f.clarify(ClarifyId.APPEL_QUELLE_DECISION);
            }
        }
        if (stillOpen) {
            f.step(StepId.FAIRE_APPEL, URGENT);
        } else if (onRestraint) {
            // CSP L.3211-12: the 24 hours are over, the judge is not: ask again to end the isolement or contention.
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, URGENT);
            f.warn(WarningId.APPEL_24H_PASSE);
        } else if (s.wants(CONTEST_MEASURE)) {
            // The delay has gone, the judge has not: a new request can be made at any time.
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, IMPORTANT);
        }
    }
}
