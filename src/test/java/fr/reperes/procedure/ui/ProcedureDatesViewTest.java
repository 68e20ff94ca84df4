package fr.reperes.procedure.ui;

import com.vaadin.flow.component.details.Details;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The screen where a lawyer copies the dates of the papers, one line per event, keyboard only. */
class ProcedureDatesViewTest extends AbstractViewTest {

    private CaseFile caseFile;

    @BeforeEach
    void aLawyerHasAnswered() {
        caseFile = context.getBean(CaseFile.class);
        caseFile.restore(new Facts(Facts.Respondent.LAWYER, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, null, null, List.of(), LocalDate.of(2026, 11, 2), null, null, null, null,
                List.of(), null, null, null), List.of("respondent", "minor", "careSetting", "careBasis", "detained",
                "restraint", "admissionDate", "lastJudgeDecisionDate", "judgeDecisionDate", "justiceMeasure",
                "protection", "documentsHeld", "goals"));
        UI.getCurrent().navigate("resultat/dates-de-la-procedure");
    }

    private static void type(String id, String value) {
        _get(Input.class, spec -> spec.withId(id)).setValue(value);
    }

    private static void date(String event, int day, int month, int year, String time) {
        type(event + "-jour", String.valueOf(day));
        type(event + "-mois", String.valueOf(month));
        type(event + "-annee", String.valueOf(year));
        type(event + "-heure", time);
    }

    private static Paragraph message(String event) {
        return _get(Paragraph.class, spec -> spec.withId(event + "-message"));
    }

