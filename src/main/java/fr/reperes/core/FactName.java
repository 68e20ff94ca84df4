package fr.reperes.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The name of each fact, as the API, the answers file and the content files write it ({@code careBasis},
 * {@code admissionDate}), with a typed way to read it from {@link Facts}. Content that copies an answer (a letter's
 * field prefilled with the admission date, a choice preselected by the protective measure) names the fact here and
 * is checked against it at start-up.
 */
public enum FactName {
    RESPONDENT("respondent", Facts.Respondent.class, Facts::respondent),
    MINOR("minor", Boolean.class, Facts::minor),
    CARE_SETTING("careSetting", Facts.CareSetting.class, Facts::careSetting),
    CARE_BASIS("careBasis", Facts.CareBasis.class, Facts::careBasis),
    DETAINED("detained", Boolean.class, Facts::detained),
    PROGRAMME_DE_SOINS("programmeDeSoins", Boolean.class, Facts::programmeDeSoins),
    DOCUMENTS_HELD("documentsHeld", Facts.DocumentHeld.class, Facts::documentsHeld),
    ADMISSION_DATE("admissionDate", LocalDate.class, Facts::admissionDate),
    LAST_JUDGE_DECISION_DATE("lastJudgeDecisionDate", LocalDate.class, Facts::lastJudgeDecisionDate),
    RESTRAINT("restraint", Facts.Restraint.class, Facts::restraint),
    JUSTICE_MEASURE("justiceMeasure", Facts.JusticeMeasure.class, Facts::justiceMeasure),
    PROTECTION("protection", Facts.Protection.class, Facts::protection),
    GOALS("goals", Facts.Goal.class, Facts::goals),
    RECORDS_REQUEST_DATE("recordsRequestDate", LocalDate.class, Facts::recordsRequestDate),
    JUDGE_DECISION_DATE("judgeDecisionDate", LocalDate.class, Facts::judgeDecisionDate),
    APPEALED_DECISION("appealedDecision", Facts.AppealedDecision.class, Facts::appealedDecision),
    RESTRAINT_START_DATE("restraintStartDate", LocalDate.class, Facts::restraintStartDate),
    RESTRAINT_JUDGE_DECISIONS("restraintJudgeDecisions", Facts.RestraintDecisions.class,
            Facts::restraintJudgeDecisions),
    LAST_RESTRAINT_DECISION_DATE("lastRestraintDecisionDate", LocalDate.class, Facts::lastRestraintDecisionDate),
    /** The dated events of the procedure, each written "TYPE date" (checked by {@link ProcedureEvents}). */
    EVENTS("events", ProcedureEvent.class, Facts::events);

    private final String id;
    private final Class<?> valueType;
    private final Function<Facts, ?> accessor;

    FactName(String id, Class<?> valueType, Function<Facts, ?> accessor) {
        this.id = id;
        this.valueType = valueType;
        this.accessor = accessor;
    }

    /** As written in JSON and in content files: "careBasis". */
    @JsonValue
    public String id() {
        return id;
    }

    public boolean isDate() {
        return valueType == LocalDate.class;
    }

    /** The answer, as written in JSON: enum names, "true"/"false", ISO dates; empty when unknown. */
    public List<String> values(Facts facts) {
        Object value = accessor.apply(facts);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FactName::written).toList();
        }
        return List.of(written(value));
    }

    /** The date answered, for a date fact. */
    public Optional<LocalDate> date(Facts facts) {
        return isDate() ? Optional.ofNullable((LocalDate) accessor.apply(facts)) : Optional.empty();
    }

    /** Every value this fact can take ("true" and "false" for a yes/no), or nothing for a date. */
    public List<String> possibleValues() {
        if (valueType == Boolean.class) {
            return List.of("true", "false");
        }
        if (valueType.isEnum()) {
            return Arrays.stream(valueType.getEnumConstants()).map(FactName::written).toList();
        }
        return List.of();
    }

    public static Optional<FactName> byId(String id) {
        return Arrays.stream(values()).filter(fact -> fact.id.equals(id)).findFirst();
    }

    /** For content files: an unknown name is refused with a French message. */
    @JsonCreator
    public static FactName of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "« " + id + " » n'est pas une réponse du questionnaire"));
    }

    @Override
    public String toString() {
        return id;
    }

    private static String written(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
