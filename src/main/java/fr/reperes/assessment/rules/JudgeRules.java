package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;

import fr.reperes.core.time.DayDeadline;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/**
 * The judge (magistrat du siège of the tribunal judiciaire, formerly "JLD") controls compulsory care: on their own
 * for full hospitalisation, at any time on request for every form.
 *
 * <p>How the judge's own time limits are counted (CSP L.3211-12-1): by {@link LegalDelays}, the admission or
 * decision day not counted (CPC 641 al. 1). Whether CPC 642 moves a limit ending on a Saturday, Sunday or holiday to
 * the next working day is not settled for these limits ({@link Extension#UNCERTAIN}): the legal last day is the later
 * reading, the date to act by the earlier one, also counting the admission day as day 1. The wording says so.
 */
final class JudgeRules {

    private final LegalDelays delays;

    JudgeRules(LegalDelays delays) {
        this.delays = delays;
    }

    /**
     * CSP L.3211-12-1 I: the judge rules before the 12th day of full hospitalisation, seized by the 8th day; then
     * before 6 months from the last decision while it continues, seized at least 15 days before (I 3°, IV).
     */
    void controleAutomatiqueDeLHospitalisationComplete(Situation s, Findings f) {
        if (!f.has(HOSPITALISATION_COMPLETE)) {
            return;
        }
        LocalDate admission = s.facts().admissionDate();
        LocalDate lastDecision = s.facts().lastJudgeDecisionDate();
        boolean reviewPending = false;
        boolean judgeLate = false;
        if (admission != null && (lastDecision == null || lastDecision.isBefore(admission))) {
            // L.3211-12-1 I and II: seized within 8 days, decision before 12 days of the admission. Whether CPC 642
            // extends them is unsettled (UNCERTAIN). The date to act by counts the admission day as day 1 (one day
            // less) and falls on a working day.
            DayDeadline seizure = delays.days(admission, 8, Extension.UNCERTAIN);
            DayDeadline decision = delays.days(admission, 12, Extension.UNCERTAIN);
            LocalDate seizureActBy = delays.days(admission, 7, Extension.UNCERTAIN).cautiousLastDay();
            LocalDate decisionActBy = delays.days(admission, 11, Extension.UNCERTAIN).cautiousLastDay();
            f.deadline(DeadlineId.JUGE_SAISINE_8_JOURS, seizureActBy, seizure.legalLastDay());
            f.deadline(DeadlineId.JUGE_DECISION_12_JOURS, decisionActBy, decision.legalLastDay());
            reviewPending = !s.passed(decision.legalLastDay());
            judgeLate = s.passed(decision.legalLastDay());
        }
        if (lastDecision != null && (admission == null || !lastDecision.isBefore(admission))) {
            // L.3211-12-1 I 3°: before 6 months from the last decision (CPC 641 al. 2; extension UNCERTAIN), seized
            // at least 15 days before (counted back, never extended). The dates to act by fall on working days.
            DayDeadline sixMonths = delays.months(lastDecision, 6, Extension.UNCERTAIN);
            LocalDate seizureLegal = delays.daysBefore(sixMonths.nominalLastDay(), 15);
            f.deadline(DeadlineId.JUGE_SAISINE_6_MOIS, delays.workingDayOnOrBefore(seizureLegal), seizureLegal);
            f.deadline(DeadlineId.JUGE_DECISION_6_MOIS, sixMonths.cautiousLastDay(), sixMonths.legalLastDay());
            judgeLate = s.passed(sixMonths.legalLastDay());
        }
        // While the care itself is only possible, the dates are shown but the steps wait for the basis to be known.
        if (!f.likely(HOSPITALISATION_COMPLETE)) {
            return;
        }
        if (admission == null && lastDecision == null) {
            f.clarify(ClarifyId.DATE_ADMISSION);
        }
        f.step(StepId.CONTROLE_JUGE, reviewPending ? URGENT : IMPORTANT);
        f.step(StepId.AVOCAT, judgeLate ? URGENT : IMPORTANT);
        if (judgeLate) {
            f.warn(WarningId.DELAI_JUGE_DEPASSE);
        }
    }

    /**
     * CSP L.3211-12: the person, a relative, the protector, anyone acting in their interest may ask the judge at
     * any time to lift compulsory care, whatever its form.
     */
    static void demanderLaMainleveeAuJuge(Situation s, Findings f) {
        if (!f.compulsoryLikely()) {
            return;
        }
        if (s.wants(CONTEST_MEASURE)) {
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, IMPORTANT);
            f.step(StepId.AVOCAT, IMPORTANT);
            f.step(StepId.SAISIR_CDSP, UTILE);
        } else if (!f.hasStep(StepId.MINEUR_SDT_SAISIR_JUGE)) {
            f.step(StepId.DEMANDER_MAINLEVEE_JUGE, UTILE);
        }
    }

    /** CSP L.3211-3: under compulsory care the person keeps rights the establishment must respect and explain. */
    static void droitsEnSoinsSansConsentement(Situation s, Findings f) {
        if (f.compulsory(A_CONFIRMER)) {
            f.step(StepId.DROITS, UTILE);
        }
    }
}
