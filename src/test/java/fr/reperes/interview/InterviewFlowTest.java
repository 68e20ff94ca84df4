package fr.reperes.interview;

import fr.reperes.core.Facts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which questions are asked, in which order, in which words. */
@SpringBootTest
class InterviewFlowTest {

    @Autowired
    InterviewService interview;
    @Autowired
    Questions questions;

    private Facts answer(Facts facts, String id, String... values) {
        return interview.answer(facts, questions.byId(id).orElseThrow(), List.of(values));
    }

    private List<String> asked(Facts facts) {
        return questions.askedFor(facts).stream().map(Question::id).toList();
    }

    @Test
    void whoIsAnsweringComesFirstAndChangesTheWording() {
        assertThat(interview.first().id()).isEqualTo("respondent");
        Facts self = answer(Facts.unknown(), "respondent", "PERSON");
        Facts relative = answer(Facts.unknown(), "respondent", "RELATIVE");
        Question minor = questions.byId("minor").orElseThrow();
        assertThat(interview.show(minor, self, false).title()).isEqualTo("Avez-vous moins de 18 ans\u00a0?");
        assertThat(interview.show(minor, relative, false).title()).contains("La personne concernée");
    }

    @Test
    void someoneWithoutCareIsNotAskedAboutHospitalisation() {
        Facts facts = answer(Facts.unknown(), "careSetting", "NONE");
        assertThat(asked(facts)).doesNotContain("careBasis", "admissionDate", "restraint", "programmeDeSoins");
    }

    @Test
    void aHospitalisedPersonUnderSdtIsAskedForTheDatesAndRestraint() {
        Facts facts = answer(answer(Facts.unknown(), "careSetting", "FULL_HOSPITALISATION"), "careBasis", "THIRD_PARTY");
        assertThat(asked(facts)).contains("admissionDate", "lastJudgeDecisionDate", "restraint")
                .doesNotContain("programmeDeSoins");
    }

    @Test
    void anIsolatedPersonIsAskedWhenItBeganAndHowOftenTheJudgeKeptIt_thenTheDateOfTheLastDecision() {
        Facts hospitalised = answer(answer(Facts.unknown(), "careSetting", "FULL_HOSPITALISATION"), "careBasis",
                "THIRD_PARTY");
        assertThat(asked(hospitalised)).doesNotContain("restraintStartDate", "restraintJudgeDecisions");
        Facts isolated = answer(hospitalised, "restraint", "ISOLATION");
        assertThat(asked(isolated)).contains("restraintStartDate", "restraintJudgeDecisions")
                .doesNotContain("lastRestraintDecisionDate");
        assertThat(asked(answer(isolated, "restraintJudgeDecisions", "TWO_OR_MORE")))
                .contains("lastRestraintDecisionDate");
    }

    @Test
    void aPersonInSoinsLibresAtACmpIsNotAskedForJudgeDates() {
        Facts facts = answer(answer(Facts.unknown(), "careSetting", "OUTPATIENT"), "careBasis", "CONSENT");
        assertThat(asked(facts)).doesNotContain("admissionDate", "judgeDecisionDate", "programmeDeSoins");
    }

    @Test
    void notKnowingTheBasisLeadsToTheDocumentsQuestion() {
        Facts facts = answer(answer(Facts.unknown(), "careSetting", "OUTPATIENT"), "careBasis");
        assertThat(facts.careBasis()).isEqualTo(Facts.CareBasis.UNKNOWN);
        assertThat(asked(facts)).contains("documentsHeld", "programmeDeSoins");
    }

    @Test
    void anAdultIsNotOfferedTheParentsOrChildrensJudgeAsBasis() {
        Facts adult = answer(answer(Facts.unknown(), "minor", "false"), "careSetting", "OUTPATIENT");
        var shown = interview.show(questions.byId("careBasis").orElseThrow(), adult, false);
        assertThat(shown.options()).extracting(InterviewService.Option::value).doesNotContain("PARENTS", "CHILDREN_JUDGE");
    }

    @Test
    void theMedicalFileDateIsAskedOnlyWhenTheFileIsWanted() {
        assertThat(asked(Facts.unknown())).doesNotContain("recordsRequestDate");
        assertThat(asked(answer(Facts.unknown(), "goals", "ACCESS_RECORDS", "LEAVE_CARE"))).contains("recordsRequestDate");
    }

    @Test
    void goingBackAndForthKeepsAnswers() {
        Facts facts = answer(answer(Facts.unknown(), "respondent", "PERSON"), "minor", "false");
        Question minor = questions.byId("minor").orElseThrow();
        assertThat(interview.previous(minor, facts)).map(Question::id).contains("respondent");
        assertThat(interview.next(minor, facts)).map(Question::id).contains("careSetting");
        assertThat(interview.show(minor, facts, true).current()).containsExactly("false");
    }

    @Test
    void everyQuestionOffersAnUnknownAnswerAndHelpOnWhereToFindIt() {
        Facts facts = Facts.unknown();
        for (Question question : questions.all()) {
            var shown = interview.show(question, facts, false);
            assertThat(shown.unknownLabel()).isEqualTo("Je ne sais pas");
            assertThat(shown.where()).as(question.id()).isNotBlank();
        }
    }
}
