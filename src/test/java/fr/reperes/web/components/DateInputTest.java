package fr.reperes.web.components;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The date field as a page shows it: three labelled boxes, empty at first, messages that keep what was typed. */
class DateInputTest {

    DateInput field;

    @BeforeEach
    void show() {
        MockVaadin.setup();
        field = new DateInput(DateCheckTest.TEXTS, "admission", "Date de l'admission").setLimits(DateCheckTest.PAST);
        UI.getCurrent().add(field);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void threeLabelledNumericBoxesStartEmpty() {
        assertThat(field.getElement().getTag()).isEqualTo("fieldset");
        assertThat(field.getElement().getChild(0).getText()).isEqualTo("Date de l'admission");
        for (String part : new String[] {"jour", "mois", "annee"}) {
            Input box = DateTyping.box("admission", part);
            assertThat(box.getValue()).as(part).isEmpty();
            assertThat(box.getElement().getAttribute("inputmode")).isEqualTo("numeric");
            assertThat(box.getType()).isEqualTo("text");
            assertThat(box.getElement().getParent().getChild(0).getText())
                    .isEqualTo(switch (part) { case "jour" -> "Jour"; case "mois" -> "Mois"; default -> "Année"; });
            assertThat(box.getElement().getParent().getChild(0).getAttribute("for")).isEqualTo("admission-" + part);
        }
        assertThat(field.isBlank()).as("aucune date par défaut").isTrue();
    }

    @Test
    void screenReadersHearWhetherTheDateMustBeGiven() {
        for (String part : new String[] {"jour", "mois", "annee"}) {
            assertThat(DateTyping.box("admission", part).getElement().getAttribute("aria-required")).as(part)
                    .isEqualTo("true");
        }
        field.setRequired(false);
        for (String part : new String[] {"jour", "mois", "annee"}) {
            assertThat(DateTyping.box("admission", part).getElement().getAttribute("aria-required")).as(part)
                    .isEqualTo("false");
        }
    }

    @Test
    void aTypedDateIsReadWithoutAnyMessage() {
        DateTyping.type("admission", "29", "11", "2026");
        assertThat(field.validate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(DateTyping.error("admission")).isEmpty();
    }

    @Test
    void aWrongMonthIsShownAboveTheBoxesMarksOnlyThatBoxAndKeepsWhatWasTyped() {
        DateTyping.type("admission", "29", "14", "2026");
        assertThat(field.validate()).isEmpty();
        assertThat(DateTyping.error("admission")).contains("Erreur\u00a0: Entrez un mois entre 1 et 12.");
        assertThat(DateTyping.box("admission", "mois").getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(DateTyping.box("admission", "jour").getElement().getAttribute("aria-invalid")).isNull();
        assertThat(field.firstWrongId()).isEqualTo("admission-mois");
        assertThat(field.getElement().getAttribute("aria-describedby")).isEqualTo("admission-aide admission-erreur");
        assertThat(DateTyping.box("admission", "jour").getValue()).isEqualTo("29");
        assertThat(DateTyping.box("admission", "mois").getValue()).isEqualTo("14");
        // Corrected: the message goes away.
        DateTyping.type("admission", "29", "11", "2026");
        assertThat(field.validate()).contains(LocalDate.of(2026, 11, 29));
        assertThat(DateTyping.error("admission")).isEmpty();
        assertThat(DateTyping.box("admission", "mois").getElement().getAttribute("aria-invalid")).isNull();
    }

    @Test
    void aDateGivenBeforeIsShownAgain() {
        field.setDate(LocalDate.of(2026, 3, 4));
        assertThat(DateTyping.box("admission", "jour").getValue()).isEqualTo("4");
        assertThat(DateTyping.box("admission", "mois").getValue()).isEqualTo("3");
        assertThat(DateTyping.box("admission", "annee").getValue()).isEqualTo("2026");
    }

    @Test
    void aBirthDateCanBeFilledInByTheBrowser() {
        field.forBirthDate();
        assertThat(DateTyping.box("admission", "annee").getElement().getAttribute("autocomplete")).isEqualTo("bday-year");
    }
}
