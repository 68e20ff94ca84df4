package fr.reperes.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.reperes.core.ProcedureEvent.Type.ADMISSION_DECISION;
import static fr.reperes.core.ProcedureEvent.Type.CERTIFICATE_24H;
import static fr.reperes.core.ProcedureEvent.Type.ISOLATION_END;
import static fr.reperes.core.ProcedureEvent.Type.ISOLATION_START;
import static fr.reperes.core.ProcedureEvent.Type.RESTRAINT_END;
import static org.assertj.core.api.Assertions.assertThat;

/** The dated events of a procedure are checked before anything is counted from them. */
class ProcedureEventsTest {

    private static ProcedureEvent event(ProcedureEvent.Type type, String at) {
        return new ProcedureEvent(type, at);
    }

    @Test
    void aTypicalFileWithDatesAndTimesIsAccepted() {
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-11-02T10:00"),
                event(CERTIFICATE_24H, "2026-11-03"), event(ISOLATION_START, "2026-11-04T08:00"),
                event(ISOLATION_END, "2026-11-04T20:00")))).isEmpty();
    }

    @Test
    void aCertificateBeforeTheAdmissionIsRefusedNamingTheEvent() {
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-11-02T10:00"),
                event(CERTIFICATE_24H, "2026-11-02T09:00"))))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("n° 2", "events[1]", "CERTIFICATE_24H", "avant la décision d'admission"));
    }

    @Test
    void aCertificateTheSameDayAsTheAdmissionWithoutTimeIsNotAnImpossibleOrder() {
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-11-02T10:00"),
                event(CERTIFICATE_24H, "2026-11-02")))).isEmpty();
    }

    @Test
    void anEndOfIsolementBeforeItsStartIsRefused() {
        assertThat(ProcedureEvents.problem(List.of(event(ISOLATION_START, "2026-11-04T08:00"),
                event(ISOLATION_END, "2026-11-04T07:59"))))
                .hasValueSatisfying(message -> assertThat(message).contains("ISOLATION_END", "avant son début"));
    }

    @Test
    void anEndOfContentionWithoutAStartIsRefused() {
        assertThat(ProcedureEvents.problem(List.of(event(RESTRAINT_END, "2026-11-04T08:00"))))
                .hasValueSatisfying(message -> assertThat(message).contains("RESTRAINT_END", "sans début"));
    }

    @Test
    void aTimeInTheHourSkippedInMarchIsRefused() {
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-03-29T02:30"))))
                .hasValueSatisfying(message -> assertThat(message).contains("n'existe pas à Paris"));
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-10-25T02:30")))).isEmpty();
    }

    @Test
    void impossibleDatesAndTimesAreRefused() {
        for (String at : List.of("2026-02-30", "2026-13-01", "2026-11-02T24:00", "2026-11-02T10:60", "02/11/2026",
                "2026-11-02 10:00", "", "1850-01-01", "2026-11-2", "2026-11-02T10")) {
            assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, at)))).as(at).isPresent();
        }
        assertThat(ProcedureEvents.problem(List.of(event(null, "2026-11-02")))).isPresent();
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, null)))).isPresent();
    }

    @Test
    void twoAdmissionsAndMoreThanTwoHundredEventsAreRefused() {
        assertThat(ProcedureEvents.problem(List.of(event(ADMISSION_DECISION, "2026-11-02"),
                event(ADMISSION_DECISION, "2026-11-03")))).isPresent();
        List<ProcedureEvent> many = new ArrayList<>();
        for (int i = 0; i <= ProcedureEvents.MAX_EVENTS; i++) {
            many.add(event(CERTIFICATE_24H, "2026-11-03"));
        }
        assertThat(ProcedureEvents.problem(many)).hasValueSatisfying(m -> assertThat(m).contains("200"));
    }
}
