package fr.reperes.interview;

import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AnswersFileTest {

    @Autowired
    AnswersFile answersFile;

    private final Facts facts = new Facts(Facts.Respondent.ASSOCIATION, false, Facts.CareSetting.OUTPATIENT,
            Facts.CareBasis.PREFECT, false, true, List.of(Facts.DocumentHeld.PREFECT_ORDER), LocalDate.of(2026, 3, 2),
            null, null, Facts.JusticeMeasure.NONE, Facts.Protection.CURATELLE, List.of(Facts.Goal.LEAVE_CARE),
            null, null);

    @Test
    void aSavedFileLoadsBackExactly() {
        byte[] file = answersFile.write(facts, List.of("respondent", "careBasis"));
        AnswersFile.Loaded loaded = answersFile.read(file);
        assertThat(loaded).isInstanceOfSatisfying(AnswersFile.Loaded.Ok.class, ok -> {
            assertThat(ok.facts()).isEqualTo(facts);
            assertThat(ok.answered()).containsExactly("respondent", "careBasis");
        });
    }

    @Autowired
    InterviewService interview;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void aNotYetAnswerComesBackAsNotYetNotAsIDontKnow() {
        // In hospital at a relative's request since 2 November: no judge has decided yet ("Non, pas encore").
        Facts held = new Facts(Facts.Respondent.PERSON, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, null, List.of(), LocalDate.of(2026, 11, 2), null,
                Facts.Restraint.NONE, Facts.JusticeMeasure.NONE, Facts.Protection.NONE, List.of(), null, null);
        List<String> answered = List.of("respondent", "careBasis", "admissionDate", "lastJudgeDecisionDate");
        byte[] file = answersFile.write(held, answered, List.of("lastJudgeDecisionDate"));
        assertThat(answersFile.read(file)).isInstanceOfSatisfying(AnswersFile.Loaded.Ok.class, ok -> {
            assertThat(ok.facts()).isEqualTo(held);
            assertThat(ok.answered()).containsExactlyElementsOf(answered);
            assertThat(ok.notYet()).containsExactly("lastJudgeDecisionDate");
            // "Vérifiez vos réponses" shows the answer as given, not "Je ne sais pas".
            var lines = interview.summary(ok.facts(), java.util.Set.copyOf(ok.answered()),
                    java.util.Set.copyOf(ok.notYet()));
            assertThat(lines).filteredOn(line -> line.questionId().equals("lastJudgeDecisionDate"))
                    .extracting(InterviewService.SummaryLine::answer).containsExactly("Non, pas encore");
        });
        // A second round trip keeps it: what is reloaded is what was saved.
        AnswersFile.Loaded.Ok first = (AnswersFile.Loaded.Ok) answersFile.read(file);
        assertThat(answersFile.write(first.facts(), first.answered(), first.notYet())).isEqualTo(file);
    }

    @Test
    void aFileWithoutNotYetAnswersIsWhatOlderVersionsWroteAndStillLoads() {
        // Files saved before "Non, pas encore" was kept have no such list, and the same checksum as before.
        byte[] old = answersFile.write(facts, List.of("respondent", "lastJudgeDecisionDate"), List.of());
        assertThat(new String(old, StandardCharsets.UTF_8)).doesNotContain("notYet");
        assertThat(old).isEqualTo(answersFile.write(facts, List.of("respondent", "lastJudgeDecisionDate")));
        assertThat(answersFile.read(old)).isInstanceOfSatisfying(AnswersFile.Loaded.Ok.class, ok -> {
            assertThat(ok.answered()).containsExactly("respondent", "lastJudgeDecisionDate");
            assertThat(ok.notYet()).isEmpty();
        });
    }

    @Test
    void aNotYetAnswerOnAQuestionThatIsNotADateIsRefusedInFrench() {
        tools.jackson.databind.node.ObjectNode file = (tools.jackson.databind.node.ObjectNode) json.readTree(
                answersFile.write(facts, List.of("respondent", "careBasis"), List.of()));
        tools.jackson.databind.node.ObjectNode answers = (tools.jackson.databind.node.ObjectNode) file.get("reponses");
        answers.set("notYet", json.valueToTree(List.of("careBasis")));
        file.put("controle", answersFile.checksum(answers));
        assertThat(answersFile.read(json.writeValueAsBytes(file)))
                .isInstanceOfSatisfying(AnswersFile.Loaded.Refused.class,
                        refused -> assertThat(refused.message()).contains("pas une date"));
    }

    @Test
    void theIsolementCycleAnswersLoadBackExactly() {
        Facts restrained = new Facts(Facts.Respondent.RELATIVE, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, null, List.of(), LocalDate.of(2026, 11, 10), null,
                Facts.Restraint.ISOLATION, null, null, List.of(), null, null, null, LocalDate.of(2026, 11, 12),
                Facts.RestraintDecisions.ONE, LocalDate.of(2026, 11, 15));
        byte[] file = answersFile.write(restrained, List.of("restraintStartDate", "restraintJudgeDecisions",
                "lastRestraintDecisionDate"));
        assertThat(answersFile.read(file)).isInstanceOfSatisfying(AnswersFile.Loaded.Ok.class,
                ok -> assertThat(ok.facts()).isEqualTo(restrained));
    }

    @Test
    void theDatedEventsOfTheProcedureLoadBackExactly() {
        Facts withEvents = facts.withEvents(List.of(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-02T10:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-03")));
        assertThat(answersFile.read(answersFile.write(withEvents, List.of())))
                .isInstanceOfSatisfying(AnswersFile.Loaded.Ok.class, ok -> assertThat(ok.facts()).isEqualTo(withEvents));
    }

    @Test
    void aFileWithEventsInAnImpossibleOrderIsRefusedInFrench() {
        Facts impossible = facts.withEvents(List.of(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-02T10:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-01")));
        assertThat(answersFile.read(answersFile.write(impossible, List.of())))
                .isInstanceOfSatisfying(AnswersFile.Loaded.Refused.class,
                        refused -> assertThat(refused.message()).contains("CERTIFICATE_24H", "avant la décision"));
    }

    @Test
    void aFileEditedByHandIsRefusedInFrench() {
        String text = new String(answersFile.write(facts, List.of("respondent")), StandardCharsets.UTF_8)
                .replace("\"PREFECT\"", "\"CONSENT\"");
        assertThat(answersFile.read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AnswersFile.Loaded.Refused.class,
                        refused -> assertThat(refused.message()).contains("modifié ou abîmé"));
    }

    @Test
    void garbageEmptyOrForeignFilesAreRefused() {
        assertThat(answersFile.read(new byte[0])).isInstanceOf(AnswersFile.Loaded.Refused.class);
        assertThat(answersFile.read("{not json".getBytes())).isInstanceOf(AnswersFile.Loaded.Refused.class);
        assertThat(answersFile.read("{\"format\":\"autre\"}".getBytes())).isInstanceOf(AnswersFile.Loaded.Refused.class);
        assertThat(answersFile.read(new byte[AnswersFile.MAX_BYTES + 1])).isInstanceOfSatisfying(
                AnswersFile.Loaded.Refused.class, refused -> assertThat(refused.message()).contains("trop gros"));
    }

    @Test
    void theFileWarnsThatItHoldsSensitiveData() {
        assertThat(new String(answersFile.write(facts, List.of()), StandardCharsets.UTF_8)).contains("sensibles");
        assertThat(answersFile.fileName(LocalDate.of(2026, 11, 22))).isEqualTo("reperes-reponses-2026-11-22.json");
    }
}
