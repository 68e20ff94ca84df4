package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;

import java.time.LocalDate;

/**
 * The judge (magistrat du siège of the tribunal judiciaire, formerly "JLD") controls compulsory care: on their own
 * for full hospitalisation, at any time on request for every form.
 *
 * <p>How deadlines are counted: the law says "within 12 days of the admission" (CSP L.3211-12-1) and "10 days
 * from notification" (R.3211-18) without saying, for these procedures, whether the first day counts. We count it
 * (admission day = day 1): the dates shown are the earliest reading, so nobody waits past a deadline because of
 * our arithmetic. The wording says so.
 */
final class JudgeRules {

    private JudgeRules() {
    }

    /**
     * CSP L.3211-12-1 I: the judge rules before the 12th day of full hospitalisation, seized by the 8th day; then
     * before 6 months from the last decision while it continues, seized at least 15 days before (IV).
     */
    static void controleAutomatiqueDeLHospitalisationComplete(Situation s, Findings f) {
        if (!f.has(HOSPITALISATION_COMPLETE)) {
            return;
        }
        LocalDate admission = s.facts().admissionDate();
        LocalDate lastDecision = s.facts().lastJudgeDecisionDate();
        boolean reviewPending = false;
        boolean judgeLate = false;
        if (admission != null && (lastDecision == null || lastDecision.isBefore(admission))) {
            LocalDate seizure = admission.plusDays(7);
            LocalDate decision = admission.plusDays(11);
            f.deadline(DeadlineId.JUGE_SAISINE_8_JOURS, seizure);
            f.deadline(DeadlineId.JUGE_DECISION_12_JOURS, decision);
            reviewPending = !s.passed(decision);
            judgeLate = s.passed(decision);
        }
        if (lastDecision != null && (admission == null || !lastDecision.isBefore(admission))) {
            LocalDate sixMonths = lastDecision.plusMonths(6).minusDays(1);
            f.deadline(DeadlineId.JUGE_SAISINE_6_MOIS, sixMonths.minusDays(15));
            f.deadline(DeadlineId.JUGE_DECISION_6_MOIS, sixMonths);
            judgeLate = s.passed(sixMonths);
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
