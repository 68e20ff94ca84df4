package fr.reperes.core.time;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The holiday library starts with the application and leaves its web layer as it was. */
@SpringBootTest
class LegalTimeInTheApplicationTest {

    @Autowired
    LegalDelays delays;

    @Autowired
    WebApplicationContext context;

    @Test
    void theApplicationCountsDelaysWithFrenchHolidays() {
        DayDeadline deadline = delays.days(LocalDate.of(2026, 3, 27), 10, Extension.EXTENDED);

        assertThat(deadline.legalLastDay()).as("lundi de Pâques 2026").isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void theApiStillAnswersJsonToABrowserThatAlsoAcceptsXml() throws Exception {
        MockMvcBuilders.webAppContextSetup(context).build()
                .perform(get("/api/letters")
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }
}
