package fr.reperes.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dated events of a procedure sent to {@code POST /api/assessment}: accepted when real, a French 400 otherwise. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureEventsApiTest {

    @Autowired
    private MockMvc mvc;

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/assessment").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void eventsWithDatesAndTimesAreAccepted() throws Exception {
        send("""
                {"careSetting": "FULL_HOSPITALISATION", "careBasis": "THIRD_PARTY",
                 "events": [{"type": "ADMISSION_DECISION", "at": "2026-11-02T10:00"},
                            {"type": "CERTIFICATE_24H", "at": "2026-11-03T09:00"},
                            {"type": "JUDGE_SEIZED", "at": "2026-11-06"}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedure.length()").value(11))
                .andExpect(jsonPath("$.procedure[?(@.id == 'certificat-24h')].status").value(hasItem("RESPECTE")))
                .andExpect(jsonPath("$.procedure[?(@.id == 'certificat-24h')].dueBy").value(hasItem("2026-11-03T10:00")))
                .andExpect(jsonPath("$.procedure[?(@.id == 'certificat-72h')].status").value(hasItem("A_VERIFIER")))
                .andExpect(jsonPath("$.procedure[?(@.id == 'saisine-du-juge')].legalBasis[0]")
                        .value(hasItem("CSP L.3211-12-1 I et IV")));
    }

    @Test
    void aCertificateBeforeTheAdmissionIsAFrench400NamingTheEvent() throws Exception {
        send("""
                {"events": [{"type": "ADMISSION_DECISION", "at": "2026-11-02T10:00"},
                            {"type": "CERTIFICATE_24H", "at": "2026-11-01T10:00"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("n° 2 (events[1], CERTIFICATE_24H)")));
    }

    @Test
    void anUnknownTypeIsAFrench400NamingTheEvent() throws Exception {
        send("""
                {"events": [{"type": "ADMISSION_DECISION", "at": "2026-11-02"}, {"type": "CERTIFICAT", "at": "2026-11-03"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("events[1].type")));
    }

    @Test
    void aTimeInTheSpringGapIsAFrench400() throws Exception {
        send("""
                {"events": [{"type": "ISOLATION_START", "at": "2026-03-29T02:15"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("n'existe pas à Paris")));
    }

    /** Malformed events, generated: always a 400 in French, never a server error, never the value echoed. */
    @Test
    void malformedEventsAreAlwaysAFrench400NeverA500() throws Exception {
        List<String> types = List.of("\"ADMISSION_DECISION\"", "\"CERTIFICATE_72H\"", "\"ISOLATION_END\"",
                "\"RESTRAINT_END\"", "\"NOPE\"", "null", "12", "true", "[]", "{}", "\"\"");
        List<String> ats = List.of("\"2026-11-02T10:00\"", "\"2026-02-30\"", "\"2026-03-29T02:30\"", "null", "3",
                "\"9999-01-01\"", "\"2026-11-02T25:00\"", "[\"2026-11-02\"]", "\"<script>\"", "\"2026-11-01\"",
                "\"\\u0000\"", "{}");
        Random random = new Random(17);
        for (int i = 0; i < 150; i++) {
            StringBuilder events = new StringBuilder("[");
            int count = 1 + random.nextInt(4);
            for (int e = 0; e < count; e++) {
                events.append(e == 0 ? "" : ",");
                if (random.nextInt(12) == 0) {
                    events.append(random.nextBoolean() ? "null" : "\"x\"");
                } else {
                    events.append("{\"type\":").append(types.get(random.nextInt(types.size())))
                            .append(",\"at\":").append(ats.get(random.nextInt(ats.size()))).append('}');
                }
            }
            String body = "{\"events\":" + events + "]}";
            MvcResult result = send(body).andReturn();
            int code = result.getResponse().getStatus();
            String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(code).as(body).isIn(200, 400);
            if (code == 400) {
                assertThat(answer).as(body).contains("erreur").doesNotContain("<script>", "Exception");
            }
        }
        send("{\"events\": \"ADMISSION_DECISION\"}").andExpect(status().isBadRequest());
        send("{\"events\": [{\"type\": \"ADMISSION_DECISION\", \"at\": \"2026-11-02\", \"x\": 1}]}")
                .andExpect(status().isBadRequest());
    }
}
