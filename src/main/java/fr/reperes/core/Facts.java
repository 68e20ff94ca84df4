package fr.reperes.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the interview gathers, also the JSON body of {@code POST /api/assessment}. Every field is
 * optional: {@code null} means "unknown", never "no".
 */
public record Facts(
        Respondent respondent,
        Boolean minor,
        CareSetting careSetting,
        CareBasis careBasis,
        Boolean detained,
        Boolean programmeDeSoins,
        List<DocumentHeld> documentsHeld,
        LocalDate admissionDate,
        LocalDate lastJudgeDecisionDate,
        Restraint restraint,
        JusticeMeasure justiceMeasure,
        Protection protection,
        List<Goal> goals,
        LocalDate recordsRequestDate,
        LocalDate judgeDecisionDate,
        AppealedDecision appealedDecision,
        LocalDate restraintStartDate,
        RestraintDecisions restraintJudgeDecisions,
        LocalDate lastRestraintDecisionDate,
        List<ProcedureEvent> events) {

    public Facts {
        documentsHeld = documentsHeld == null ? List.of() : List.copyOf(documentsHeld);
        goals = goals == null ? List.of() : List.copyOf(goals);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The facts without the dated events of the procedure (kept for callers written before they existed). */
    public Facts(Respondent respondent, Boolean minor, CareSetting careSetting, CareBasis careBasis, Boolean detained,
                 Boolean programmeDeSoins, List<DocumentHeld> documentsHeld, LocalDate admissionDate,
                 LocalDate lastJudgeDecisionDate, Restraint restraint, JusticeMeasure justiceMeasure,
                 Protection protection, List<Goal> goals, LocalDate recordsRequestDate, LocalDate judgeDecisionDate,
                 AppealedDecision appealedDecision, LocalDate restraintStartDate,
                 RestraintDecisions restraintJudgeDecisions, LocalDate lastRestraintDecisionDate) {
        this(respondent, minor, careSetting, careBasis, detained, programmeDeSoins, documentsHeld, admissionDate,
                lastJudgeDecisionDate, restraint, justiceMeasure, protection, goals, recordsRequestDate,
                judgeDecisionDate, appealedDecision, restraintStartDate, restraintJudgeDecisions,
                lastRestraintDecisionDate, null);
    }

    /** The same facts with these dated events of the procedure. */
    public Facts withEvents(List<ProcedureEvent> newEvents) {
        return new Facts(respondent, minor, careSetting, careBasis, detained, programmeDeSoins, documentsHeld,
                admissionDate, lastJudgeDecisionDate, restraint, justiceMeasure, protection, goals, recordsRequestDate,
                judgeDecisionDate, appealedDecision, restraintStartDate, restraintJudgeDecisions,
                lastRestraintDecisionDate, newEvents);
    }

    /** What makes the events unusable (unknown type, impossible date or order), in French; empty when none. */
    public Optional<String> eventsProblem() {
        return ProcedureEvents.problem(events);
    }

    /** The facts without the isolement cycle (kept for callers written before those questions existed). */
    public Facts(Respondent respondent, Boolean minor, CareSetting careSetting, CareBasis careBasis, Boolean detained,
                 Boolean programmeDeSoins, List<DocumentHeld> documentsHeld, LocalDate admissionDate,
                 LocalDate lastJudgeDecisionDate, Restraint restraint, JusticeMeasure justiceMeasure,
                 Protection protection, List<Goal> goals, LocalDate recordsRequestDate, LocalDate judgeDecisionDate,
                 AppealedDecision appealedDecision) {
        this(respondent, minor, careSetting, careBasis, detained, programmeDeSoins, documentsHeld, admissionDate,
                lastJudgeDecisionDate, restraint, justiceMeasure, protection, goals, recordsRequestDate,
                judgeDecisionDate, appealedDecision, null, null, null);
    }

    /** The facts without the decision appealed (kept for callers written before that question existed). */
    public Facts(Respondent respondent, Boolean minor, CareSetting careSetting, CareBasis careBasis, Boolean detained,
                 Boolean programmeDeSoins, List<DocumentHeld> documentsHeld, LocalDate admissionDate,
                 LocalDate lastJudgeDecisionDate, Restraint restraint, JusticeMeasure justiceMeasure,
                 Protection protection, List<Goal> goals, LocalDate recordsRequestDate, LocalDate judgeDecisionDate) {
        this(respondent, minor, careSetting, careBasis, detained, programmeDeSoins, documentsHeld, admissionDate,
                lastJudgeDecisionDate, restraint, justiceMeasure, protection, goals, recordsRequestDate,
                judgeDecisionDate, (AppealedDecision) null);
    }

    /**
     * Dates outside this range are typing mistakes or hostile values: a deadline counted from year 999999999 does
     * not exist in the calendar. The API and the answers file refuse them (the interview's date field cannot give
     * them).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** The name of the first date field outside {@link #EARLIEST_DATE}–{@link #LATEST_DATE}, if any. */
    public Optional<String> implausibleDateField() {
        return Arrays.stream(FactName.values())
                .filter(fact -> fact.date(this).filter(date -> date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))
                        .isPresent())
                .map(FactName::id).findFirst();
    }

    public static Facts unknown() {
        return new Facts(null, null, null, null, null, null, List.of(), null, null, null, null, null, List.of(),
                null, null, null, null, null, null, List.of());
    }

    public enum Respondent { PERSON, RELATIVE, ASSOCIATION, LAWYER }

    public enum CareSetting { NONE, OUTPATIENT, FULL_HOSPITALISATION }

    public enum CareBasis {
        CONSENT, THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL, PREFECT, MAYOR_PROVISIONAL,
        CRIMINAL_IRRESPONSIBILITY, DETAINEE, PARENTS, CHILDREN_JUDGE, UNKNOWN
    }

    public enum DocumentHeld {
        PREFECT_ORDER, DIRECTOR_DECISION, MAYOR_ORDER, JUDGE_DECISION_CARE, PROGRAMME_DE_SOINS, CRIMINAL_SENTENCE,
        PROTECTION_JUDGMENT, NONE
    }

    public enum Restraint { NONE, ISOLATION, RESTRAINT }

    /**
     * Which decision of the judge is appealed: the appeal delay is 10 days against a decision on the care measure
     * (CSP R.3211-18) and 24 hours against a decision on isolement or contention (CSP R.3211-42).
     */
    public enum AppealedDecision { CARE_MEASURE, ISOLEMENT_CONTENTION, UNKNOWN }

    /**
     * How many decisions of the judge have kept the isolement or contention going: after two decisions keeping an
     * isolement, the judge is seized again on a 7-day rhythm (CSP L.3222-5-1 II; Cass. avis 6 March 2024
     * n° 23-70.017); otherwise the ordinary cycle (72 hours of isolement, 48 hours of contention) runs again.
     */
    public enum RestraintDecisions { NONE, ONE, TWO_OR_MORE, UNKNOWN }

    public enum JusticeMeasure { NONE, INJONCTION_DE_SOINS, OBLIGATION_DE_SOINS, INJONCTION_THERAPEUTIQUE, UNKNOWN }

    public enum Protection {
        NONE, SAUVEGARDE_DE_JUSTICE, CURATELLE, CURATELLE_RENFORCEE, TUTELLE, HABILITATION_FAMILIALE,
        MANDAT_PROTECTION_FUTURE, UNKNOWN
    }

    public enum Goal {
        LEAVE_CARE, ACCESS_RECORDS, CONTEST_MEASURE, CHANGE_DOCTOR, CHANGE_TREATMENT, COMPLAIN, CONTROL_SHARING,
        TRUSTED_PERSON, UNDERSTAND
    }
}
