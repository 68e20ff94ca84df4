package fr.reperes.assessment;

import fr.reperes.ApiFuzzSupport;
import fr.reperes.HostileInput;
import fr.reperes.core.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/assessment} under generated input, as a lawyer's software with a bug or a hostile client would
 * send it: every well-formed set of facts gets an assessment; everything else gets a 4xx with a French message,
 * never a server error.
 */
class AssessmentApiFuzzTest extends ApiFuzzSupport {

    private static final String PATH = "/api/assessment";
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();
    private static final Map<String, Class<? extends Enum<?>>> LISTS = new LinkedHashMap<>();
    private static final List<String> BOOLEANS = List.of("minor", "detained", "programmeDeSoins");
    private static final List<String> DATES = List.of("admissionDate", "lastJudgeDecisionDate", "recordsRequestDate",
            "judgeDecisionDate");

    static {
        ENUMS.put("respondent", Facts.Respondent.class);
        ENUMS.put("careSetting", Facts.CareSetting.class);
        ENUMS.put("careBasis", Facts.CareBasis.class);
        ENUMS.put("restraint", Facts.Restraint.class);
        ENUMS.put("justiceMeasure", Facts.JusticeMeasure.class);
        ENUMS.put("protection", Facts.Protection.class);
        LISTS.put("documentsHeld", Facts.DocumentHeld.class);
        LISTS.put("goals", Facts.Goal.class);
    }

    /** A well-formed set of facts: any subset of the fields, each with an accepted value. */
    private static Map<String, String> validFacts(HostileInput in) {
        Map<String, String> fields = new LinkedHashMap<>();
        ENUMS.forEach((name, type) -> {
            if (in.chance(0.6)) {
                fields.put(name, "\"" + in.pick(Arrays.asList(type.getEnumConstants())).name() + "\"");
            }
        });
        LISTS.forEach((name, type) -> {
            if (in.chance(0.5)) {
                StringJoiner list = new StringJoiner(",", "[", "]");
                for (int i = in.nextInt(4); i > 0; i--) {
                    list.add("\"" + in.pick(Arrays.asList(type.getEnumConstants())).name() + "\"");
                }
                fields.put(name, list.toString());
            }
        });
        BOOLEANS.forEach(name -> {
            if (in.chance(0.5)) {
                fields.put(name, String.valueOf(in.chance(0.5)));
            }
        });
        DATES.forEach(name -> {
            if (in.chance(0.4)) {
                fields.put(name, "\"" + LocalDate.of(1950, 1, 1).plusDays(in.nextInt(150 * 365)) + "\"");
            }
        });
        return fields;
    }