    @Test
    void theDatesTypedGoIntoTheFactsAndTheResultShowsTheCheck() {
        date("evenement-admission-decision", 2, 11, 2026, "10:00");
        date("evenement-certificate-24h", 3, 11, 2026, "14h00");
        date("evenement-certificate-72h", 5, 11, 2026, "");
        _click(_get(Button.class, spec -> spec.withId("dates-procedure-enregistrer")));

        assertThat(caseFile.facts().events()).containsExactly(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-02T10:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-03T14:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_72H, "2026-11-05"));
        Details check = _get(Details.class, spec -> spec.withId("controle-procedure"));
        assertThat(check.getSummaryText()).isEqualTo("Contrôle de la procédure");
        assertThat(check.getElement().getTextRecursively()).contains("Non respecté");
    }

    @Test
    void anHourThatCannotBeOneIsSaidAsTypedAndKept() {
        type("evenement-admission-decision-heure", "25:00");
        assertThat(message("evenement-admission-decision").isVisible()).isTrue();
        assertThat(message("evenement-admission-decision").getText()).contains("09:30", "0930");
        assertThat(_get(Input.class, spec -> spec.withId("evenement-admission-decision-heure")).getValue())
                .isEqualTo("25:00");
        type("evenement-admission-decision-heure", "09:30");
        assertThat(_find(Paragraph.class, spec -> spec.withId("evenement-admission-decision-message"))).isEmpty();
    }

    @Test
    void aCertificateBeforeTheAdmissionIsSaidBesideTheCertificateAndNothingIsSaved() {
        date("evenement-admission-decision", 2, 11, 2026, "10:00");
        date("evenement-certificate-24h", 1, 11, 2026, "10:00");
        _click(_get(Button.class, spec -> spec.withId("dates-procedure-enregistrer")));

        assertThat(message("evenement-certificate-24h").isVisible()).isTrue();
        assertThat(message("evenement-certificate-24h").getText()).contains("avant la décision d'admission");
        assertThat(caseFile.facts().events()).isEmpty();
        assertThat(_get(Input.class, spec -> spec.withId("evenement-certificate-24h-jour")).getValue()).isEqualTo("1");
    }

    @Test
    void aTimeInTheSpringGapIsRefusedBesideItsLine() {
        date("evenement-isolation-start", 29, 3, 2026, "02:30");
        _click(_get(Button.class, spec -> spec.withId("dates-procedure-enregistrer")));
        assertThat(message("evenement-isolation-start").getText()).contains("n'existe pas à Paris");
    }

    @Test
    void aLineMarkedJeNeLAiPasIsLeftOut() {
        date("evenement-admission-decision", 2, 11, 2026, "10:00");
        date("evenement-certificate-24h", 3, 11, 2026, "09:00");
        _get(Checkbox.class, spec -> spec.withId("evenement-certificate-24h-absent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("dates-procedure-enregistrer")));
        assertThat(caseFile.facts().events()).extracting(ProcedureEvent::type)
                .containsExactly(ProcedureEvent.Type.ADMISSION_DECISION);
    }

    @Test
    void everyEventOfTheRegimeHasItsLineInOrderAndTheDatesGivenBeforeAreShown() {
        assertThat(_find(Checkbox.class)).hasSize(ProcedureEvent.Type.values().length);
        caseFile.setFacts(caseFile.facts().withEvents(List.of(
                new ProcedureEvent(ProcedureEvent.Type.JUDGE_SEIZED, "2026-11-06T15:45"))));
        UI.getCurrent().navigate("resultat");
        UI.getCurrent().navigate("resultat/dates-de-la-procedure");
        assertThat(_get(Input.class, spec -> spec.withId("evenement-judge-seized-jour")).getValue()).isEqualTo("6");
        assertThat(_get(Input.class, spec -> spec.withId("evenement-judge-seized-heure")).getValue())
                .isEqualTo("15:45");
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void aSecondMaintienGetsItsOwnNumberedLineAndBothDatesAreSaved() {
        date("evenement-admission-decision", 10, 9, 2026, "16:00");
        date("evenement-maintien-decision", 8, 10, 2026, "");
        click("evenement-maintien-decision-ajouter");
        FieldSet second = _get(FieldSet.class, spec -> spec.withId("evenement-maintien-decision-2"));
        assertThat(second.getElement().getTextRecursively()).contains("n° 2");
        date("evenement-maintien-decision-2", 8, 11, 2026, "");
        click("dates-procedure-enregistrer");

        assertThat(caseFile.facts().events()).containsExactly(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-09-10T16:00"),
                new ProcedureEvent(ProcedureEvent.Type.MAINTIEN_DECISION, "2026-10-08"),
                new ProcedureEvent(ProcedureEvent.Type.MAINTIEN_DECISION, "2026-11-08"));
    }

    @Test
    void aLineAddedByMistakeIsRemovedAndItsDateIsNotSaved() {
        date("evenement-admission-decision", 10, 9, 2026, "16:00");
        click("evenement-judge-decision-ajouter");
        date("evenement-judge-decision-2", 20, 9, 2026, "");
        click("evenement-judge-decision-2-retirer");
        assertThat(_find(Input.class, spec -> spec.withId("evenement-judge-decision-2-jour"))).isEmpty();
        click("dates-procedure-enregistrer");
        assertThat(caseFile.facts().events()).extracting(ProcedureEvent::type)
                .containsExactly(ProcedureEvent.Type.ADMISSION_DECISION);
    }

    @Test
    void afterARemovalTheLinesBelowMoveUpANumberAndKeepWhatWasTyped() {
        date("evenement-admission-decision", 10, 9, 2026, "16:00");
        click("evenement-judge-decision-ajouter");
        click("evenement-judge-decision-ajouter");
        date("evenement-judge-decision-3", 20, 9, 2026, "11:15");
        click("evenement-judge-decision-2-retirer");

        // The former third line is now the second: its legend (the group's name) and its remove button say "n° 2".
        FieldSet former = _get(FieldSet.class, spec -> spec.withId("evenement-judge-decision-3"));
        assertThat(former.getElement().getTextRecursively()).contains("Décision du juge n° 2")
                .doesNotContain("n° 3");
        assertThat(_get(Button.class, spec -> spec.withId("evenement-judge-decision-3-retirer")).getElement()
                .getAttribute("aria-label")).isEqualTo("Retirer cette date : Décision du juge n° 2");
        assertThat(_find(FieldSet.class, spec -> spec.withId("evenement-judge-decision-2"))).isEmpty();
        // What was typed in it stays.
        assertThat(_get(Input.class, spec -> spec.withId("evenement-judge-decision-3-jour")).getValue()).isEqualTo("20");
        assertThat(_get(Input.class, spec -> spec.withId("evenement-judge-decision-3-heure")).getValue())
                .isEqualTo("11:15");
        // A line added now is n° 3, not n° 4, and gets new ids.
        click("evenement-judge-decision-ajouter");
        assertThat(_get(FieldSet.class, spec -> spec.withId("evenement-judge-decision-4")).getElement()
                .getTextRecursively()).contains("Décision du juge n° 3");
        click("dates-procedure-enregistrer");
        assertThat(caseFile.facts().events()).containsExactly(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-09-10T16:00"),
                new ProcedureEvent(ProcedureEvent.Type.JUDGE_DECISION, "2026-09-20T11:15"));
    }

    @Test
    void anEndOfIsolementBeforeItsStartIsSaidBesideTheEndAsSoonAsTypedNamingTheEvents() {
        date("evenement-isolation-start", 4, 11, 2026, "10:00");
        date("evenement-isolation-end", 3, 11, 2026, "10:00");
        assertThat(message("evenement-isolation-end").isVisible()).isTrue();
        assertThat(message("evenement-isolation-end").getText())
                .startsWith("Fin de l'isolement : cet événement").contains("« Début de l'isolement »")
                .doesNotContain("events[", "ISOLATION");
        assertThat(_get(Input.class, spec -> spec.withId("evenement-isolation-end-jour")).getValue()).isEqualTo("3");
        type("evenement-isolation-end-jour", "5");
        assertThat(_find(Paragraph.class, spec -> spec.withId("evenement-isolation-end-message"))).isEmpty();
    }

    @Test
    void aSecondIsolementEndingBeforeItStartsIsSaidBesideItsOwnLine() {
        date("evenement-isolation-start", 4, 11, 2026, "10:00");
        date("evenement-isolation-end", 4, 11, 2026, "20:00");
        click("evenement-isolation-start-ajouter");
        date("evenement-isolation-start-2", 10, 11, 2026, "10:00");
        click("evenement-isolation-end-ajouter");
        date("evenement-isolation-end-2", 9, 11, 2026, "10:00");
        assertThat(message("evenement-isolation-end-2").getText()).startsWith("Fin de l'isolement n° 2");
        click("dates-procedure-enregistrer");
        assertThat(caseFile.facts().events()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dates-procedure-erreurs")).getText())
                .contains("Fin de l'isolement n° 2");
    }

    @Test
    void anImpossibleDateIsSaidAsSoonAsTheYearIsTypedAndKept() {
        date("evenement-judge-hearing", 31, 2, 2026, "");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evenement-judge-hearing-erreur")).isVisible()).isTrue();
        assertThat(_get(Input.class, spec -> spec.withId("evenement-judge-hearing-jour")).getValue()).isEqualTo("31");
    }

    @Test
    void anHourTypedWithoutItsColonIsRead() {
        date("evenement-admission-decision", 2, 11, 2026, "1000");
        date("evenement-certificate-24h", 3, 11, 2026, "9h");
        click("dates-procedure-enregistrer");
        assertThat(caseFile.facts().events()).containsExactly(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-02T10:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-03T09:00"));
    }
}
