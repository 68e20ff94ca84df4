package fr.reperes.situation;

import fr.reperes.procedure.ChronologyLine;
import fr.reperes.procedure.ProcedureItem;
import fr.reperes.core.Certainty;
import fr.reperes.core.LetterId;

import fr.reperes.core.RegimeCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The situation on one page, for a lawyer called the day before a hearing or an association volunteer with a
 * member: only what the user answered (no name is ever asked), what follows from it, and what can be done now.
 *
 * @param madeOn          the day the sheet is made (Paris)
 * @param contentReviewed the day the legal content was last checked
 * @param answered        whether any question was answered; an empty sheet says so instead of guessing
 * @param chronology      the dates given, oldest first
 * @param deadlines       the deadlines computed from them, passed and open, by date
 * @param warnings        the situation's own alerts (general safety advice stays on the result page)
 * @param letters         titles of the letters opened in this session
 * @param procedure       the procedure check, when dated events of the procedure were given (else empty)
 * @param procedureChronology the events given and the acts missing, in time order, marked (else empty)
 */
public record SituationSheet(LocalDate madeOn, LocalDate contentReviewed, boolean answered, List<Detail> concerned,
                             List<RegimeLine> regimes, List<TimelineEntry> chronology, List<TimelineEntry> deadlines,
                             List<Remedy> remedies, List<String> warnings, List<String> letters,
                             List<String> toClarify, List<ProcedureItem> procedure,
                             List<ChronologyLine> procedureChronology) {

    /** The sheet without the procedure check (kept for callers written before it existed). */
    public SituationSheet(LocalDate madeOn, LocalDate contentReviewed, boolean answered, List<Detail> concerned,
                          List<RegimeLine> regimes, List<TimelineEntry> chronology, List<TimelineEntry> deadlines,
                          List<Remedy> remedies, List<String> warnings, List<String> letters, List<String> toClarify) {
        this(madeOn, contentReviewed, answered, concerned, regimes, chronology, deadlines, remedies, warnings, letters,
                toClarify, List.of(), List.of());
    }

    public SituationSheet {
        procedure = procedure == null ? List.of() : List.copyOf(procedure);
        procedureChronology = procedureChronology == null ? List.of() : List.copyOf(procedureChronology);
        concerned = List.copyOf(concerned);
        regimes = List.copyOf(regimes);
        chronology = List.copyOf(chronology);
        deadlines = List.copyOf(deadlines);
        remedies = List.copyOf(remedies);
        warnings = List.copyOf(warnings);
        letters = List.copyOf(letters);
        toClarify = List.copyOf(toClarify);
    }

    /** One answer, e.g. "Mesure de protection" : "curatelle". */
    public record Detail(String label, String value) {
    }

    public record RegimeLine(RegimeCode code, String label, Certainty certainty, String certaintyLabel,
                             List<String> legalBasis) {
    }

    /**
     * A remedy open now, from the assessment's steps.
     *
     * @param who    who may use it, in a sentence
     * @param letter the letter id that carries it out, or null
     */
    public record Remedy(String stepId, String title, String who, List<String> legalBasis, LetterId letter) {
    }

    /** Events and deadlines in one list by date (on the same day, what happened comes before what is due). */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> all = new ArrayList<>(chronology);
        all.addAll(deadlines);
        all.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind));
        return List.copyOf(all);
    }

    public List<TimelineEntry> openDeadlines() {
        return deadlines.stream().filter(TimelineEntry::isOpenDeadline).toList();
    }
}
