package fr.reperes.situation;

import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static fr.reperes.situation.SituationFixtures.SDT_HOSPITALISED;
import static fr.reperes.situation.SituationFixtures.SERVICE;
import static fr.reperes.situation.SituationFixtures.pdfText;
import static fr.reperes.situation.SituationFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure check on the situation sheet (print and PDF) and its open time limits in the calendar. Today is
 * Monday 23 November 2026; the person was admitted on Monday 16 November at 10:00.
 */
class ProcedureOnTheSheetTest {

    private static final Facts WITH_EVENTS = SDT_HOSPITALISED.withEvents(List.of(
            new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, "2026-11-16T10:00"),
            new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, "2026-11-17T09:00"),
            new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_72H, "2026-11-19T12:00"),
            new ProcedureEvent(ProcedureEvent.Type.JUDGE_SEIZED, "2026-11-20")));

    @Test
    void aLawyersSheetSaysPointByPointWhatWasOnTimeLateOrMissing() {
        SituationSheet sheet = sheet(WITH_EVENTS);
        assertThat(sheet.procedure()).hasSize(11);
        String html = SERVICE.htmlBody(sheet).replace('\u00a0', ' ');
        assertThat(html).contains("Contrôle de la procédure", "Certificat des 72 heures", "Non respecté",
                "Respecté", "À vérifier", "CSP L.3211-2-2", "jeudi 19/11/2026 à 10 h 00");
        assertThat(sheet.procedure().stream().filter(item -> item.id().equals("certificat-72h")).findFirst()
                .orElseThrow().status()).isEqualTo(ProcedureStatus.NON_RESPECTE);
    }

    @Test
    void theChronologyOfThePapersMarksTheLateActAndTheMissingOne() {
        SituationSheet sheet = sheet(WITH_EVENTS);
        assertThat(sheet.procedureChronology()).extracting(line -> line.at() + " " + line.mark())
                .containsSubsequence("2026-11-16T10:00 null", "2026-11-17T09:00 null", "2026-11-19T12:00 NON_RESPECTE",
                        "2026-11-20 null", "2026-11-27 A_VERIFIER");
        String html = SERVICE.htmlBody(sheet).replace('\u00a0', ' ');
        assertThat(html).contains("Chronologie des pièces", "pièce non indiquée, due au plus tard ce jour");
    }

    @Test
    void thePdfCarriesTheProcedureCheck() {
        String text = pdfText(SERVICE.pdf(sheet(WITH_EVENTS)).bytes()).replace('\u00a0', ' ');
        assertThat(text).contains("Contrôle de la procédure", "Certificat des 24 heures");
    }

    @Test
    void withoutDatedEventsTheSheetHasNoProcedureSection() {
        SituationSheet sheet = sheet(SDT_HOSPITALISED);
        assertThat(sheet.procedure()).isEmpty();
        assertThat(SERVICE.htmlBody(sheet)).doesNotContain("fiche-procedure");
    }

    @Test
    void theCalendarHoldsTheOpenTimeLimitsOfTheProcedure() {
        String ics = new String(SERVICE.calendar(sheet(WITH_EVENTS)).orElseThrow().bytes(), StandardCharsets.UTF_8);
        // The judge must rule by Friday 27 November 2026 (admission day counted); nothing says it has.
        assertThat(ics).contains("UID:procedure-decision-du-juge-12-jours-20261127@reperes",
                "DTSTART;VALUE=DATE:20261127");
        assertThat(ics).doesNotContain("procedure-certificat-72h");
        // The first monthly maintien is not due yet: its last day (15 December 2026) is a limit to watch.
        assertThat(ics).contains("UID:procedure-maintien-sdt-mensuel-20261215@reperes");
    }
}