    private static String json(Map<String, String> fields) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        fields.forEach((name, value) -> json.add("\"" + name + "\":" + value));
        return json.toString();
    }

    @Test
    void everyWellFormedSetOfFactsGetsAnAssessment() {
        HostileInput in = new HostileInput(8_001);
        for (int i = 0; i < 300; i++) {
            String body = json(validFacts(in));
            Answer answer = postJson(PATH, body);
            assertThat(answer.status()).as("%s : %s → %s", in.replay(i), body, abbreviate(answer.text())).isEqualTo(200);
            assertThat(answer.text()).as(in.replay(i)).contains("\"regimes\"").contains("\"steps\"");
        }
    }

    @Test
    void datesFrom1900To2100AreAssessedAndOthersRefusedInFrench() {
        List<String> edges = List.of("0001-01-01", "1900-01-01", "2024-02-29", "2100-12-31", "9999-12-31",
                "+10000-01-01", "+999999999-12-31", "-999999999-01-01", "-0001-06-15");
        int i = 0;
        for (String date : edges) {
            for (String field : DATES) {
                Answer answer = postJson(PATH, "{\"careBasis\":\"THIRD_PARTY\",\"careSetting\":\"FULL_HOSPITALISATION\","
                        + "\"justiceMeasure\":\"INJONCTION_THERAPEUTIQUE\",\"goals\":[\"ACCESS_RECORDS\"],\"" + field
                        + "\":\"" + date + "\"}");
                String replay = "date " + date + " dans " + field + " (cas " + i++ + ")";
                if (date.startsWith("1900") || date.startsWith("2024") || date.startsWith("2100")) {
                    assertThat(answer.status()).as(replay).isEqualTo(200);
                } else {
                    assertThat(assertRefusedInFrench(answer, replay)).as(replay).contains(field);
                }
            }
        }
    }

    @Test
    void impossibleDatesAreRefusedInFrenchNamingTheField() {
        HostileInput in = new HostileInput(8_002);
        for (int i = 0; i < 200; i++) {
            String field = in.pick(DATES);
            String date = in.chance(0.7) ? in.pick(HostileInput.BAD_DATES)
                    : String.format("%04d-%02d-%02d", in.nextInt(10_000), 13 + in.nextInt(87), 32 + in.nextInt(68));
            Map<String, String> facts = validFacts(in);
            facts.put(field, "\"" + HostileInput.escape(date) + "\"");
            String message = assertRefusedInFrench(postJson(PATH, json(facts)), in.replay(i) + " (" + date + ")");
            assertThat(message).as(in.replay(i)).contains(field);
        }
    }

    @Test
    void unknownCodesAndWrongTypesAreRefusedInFrenchNamingTheField() {
        HostileInput in = new HostileInput(8_003);
        List<String> fields = new ArrayList<>(ENUMS.keySet());
        fields.addAll(LISTS.keySet());
        fields.addAll(BOOLEANS);
        fields.addAll(DATES);
        for (int i = 0; i < 300; i++) {
            String field = in.pick(fields);
            String value = switch (in.nextInt(4)) {
                case 0 -> in.jsonString(); // an unknown code, possibly with broken escapes
                case 1 -> "\"" + in.pick(List.of("consent", "Consent", "CON SENT", "SOINS_LIBRES", "0",
                        "LEAVE_CARE,COMPLAIN", "true", "\\u0043ONSENT\\u0000")) + "\"";
                case 2 -> in.pick(List.of("0", "1", "-1", "1.5", "1e999999", "true", "{}", "{\"CONSENT\":true}", "[[]]",
                        "[\"" + "A".repeat(5_000) + "\"]"));
                default -> in.jsonValue();
            };
            Map<String, String> facts = validFacts(in);
            facts.put(field, value);
            Answer answer = postJson(PATH, json(facts));
            if (acceptable(field, value)) {
                assertNoServerError(answer, in.replay(i) + " (" + field + "=" + abbreviate(value) + ")");
            } else {
                assertRefusedInFrench(answer, in.replay(i) + " (" + field + "=" + abbreviate(value) + ")");
            }
        }
    }

    /**
     * The few generated values that are well-formed after all: null (unknown), a yes/no, an empty list (also read
     * as "unknown" for a date, which may be sent as an array [2026, 3, 14]).
     */
    private static boolean acceptable(String field, String value) {
        return value.equals("null") || value.equals("[null]") && LISTS.containsKey(field)
                || (value.equals("true") || value.equals("false")) && BOOLEANS.contains(field)
                || value.equals("[]") && (LISTS.containsKey(field) || DATES.contains(field));
    }

    @Test
    void unknownFieldsWithHostileNamesAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_004);
        for (int i = 0; i < 150; i++) {
            Map<String, String> facts = validFacts(in);
            facts.put(in.jsonStringContent() + "x", in.jsonValue());
            assertRefusedInFrench(postJson(PATH, json(facts)), in.replay(i));
        }
    }

    @Test
    void brokenJsonIsRefusedInFrenchAndNeverBreaksTheServer() {
        HostileInput in = new HostileInput(8_005);
        for (int i = 0; i < 300; i++) {
            String body = in.mutate(json(validFacts(in)));
            // A mutation can leave valid facts (a duplicated digit of a date, say): any answer but a server error.
            assertNoServerError(postJson(PATH, body), in.replay(i) + " : " + abbreviate(body));
        }
    }

    @Test
    void bodiesThatAreNotAnObjectAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_006);
        List<String> shapes = new ArrayList<>(HostileInput.ANY_JSON_VALUES);
        shapes.add("\uFEFF{}"); // a byte-order mark in front of an empty object: read as the object
        shapes.addAll(List.of("", " ", "\n", "{}{}", "{} []", "{\"careBasis\":\"CONSENT\"", "}", "{'careBasis':'CONSENT'}",
                "{careBasis:CONSENT}", "{\"careBasis\":\"CONSENT\",}", "/* */ {}", "{\"a\" \"b\"}", "<facts/>",
                "careBasis=CONSENT"));
        int i = 0;
        for (String shape : shapes) {
            Answer answer = postJson(PATH, shape);
            if (shape.equals("{}") || shape.equals("/* */ {}") || shape.equals("{} []") || shape.equals("{}{}")
                    || shape.equals("\uFEFF{}")) {
                assertNoServerError(answer, "corps « " + abbreviate(shape) + " » (cas " + i++ + ")");
            } else {
                assertRefusedInFrench(answer, "corps « " + abbreviate(shape) + " » (cas " + i++ + ")");
            }
        }
        for (int j = 0; j < 100; j++) {
            byte[] bytes = in.bytes(2_000);
            assertRefusedInFrench(send("POST", PATH, "application/json", bytes), in.replay(j) + " (octets au hasard)");
        }
    }

    @Test
    void deepNestingIsRefusedInFrenchWithoutExhaustingTheStack() {
        for (int depth : new int[]{100, 1_000, 5_000, 10_000, 30_000}) {
            for (boolean objects : new boolean[]{false, true}) {
                String nested = HostileInput.deeplyNested(depth, objects);
                assertRefusedInFrench(postJson(PATH, nested), "profondeur " + depth + " à la racine");
                assertRefusedInFrench(postJson(PATH, "{\"goals\":" + nested + "}"), "profondeur " + depth + " dans goals");
            }
        }
    }

    @Test
    void hugeBodiesAreRefusedInFrench() {
        String huge = "{\"careBasis\":\"" + "A".repeat(200_000) + "\"}";
        Answer tooLarge = postJson(PATH, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertRefusedInFrench(tooLarge, "corps de 200 Ko");
        // Just under the size limit: read, and refused for what it says.
        assertRefusedInFrench(postJson(PATH, "{\"careBasis\":\"" + "é".repeat(30_000) + "\"}"), "corps de 60 Ko");
        StringJoiner goals = new StringJoiner(",", "{\"goals\":[", "]}");
        for (int i = 0; i < 5_000; i++) {
            goals.add("\"COMPLAIN\"");
        }
        assertNoServerError(postJson(PATH, goals.toString()), "5 000 fois le même objectif");
    }

    @Test
    void wrongMethodsAndContentTypesAreRefusedInFrench() {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            assertRefusedInFrench(send(method, PATH, "application/json", HostileInput.utf8("{}")), "méthode " + method);
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonx", "application/json; charset=klingon", "*/*", ";;;")) {
            assertRefusedInFrench(send("POST", PATH, type, HostileInput.utf8("{}")), "type " + type);
        }
        assertRefusedInFrench(send("POST", PATH, null, HostileInput.utf8("{}")), "sans type");
    }
}
