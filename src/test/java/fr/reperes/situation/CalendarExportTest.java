package fr.reperes.situation;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static fr.reperes.situation.SituationFixtures.CONTENT;
import static fr.reperes.situation.SituationFixtures.INJONCTION;
import static fr.reperes.situation.SituationFixtures.SDRE_PROGRAMME_CURATELLE;
import static fr.reperes.situation.SituationFixtures.SDT_HOSPITALISED;
import static fr.reperes.situation.SituationFixtures.SERVICE;
import static fr.reperes.situation.SituationFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines as an agenda file, read back by a strict iCalendar parser (ical4j, relaxed parsing, unfolding and
 * validation all off): the dates a lawyer would put in a diary, a reminder two days before each.
 */
class CalendarExportTest {

    private static Calendar parse(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as("validation RFC 5545 : " + validation).isFalse();
        return calendar;
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
    }

    private static Object start(VEvent event) {
        DtStart<?> start = event.getRequiredProperty("DTSTART");
        return start.getDate();
    }

    @Test
    void theJudgesDeadlinesAreAllDayEventsOnTheirDatesWithAReminderTwoDaysBefore() throws Exception {
        SheetFile file = SERVICE.calendar(sheet(SDT_HOSPITALISED)).orElseThrow();
        assertThat(file.fileName()).isEqualTo("2026-11-23-echeances.ics");
        assertThat(file.mediaType()).startsWith("text/calendar");
        Calendar calendar = parse(file.bytes());

        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/Paris");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(CalendarExportTest::start)
                // The appeal notified Friday 20/11 ends Monday 30/11 at 24:00 (CPC 641: notification day not counted).
                // and the SDT admitted 16/11 must be maintained on a certificate by 16/12 (CSP L.3212-7).
                // The judge's 8 and 12 days stand on their legal last days: Tuesday 24/11, and Monday 30/11 (the 12th
                // day, Saturday 28, may be extended: UNCERTAIN, the later reading), the cautious dates in the text.
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 16));
        for (VEvent event : events) {
            DtStart<?> start = event.getRequiredProperty("DTSTART");
            DtEnd<?> end = event.getRequiredProperty("DTEND");
            assertThat(start.getDate()).as("journée entière, sans heure").isInstanceOf(LocalDate.class);
            assertThat(start.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
            assertThat(end.getDate()).isEqualTo(((LocalDate) start.getDate()).plusDays(1));
            assertThat(value(event, "DTSTAMP")).isEqualTo("20261123T090000Z");
            List<VAlarm> alarms = event.getComponents("VALARM");
            assertThat(alarms).hasSize(1);
            Trigger trigger = alarms.getFirst().getRequiredProperty("TRIGGER");
            assertThat(trigger.getDuration()).isEqualTo(Period.ofDays(-2));
            assertThat(value(alarms.getFirst(), "ACTION")).isEqualTo("DISPLAY");
            assertThat(value(alarms.getFirst(), "DESCRIPTION")).startsWith("Dans 2 jours : ");
        }
        assertThat(events).extracting(event -> value(event, "UID")).doesNotHaveDuplicates();
        VEvent decision = events.get(1);
        assertThat(value(decision, "SUMMARY")).isEqualTo("Décision du juge sur l'hospitalisation complète (12e jour)");
        assertThat(value(decision, "DESCRIPTION"))
                .contains("au plus tard le lundi 30 novembre 2026 à minuit, 12 jours après l'admission")
                .contains("comptez sur une audience d'ici le vendredi 27 novembre 2026")
                .contains("À faire : L'audience a lieu avant cette date")
                .contains("Textes : CSP L.3211-12-1")
                .contains("Information, pas un conseil juridique.");
        assertThat(value(events.get(2), "DESCRIPTION")).contains("Textes : CSP R.3211-18, CSP R.3211-19");
    }

    @Test
    void onlyOpenDeadlinesGoIntoTheAgendaAndNoneMeansNoFile() throws Exception {
        SituationSheet sheet = sheet(SDRE_PROGRAMME_CURATELLE);
        assertThat(sheet.deadlines()).extracting(TimelineEntry::date)
                .contains(LocalDate.of(2026, 11, 18), LocalDate.of(2027, 1, 11));
        // SDRE admitted 2 March 2026: arrêtés due 2 April, 2 July (1 + 3 months), then 2 January 2027 (+ 6 months).
        assertThat(sheet.deadlines()).extracting(TimelineEntry::date).contains(LocalDate.of(2027, 1, 2));
        Calendar calendar = parse(SERVICE.calendar(sheet).orElseThrow().bytes());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(CalendarExportTest::start)
                .as("le délai de 8 jours, dépassé le 18/11, n'est pas dans l'agenda")
                // The 2 months for the medical file end Sunday 10/01/2027: Monday 11 at the latest reading.
                .containsExactly(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 11));

        assertThat(SERVICE.calendar(sheet(INJONCTION))).isEmpty();
    }

    @Test
    void theFileIsCrlfFoldedAt75OctetsAndEscaped() throws Exception {
        TimelineEntry tricky = new TimelineEntry(LocalDate.of(2026, 12, 1), TimelineEntry.Kind.DEADLINE, "essai",
                "Virgule, point-virgule; barre \\ oblique", "Première ligne\nSeconde ligne, « éàçœ » ".repeat(6),
                TimelineEntry.Status.COMING, "à venir", List.of("CSP L.3211-12"), "Écrire ; vite, \\ sans tarder\r\nfin");
        String ics = IcsCalendar.write(List.of(tricky), Instant.parse("2026-11-23T09:00:00Z"), CONTENT);

        assertThat(ics).endsWith("\r\n").doesNotContain("\r\r");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("ligne : " + line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("SUMMARY:Virgule\\, point-virgule\\; barre \\\\ oblique");
        assertThat(ics).contains("\r\n ").as("au moins une ligne repliée");

        VEvent event = parse(ics.getBytes(StandardCharsets.UTF_8)).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(event, "SUMMARY")).isEqualTo("Virgule, point-virgule; barre \\ oblique");
        assertThat(value(event, "DESCRIPTION")).startsWith("Première ligne\nSeconde ligne, « éàçœ » Première")
                .contains("À faire : Écrire ; vite, \\ sans tarder\nfin");
    }

    @Test
    void theCheckerReallyRefusesAnIncompleteCalendar() throws Exception {
        // Without PRODID, UID and DTSTAMP: what a careless export would produce.
        String careless = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261127\r\n"
                + "SUMMARY:Audience\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Calendar calendar = new CalendarBuilder().build(new StringReader(careless));
        boolean refused;
        try {
            refused = calendar.validate().hasErrors();
        } catch (net.fortuna.ical4j.validate.ValidationException e) {
            refused = true;
        }
        assertThat(refused).isTrue();
    }
}
