package fr.reperes.interview;

import fr.reperes.HostileInput;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.core.Facts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Loading an answers file that is damaged, foreign or forged: it is refused with a French message, or it loads
 * answers the rest of the application can use (assessment, summary) — it never throws. The forged files carry a
 * correct checksum, as someone who read the format could write.
 */
@SpringBootTest
class AnswersFileFuzzTest {

    private static final Pattern FRENCH = Pattern.compile("(?iu)\\b(ce|le|la|les|de|des|est|pas|fichier)\\b");

    @Autowired
    AnswersFile answersFile;
    @Autowired
    JsonMapper json;
    @Autowired
    AssessmentService assessment;
    @Autowired
    InterviewService interview;

    private final Facts facts = new Facts(Facts.Respondent.RELATIVE, false, Facts.CareSetting.FULL_HOSPITALISATION,
            Facts.CareBasis.THIRD_PARTY, false, false, List.of(Facts.DocumentHeld.DIRECTOR_DECISION),
            LocalDate.of(2026, 11, 10), null, Facts.Restraint.ISOLATION, Facts.JusticeMeasure.NONE,
            Facts.Protection.CURATELLE, List.of(Facts.Goal.CONTEST_MEASURE, Facts.Goal.ACCESS_RECORDS),
            LocalDate.of(2026, 11, 1), null);

    private byte[] valid() {
        return answersFile.write(facts, List.of("respondent", "minor", "careSetting", "careBasis", "admissionDate"));
    }

    /**
     * Refused in French, or loaded answers that the assessment and the summary accept. Never an exception.
     * @return whether the file was loaded
     */
    private boolean assertRefusedOrUsable(byte[] file, String replay) {
        AnswersFile.Loaded[] loaded = new AnswersFile.Loaded[1];
        assertThatCode(() -> loaded[0] = answersFile.read(file)).as(replay).doesNotThrowAnyException();
        switch (loaded[0]) {
            case AnswersFile.Loaded.Refused refused -> assertThat(refused.message()).as(replay)
                    .isNotBlank().matches(m -> FRENCH.matcher(m).find(), "en français").doesNotContain("Exception");
            case AnswersFile.Loaded.Ok ok -> assertThatCode(() -> {
                assessment.assess(ok.facts());
                interview.summary(ok.facts(), new HashSet<>(ok.answered()));
            }).as("%s : réponses chargées mais inutilisables", replay).doesNotThrowAnyException();
        }
        return loaded[0] instanceof AnswersFile.Loaded.Ok;
    }

    /** The file as a forger who knows the format would write it: any answers, and the checksum that fits. */
    private byte[] forged(JsonNode facts, JsonNode answered) throws Exception {
        ObjectNode answers = json.createObjectNode();
        answers.set("facts", facts);
        answers.set("answered", answered);
        ObjectNode file = json.createObjectNode();
        file.put("format", "reperes-reponses");
        file.put("version", 1);
        file.set("reponses", answers);
        file.put("controle", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.writeValueAsBytes(answers))));
        return json.writeValueAsBytes(file);
    }

    @Test
    void randomBytesAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_401);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = in.bytes(in.chance(0.1) ? 70_000 : 3_000);
            assertRefusedOrUsable(bytes, in.replay(i));
            assertThat(answersFile.read(bytes)).as(in.replay(i)).isInstanceOf(AnswersFile.Loaded.Refused.class);
        }
    }

    @Test
    void damagedCopiesOfARealFileAreRefusedOrLoadUsableAnswers() {
        HostileInput in = new HostileInput(8_402);
        String file = new String(valid(), StandardCharsets.UTF_8);
        for (int i = 0; i < 300; i++) {
            String damaged = in.mutate(file);
            assertRefusedOrUsable(damaged.getBytes(in.chance(0.1) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8),
                    in.replay(i));
        }
    }

    @Test
    void forgedFilesWithHostileAnswersAndAValidChecksumNeverBreakAnything() throws Exception {
        HostileInput in = new HostileInput(8_403);
        ObjectNode original = (ObjectNode) json.valueToTree(facts);
        List<String> fields = List.copyOf(original.propertyNames());
        List<String> questions = List.of("respondent", "careBasis", "admissionDate", "goals", "inconnue", "", "../x");
        int loaded = 0;
        for (int i = 0; i < 300; i++) {
            ObjectNode hostile = original.deepCopy();
            for (int n = 1 + in.nextInt(3); n > 0; n--) {
                String field = in.chance(0.9) ? in.pick(fields) : in.text(8);
                String value = in.chance(0.3) ? "\"" + HostileInput.escape(in.pick(HostileInput.BAD_DATES)) + "\"" : in.jsonValue();
                try {
                    hostile.set(field, json.readTree(value));
                } catch (RuntimeException notJson) {
                    hostile.put(field, value);
                }
            }
            JsonNode answered = in.chance(0.7) ? json.valueToTree(List.of(in.pick(questions), in.pick(questions)))
                    : json.readTree(in.pick(List.of("null", "{}", "[1, true, null]", "\"careBasis\"", "[[\"careBasis\"]]")));
            if (assertRefusedOrUsable(forged(hostile, answered), in.replay(i))) {
                loaded++;
            }
        }
        assertThat(loaded).as("des fichiers forgés mais lisibles ont bien été chargés (le contrôle est le bon)").isPositive();
    }

    @Test
    void forgedFilesAtTheLimitsAreRefusedInFrench() throws Exception {
        String deep = HostileInput.deeplyNested(20_000, false);
        assertRefusedOrUsable(deep.getBytes(StandardCharsets.UTF_8), "20 000 tableaux imbriqués");
        assertRefusedOrUsable(("{\"format\":\"reperes-reponses\",\"version\":1,\"reponses\":" + deep + "}")
                .getBytes(StandardCharsets.UTF_8), "imbrication dans les réponses");
        assertRefusedOrUsable(forged(json.readTree("{\"admissionDate\":\"+999999999-12-31\"}"), json.readTree("[]")),
                "date au bout du calendrier");
        assertThat(answersFile.read(forged(json.readTree("{\"admissionDate\":\"+999999999-12-31\"}"), json.readTree("[]"))))
                .isInstanceOfSatisfying(AnswersFile.Loaded.Refused.class,
                        refused -> assertThat(refused.message()).contains("date invraisemblable"));
        assertRefusedOrUsable(forged(json.readTree("{\"goals\":" + "[\"COMPLAIN\",".repeat(400) + "\"COMPLAIN\""
                + "]".repeat(400) + "}"), json.readTree("[]")), "objectifs imbriqués (400 niveaux)");
        byte[] withBom = ("\uFEFF" + new String(valid(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertRefusedOrUsable(withBom, "marque d'ordre des octets");
    }
}
