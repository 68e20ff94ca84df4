package fr.reperes.interview;

import fr.reperes.core.Facts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes one fact by question id, as strings: enum names, "true"/"false", ISO dates. An empty answer
 * records "Je ne sais pas": the fact becomes unknown (UNKNOWN where the fact has that value, absent otherwise).
 * The conversion goes through the same JSON form as the API and the answers file.
 */
@Component
public class FactsCodec {

    /** Facts whose "Je ne sais pas" is a value of their own, which the assessment treats as a signal. */
    private static final Set<String> EXPLICIT_UNKNOWN = Set.of("careBasis", "justiceMeasure", "protection",
            "appealedDecision", "restraintJudgeDecisions");

    private final JsonMapper json;

    public FactsCodec(JsonMapper json) {
        this.json = json;
    }

    public List<String> read(Facts facts, String id) {
        Object value = toMap(facts).get(id);
        if (value == null || "UNKNOWN".equals(value)) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** The facts with one answer changed. */
    public Facts write(Facts facts, Question question, List<String> values) {
        Map<String, Object> map = toMap(facts);
        String id = question.id();
        if (question.kind() == Question.Kind.MULTIPLE) {
            map.put(id, List.copyOf(values));
        } else if (values.isEmpty()) {
            map.put(id, EXPLICIT_UNKNOWN.contains(id) ? "UNKNOWN" : null);
        } else {
            map.put(id, values.getFirst());
        }
        return json.convertValue(map, Facts.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> toMap(Facts facts) {
        return new LinkedHashMap<>(json.convertValue(facts, Map.class));
    }
}
