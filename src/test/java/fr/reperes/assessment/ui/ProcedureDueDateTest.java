package fr.reperes.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.assessment.ResultPageTexts;
import fr.reperes.core.Voice;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.procedure.ProcedureItem;
import fr.reperes.procedure.ProcedureStatus;
import fr.reperes.procedure.ProcedureTexts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A due date with a time reads "… à 9 h 05" on the result page; the words around it come from content. */
class ProcedureDueDateTest {

    private static final ProcedureTexts PROCEDURE = new ProcedureTexts(
            new Wording(new ContentFiles("classpath:content/"), new ContentReader()));

    @Test
    void aDelayInHoursShowsTheDayAndTheTime() {
        assertThat(dueDateLine("2026-11-03T09:05")).endsWith(" : 03/11/2026 à 9 h 05");
    }

    @Test
    void aDelayInDaysShowsTheDayOnly() {
        assertThat(dueDateLine("2026-11-13")).endsWith(" : 13/11/2026");
    }

    private static String dueDateLine(String dueBy) {
        ProcedureItem item = new ProcedureItem("certificat-24h", ProcedureStatus.A_VERIFIER, "Le certificat de 24 heures",
                "Détail.", List.of("CSP L.3211-2-2"), dueBy);
        var section = ResultSections.procedure(List.of(item), PROCEDURE,
                new ResultSections.Words(new ResultPageTexts(AssessmentFixtures.TEXTS), Voice.PERSON));
        return section.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(Paragraph.class::isInstance).map(p -> p.getElement().getText())
                .filter(text -> text.startsWith(PROCEDURE.text("section.echeance")))
                .findFirst().orElseThrow();
    }
}
