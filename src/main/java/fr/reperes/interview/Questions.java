package fr.reperes.interview;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.AppealedDecision;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.Facts.RestraintDecisions;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions in the order they are asked, and when each is needed. Who answers comes first because it changes
 * the wording of everything after it. A question whose answer could not change the result is not asked.
 */
@Component
public class Questions {

    /** Bases of care decided without the person's consent (CSP L.3211-1 and following). */
    private static final Set<CareBasis> COMPULSORY = EnumSet.of(CareBasis.THIRD_PARTY, CareBasis.THIRD_PARTY_URGENT,
            CareBasis.IMMINENT_PERIL, CareBasis.PREFECT, CareBasis.MAYOR_PROVISIONAL,
            CareBasis.CRIMINAL_IRRESPONSIBILITY, CareBasis.DETAINEE);

    private final List<Question> all = List.of(
            single("respondent", Respondent.class, facts -> true),
            yesNo("minor", facts -> true),
            single("careSetting", CareSetting.class, facts -> true),
            new Question("careBasis", Question.Kind.SINGLE, careBases(), Questions::inCare),
            // With a compulsory basis given by the prison route, detention is already known.
            yesNo("detained", facts -> inCare(facts) && facts.careBasis() != CareBasis.DETAINEE
                    && facts.minor() != Boolean.TRUE),
            // A programme de soins only exists outside full hospitalisation, under compulsory care (CSP L.3211-2-1).
            yesNo("programmeDeSoins", facts -> facts.careSetting() == CareSetting.OUTPATIENT
                    && !consented(facts.careBasis())),
            single("restraint", Restraint.class, facts -> facts.careSetting() == CareSetting.FULL_HOSPITALISATION),
            // CSP L.3222-5-1 II: the judge is seized again on a cycle counted from the start, then from each decision.
            date("restraintStartDate", Questions::restrained),
            single("restraintJudgeDecisions", RestraintDecisions.class, Questions::restrained),
            date("lastRestraintDecisionDate", facts -> restrained(facts)
                    && (facts.restraintJudgeDecisions() == RestraintDecisions.ONE
                    || facts.restraintJudgeDecisions() == RestraintDecisions.TWO_OR_MORE)),
            date("admissionDate", facts -> facts.careSetting() == CareSetting.FULL_HOSPITALISATION
                    && possiblyCompulsory(facts.careBasis())),
            date("lastJudgeDecisionDate", facts -> facts.careSetting() == CareSetting.FULL_HOSPITALISATION
                    && possiblyCompulsory(facts.careBasis())),
            date("judgeDecisionDate", facts -> inCare(facts) && possiblyCompulsory(facts.careBasis())),
            // CSP R.3211-18 / R.3211-42: 10 days against the measure, 24 hours against isolement or contention.
            single("appealedDecision", AppealedDecision.class, facts -> facts.judgeDecisionDate() != null
                    && facts.careSetting() == CareSetting.FULL_HOSPITALISATION),
            single("justiceMeasure", JusticeMeasure.class, facts -> true),
            single("protection", Protection.class, facts -> true),
            // The papers settle what the person is unsure of: say what is uncertain, and what settles it.
            multiple("documentsHeld", DocumentHeld.class, Questions::somethingUncertain),
            multiple("goals", Goal.class, facts -> true),
            date("recordsRequestDate", facts -> facts.goals().contains(Goal.ACCESS_RECORDS)));

    /** The parts of the questionnaire, shown as "Partie 2 sur 5 : Les soins"; the order of the questions keeps it rising. */
    public static final int PARTS = 5;
    private static final Map<String, Integer> PART = Map.ofEntries(
            Map.entry("respondent", 1), Map.entry("minor", 1),
            Map.entry("careSetting", 2), Map.entry("careBasis", 2), Map.entry("detained", 2),
            Map.entry("programmeDeSoins", 2), Map.entry("restraint", 2), Map.entry("restraintStartDate", 2),
            Map.entry("restraintJudgeDecisions", 2), Map.entry("lastRestraintDecisionDate", 2),
            Map.entry("admissionDate", 3), Map.entry("lastJudgeDecisionDate", 3), Map.entry("judgeDecisionDate", 3),
            Map.entry("appealedDecision", 3),
            Map.entry("justiceMeasure", 4), Map.entry("protection", 4), Map.entry("documentsHeld", 4),
            Map.entry("goals", 5), Map.entry("recordsRequestDate", 5));

    /** The part (1 to {@link #PARTS}) a question belongs to. */
    public int partOf(Question question) {
        return PART.get(question.id());
    }

    public List<Question> all() {
        return all;
    }

    public Optional<Question> byId(String id) {
        return all.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** The questions needed for these facts, in order. */
    public List<Question> askedFor(Facts facts) {
        return all.stream().filter(question -> question.isAskedFor(facts)).toList();
    }

    private static boolean restrained(Facts facts) {
        return facts.careSetting() == CareSetting.FULL_HOSPITALISATION
                && (facts.restraint() == Restraint.ISOLATION || facts.restraint() == Restraint.RESTRAINT);
    }

    private static boolean inCare(Facts facts) {
        return facts.careSetting() != null && facts.careSetting() != CareSetting.NONE;
    }

    private static boolean consented(CareBasis basis) {
        return basis == CareBasis.CONSENT || basis == CareBasis.PARENTS;
    }

    private static boolean possiblyCompulsory(CareBasis basis) {
        return basis == null || basis == CareBasis.UNKNOWN || COMPULSORY.contains(basis);
    }

    private static boolean somethingUncertain(Facts facts) {
        return (inCare(facts) && (facts.careBasis() == null || facts.careBasis() == CareBasis.UNKNOWN))
                || facts.justiceMeasure() == JusticeMeasure.UNKNOWN
                || facts.protection() == Protection.UNKNOWN
                || (facts.careSetting() == CareSetting.OUTPATIENT && facts.programmeDeSoins() == null
                && !consented(facts.careBasis()));
    }

    /** "Je ne sais pas" is offered separately: UNKNOWN is not listed as an option of its own. */
    private static List<String> careBases() {
        return Arrays.stream(CareBasis.values()).filter(basis -> basis != CareBasis.UNKNOWN).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Question single(String id, Class<E> type, java.util.function.Predicate<Facts> asked) {
        return new Question(id, Question.Kind.SINGLE, names(type), asked);
    }

    private static <E extends Enum<E>> Question multiple(String id, Class<E> type, java.util.function.Predicate<Facts> asked) {
        return new Question(id, Question.Kind.MULTIPLE, names(type), asked);
    }

    private static Question yesNo(String id, java.util.function.Predicate<Facts> asked) {
        return new Question(id, Question.Kind.SINGLE, List.of("true", "false"), asked);
    }

    private static Question date(String id, java.util.function.Predicate<Facts> asked) {
        return new Question(id, Question.Kind.DATE, List.of(), asked);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !name.equals("UNKNOWN")).toList();
    }
}
