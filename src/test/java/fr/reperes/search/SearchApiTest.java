package fr.reperes.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/search} as an association's tool or a lawyer's software calls it. */
@SpringBootTest
class SearchApiTest {

    @Autowired
    WebApplicationContext context;

    MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void returnsTheTotalAndTheHitsBestFirst() throws Exception {
        api.perform(get("/api/search").param("q", "hospitalisation d'office"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.hits[0].slug").value("soins-sur-decision-du-prefet"))
                .andExpect(jsonPath("$.hits[0].title").value("Les soins sur décision du préfet (SDRE)"))
                .andExpect(jsonPath("$.hits[0].type").value("fiche"))
                .andExpect(jsonPath("$.hits[0].url").value("/fiches/soins-sur-decision-du-prefet"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.regimeCounts.SDRE").isNumber());
    }

    @Test
    void glossaryEntriesAndLettersSayWhatTheyAre() throws Exception {
        api.perform(get("/api/search").param("q", "CGLPL").param("limit", "20"))
                .andExpect(jsonPath("$.hits[*].type", hasItem("glossaire")))
                .andExpect(jsonPath("$.hits[*].type", hasItem("lettre")))
                .andExpect(jsonPath("$.hits[*].url", hasItem("/lettres/saisine-cglpl")));
    }

    @Test
    void filtersByRegimeGivenRepeatedOrCommaSeparated() throws Exception {
        api.perform(get("/api/search").param("q", "juge").param("regime", "TUTELLE", "curatelle"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].slug", hasItem("mesures-de-protection")))
                .andExpect(jsonPath("$.hits[*].slug", everyItem(org.hamcrest.Matchers.not("controle-du-juge"))));
        api.perform(get("/api/search").param("q", "juge").param("regime", "TUTELLE,CURATELLE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].slug", hasItem("mesures-de-protection")));
    }

    @Test
    void limitCapsTheHitsButNotTheTotal() throws Exception {
        api.perform(get("/api/search").param("q", "juge").param("limit", "2"))
                .andExpect(jsonPath("$.hits.length()").value(2))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(2)));
        api.perform(get("/api/search").param("q", "juge"))
                .andExpect(jsonPath("$.hits.length()", lessThanOrEqualTo(SearchRequest.DEFAULT_LIMIT)));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "-1", "51", "dix", "2.5", "99999999999", "1e3"})
    void aBadLimitIsA400InFrench(String limit) throws Exception {
        api.perform(get("/api/search").param("q", "juge").param("limit", limit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« limit » doit être un nombre entier entre 1 et 50")));
    }

    @Test
    void anUnknownRegimeIsA400ListingTheAcceptedCodes() throws Exception {
        api.perform(get("/api/search").param("q", "juge").param("regime", "HO"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("Code de régime inconnu dans « regime » : « HO »")))
                .andExpect(jsonPath("$.erreur").value(containsString("SOINS_LIBRES, SOINS_MINEUR_PARENTS, SDT")))
                .andExpect(jsonPath("$.codesAcceptes", hasItem("MANDAT_PROTECTION_FUTURE")));
        api.perform(get("/api/search").param("q", "juge").param("preferred", "SDRE,INCONNU"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« preferred » : « INCONNU »")));
    }

    @Test
    void noWordsGiveAnEmptyListNotAnError() throws Exception {
        api.perform(get("/api/search"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hits.length()").value(0));
        api.perform(get("/api/search").param("q", "\"*:(~\\ 🙂"))
                .andExpect(status().isOk());
    }

    @Test
    void anOverlongQueryIsCutAndSaysSo() throws Exception {
        api.perform(get("/api/search").param("q", "contention au lit ".repeat(600)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.truncated").value(true))
                .andExpect(jsonPath("$.hits[0].slug").value("isolement-et-contention"));
    }
}
