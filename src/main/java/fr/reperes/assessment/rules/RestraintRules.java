package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Facts.Restraint.RESTRAINT;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.URGENT;
import static fr.reperes.core.Priority.UTILE;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;
import static fr.reperes.core.RegimeCode.ISOLEMENT_CONTENTION;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

import fr.reperes.core.Facts.RestraintDecisions;
import fr.reperes.core.time.HourDeadline;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/**
 * Isolement and contention (CSP L.3222-5-1, loi n° 2022-46): a last resort, only in full hospitalisation without
 * consent, under the judge's control.
 */
final class RestraintRules {

    /** Cass. avis 6 March 2024 n° 23-70.017: seized at least 24 hours before the 168 hours run out. */
    private static final long SEVEN_DAYS_LESS_24_HOURS = 168 - 24;

    private final LegalDelays delays;

    RestraintRules(LegalDelays delays) {
        this.delays = delays;
    }

    /** CSP L.3222-5-1: isolement 12 h renewable up to 48 h; contention 6 h renewable up to 24 h. */
    static void isolementOuContention(Situation s, Findings f) {
        if (s.restraintReported()) {
            f.regime(ISOLEMENT_CONTENTION, CERTAIN,
                    s.facts().restraint() == RESTRAINT ? Because.CONTENTION_DECLAREE : Because.ISOLEMENT_DECLARE,
                    "CSP L.3222-5-1", "CSP L.3211-12");
        }
    }

    /**
     * CSP L.3222-5-1 I: isolement and contention are lawful only for a patient in full hospitalisation without
     * consent. Reported in soins libres, for a minor admitted at the parents' request, or outside hospital (a
     * programme de soins allows no coercion, CSP L.3211-2-1 III), it is a serious warning sign: lawyer, judge
     * (CSP L.3211-12), CGLPL.
     */
    static void isolementHorsDuCadreLegal(Situation s, Findings f) {
        if (!s.restraintReported() || f.likely(HOSPITALISATION_COMPLETE)) {
            return;
        }
        boolean freeCare = f.likelyAny(SOINS_LIBRES, SOINS_MINEUR_PARENTS) && !f.compulsoryLikely();
        boolean outsideHospital = s.outpatient() || s.noCurrentCare()
                || (f.likely(PROGRAMME_DE_SOINS) && !s.hospitalised());
        f.warn(freeCare || outsideHospital ? WarningId.ISOLEMENT_HORS_CADRE : WarningId.ISOLEMENT_BASE_INCONNUE);
        f.step(StepId.ISOLEMENT_HORS_CADRE, URGENT);
        f.step(StepId.AVOCAT, URGENT);
        f.step(StepId.ECRIRE_CGLPL, IMPORTANT);
        f.step(StepId.RECLAMATION_CDU, UTILE);
        f.warn(WarningId.NUMEROS_DE_CRISE);
    }

    /**
     * CSP L.3222-5-1 and L.3211-12-2 III: beyond 72 h of isolement or 48 h of contention the director must seize
     * the judge, who rules within 24 h; the person may ask the judge at any time (CSP L.3211-12; the request is
     * sent within 10 h, R.3211-34); appeal within 24 h (R.3211-42).
     */
    static void leJugeControleLIsolement(Situation s, Findings f) {
        if (s.restraintReported() && f.likely(HOSPITALISATION_COMPLETE)) {
            f.step(StepId.ISOLEMENT_SAISIR_JUGE, IMPORTANT);
            f.step(StepId.AVOCAT, IMPORTANT);
            f.step(StepId.ECRIRE_CGLPL, UTILE);
            f.warn(WarningId.NUMEROS_DE_CRISE);
        }
    }

    /**
     * CSP L.3222-5-1 II, as read by Cass. avis 6 March 2024 n° 23-70.017, and R.3211-32: the director seizes the
     * judge before 72 hours of isolement or 48 hours of contention from the start. After a decision keeping the
     * measure, the ordinary cycle runs again, counted from that decision (this starting point is to be checked with
     * the lawyer, and the wording says so). Only after two decisions keeping an isolement does the 7-day rhythm
     * apply: the judge is seized at least 24 hours before 7 days (168 hours) from the last decision, so before
     * 144 hours. Contention never has a 7-day rhythm. Counted in hours, never extended to a working day; when only
     * the day is known, the legal last day is that of the latest end and the date shown that of the earliest.
     */
    void leJugeEstSaisiDeNouveauAChaqueCycle(Situation s, Findings f) {
        if (!s.restraintReported() || !f.likely(HOSPITALISATION_COMPLETE)) {
            return;
        }
        boolean isolement = s.facts().restraint() != RESTRAINT;
        long cycle = isolement ? 72 : 48;
        RestraintDecisions decisions = s.facts().restraintJudgeDecisions();
        boolean kept = decisions == RestraintDecisions.ONE || decisions == RestraintDecisions.TWO_OR_MORE;
        if (decisions == null || decisions == RestraintDecisions.UNKNOWN) {
            f.clarify(ClarifyId.ISOLEMENT_DECISIONS_DU_JUGE);
        }
        HourDeadline seizure;
        DeadlineId id;
        if (!kept) {
            LocalDate start = s.facts().restraintStartDate();
            if (start == null) {
                f.clarify(ClarifyId.ISOLEMENT_DATE_DEBUT);
                return;
            }
            id = isolement ? DeadlineId.ISOLEMENT_SAISINE_72_HEURES : DeadlineId.CONTENTION_SAISINE_48_HEURES;
            seizure = delays.hoursFromDay(start, cycle);
        } else {
            LocalDate last = s.facts().lastRestraintDecisionDate();
            if (last == null) {
                f.clarify(ClarifyId.ISOLEMENT_DATE_DERNIERE_DECISION);
                return;
            }
            if (isolement && decisions == RestraintDecisions.TWO_OR_MORE) {
                id = DeadlineId.ISOLEMENT_SAISINE_7_JOURS;
                seizure = delays.hoursFromDay(last, SEVEN_DAYS_LESS_24_HOURS);
            } else {
                id = isolement ? DeadlineId.ISOLEMENT_NOUVELLE_SAISINE_72_HEURES
                        : DeadlineId.CONTENTION_NOUVELLE_SAISINE_48_HEURES;
                seizure = delays.hoursFromDay(last, cycle);
            }
        }
        f.deadline(id, seizure.safeLastDay(), seizure.latestEndDay());
        if (s.passed(seizure.latestEndDay())) {
            // If the measure went on past this point, the judge had to be seized: ask them to end it now.
            f.step(StepId.ISOLEMENT_SAISIR_JUGE, URGENT);
            f.step(StepId.AVOCAT, URGENT);
        }
    }
}
