package fr.reperes.assessment;

import fr.reperes.core.LetterId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/assessment} as a lawyer's software would call it, good input and bad. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTest {

    @Autowired
    private MockMvc mvc;

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/assessment").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void programmeDeSoinsUnderSdreReturnsTheAssessment() throws Exception {
        send("""
                {"respondent": "PERSON", "minor": false, "careSetting": "OUTPATIENT", "careBasis": "PREFECT",
                 "programmeDeSoins": true, "protection": "CURATELLE", "goals": ["LEAVE_CARE"],
                 "admissionDate": "2026-01-10"}
                """)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.regimes[?(@.code == 'SDRE')].certainty").value(hasItem("CERTAIN")))
                .andExpect(jsonPath("$.regimes[?(@.code == 'PROGRAMME_DE_SOINS')].label").value(hasItem("Programme de soins")))
                .andExpect(jsonPath("$.letters").value(hasItem(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS.id())))
                .andExpect(jsonPath("$.lettersNotOffered[?(@.letter == 'cessation-prise-en-charge')].reason")
                        .value(hasItem(containsString("soins sans consentement"))))
                .andExpect(jsonPath("$.steps[0].priority").exists());
    }

    @Test
    void isolementKeptTwiceByTheJudgeGivesTheSeizureBefore144HoursFromTheLastDecision() throws Exception {
        // CSP L.3222-5-1 II, Cass. avis 23-70.017: after two decisions keeping an isolement, seized before 144 hours.
        send("""
                {"respondent": "LAWYER", "minor": false, "careSetting": "FULL_HOSPITALISATION",
                 "careBasis": "THIRD_PARTY", "restraint": "ISOLATION", "restraintStartDate": "2026-11-01",
                 "restraintJudgeDecisions": "TWO_OR_MORE", "lastRestraintDecisionDate": "2026-11-20"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.id == 'isolement-saisine-7-jours')].legalLastDay")
                        .value(hasItem("2026-11-26")))
                .andExpect(jsonPath("$.deadlines[*].id").value(not(hasItem("isolement-saisine-72-heures"))));
    }

    @Test
    void minorAdmittedAtAThirdPartysRequestIsAnIrregularDecisionNeverACertainSdt() throws Exception {
        // CSP L.3211-10 (Cass. avis 22-70.003): for a minor the SDT decision is irregular, not a regime that applies.
        send("""
                {"respondent": "RELATIVE", "minor": true, "careSetting": "FULL_HOSPITALISATION",
                 "careBasis": "THIRD_PARTY"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regimes[?(@.code == 'SDT')].certainty").value(hasItem("A_CONFIRMER")))
                .andExpect(jsonPath("$.regimes[?(@.certainty == 'CERTAIN')].code").value(not(hasItem("SDT"))))
                .andExpect(jsonPath("$.warnings[*].id").value(hasItem("mineur-sdt-irregulier")));
    }

    @Test
    void theDecisionAppealedIsAcceptedAndSetsTheDelay() throws Exception {
        send("""
                {"careSetting": "FULL_HOSPITALISATION", "careBasis": "THIRD_PARTY", "restraint": "ISOLATION",
                 "judgeDecisionDate": "2026-11-18", "appealedDecision": "CARE_MEASURE"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.id == 'appel-10-jours')].legalLastDay").value(hasItem("2026-11-30")))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'appel-10-jours')].date").value(hasItem("2026-11-27")))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'appel-24-heures')]").isEmpty());
        send("""
                {"appealedDecision": "ISOLEMENT"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("appealedDecision")));
    }

    @Test
    void eachOfferedLetterComesWithWhoSignsItAndTheMeasureItStates() throws Exception {
        send("""
                {"respondent": "RELATIVE", "minor": false, "careSetting": "FULL_HOSPITALISATION",
                 "careBasis": "THIRD_PARTY", "protection": "CURATELLE", "goals": ["CONTEST_MEASURE"]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.letterProposals[?(@.letter == 'saisine-juge-mainlevee')].signatory")
                        .value(hasItem("RELATIVE")))
                .andExpect(jsonPath("$.letterProposals[?(@.letter == 'saisine-juge-mainlevee')].protection")
                        .value(hasItem("CURATELLE")))
                .andExpect(jsonPath("$.letterProposals[?(@.letter == 'saisine-juge-mainlevee')].because")
                        .value(hasItem(containsString("CSP L.3211-12"))));
    }

    @Test
    void datesComeBackInIsoForm() throws Exception {
        send("""
                {"careBasis": "THIRD_PARTY", "careSetting": "FULL_HOSPITALISATION", "admissionDate": "2026-11-20"}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.id == 'juge-decision-12-jours')].date").value(hasItem("2026-12-01")))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'juge-decision-12-jours')].label")
                        .value(hasItem(containsString("1er décembre 2026"))));
    }

    @Test
    void emptyObjectMeansEverythingUnknown() throws Exception {
        send("{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toClarify").value(hasItem(
                        containsString("« Suis-je en soins libres ou en soins sans consentement ? »"))));
    }

    @Test
    void malformedJsonIsAFrenchBadRequest() throws Exception {
        send("{\"careBasis\": \"CONSENT\",")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("JSON mal formé")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAcceptedValues() throws Exception {
        send("{\"careBasis\": \"HOSPITALISATION_D_OFFICE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(allOf(containsString("« careBasis »"),
                        containsString("CONSENT"), containsString("THIRD_PARTY"), containsString("PREFECT"))))
                .andExpect(jsonPath("$.erreur").value(not(containsString("HOSPITALISATION_D_OFFICE"))));
    }

    @Test
    void unknownValueInAListNamesItsPosition() throws Exception {
        send("{\"goals\": [\"LEAVE_CARE\", \"PARTIR\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(allOf(containsString("goals[1]"), containsString("ACCESS_RECORDS"))));
    }

    @Test
    void wrongTypeIsAFrenchBadRequest() throws Exception {
        send("{\"minor\": \"peut-être\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(allOf(containsString("« minor »"), containsString("true ou false"))));
        send("{\"minor\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« minor »")));
        send("{\"documentsHeld\": {\"a\": 1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« documentsHeld »")));
    }

    @Test
    void misspeltFieldIsRefusedRatherThanReadAsUnknown() throws Exception {
        send("{\"careBase\": \"CONSENT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(allOf(containsString("Champ inconnu"), containsString("« careBase »"))));
    }

    @Test
    void invalidDateIsAFrenchBadRequest() throws Exception {
        send("{\"admissionDate\": \"31/02/2026\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(allOf(containsString("« admissionDate »"),
                        containsString("AAAA-MM-JJ"))));
        send("{\"judgeDecisionDate\": 20260214}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« judgeDecisionDate »")));
        send("{\"recordsRequestDate\": \"2026-02-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« recordsRequestDate »")));
    }

    @Test
    void missingBodyAndWrongContentTypeAreExplainedInFrench() throws Exception {
        mvc.perform(post("/api/assessment")
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("objet JSON")));
        mvc.perform(post("/api/assessment")
                        .contentType(MediaType.TEXT_PLAIN).content("soins libres"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.erreur").value(containsString("JSON")));
        send("[1, 2]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("objet JSON")));
    }
}
