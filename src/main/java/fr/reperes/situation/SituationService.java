package fr.reperes.situation;

import fr.reperes.procedure.ProcedureCheck;
import fr.reperes.procedure.ProcedureItem;
import fr.reperes.procedure.ProcedureTexts;
import fr.reperes.assessment.Assessment;
import fr.reperes.assessment.AssessmentIds;
import fr.reperes.assessment.AssessmentService;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.Page;
import fr.reperes.core.FactName;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import fr.reperes.documents.PdfDocuments;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterService;
import fr.reperes.situation.LawyerNotes.FullReference;
import fr.reperes.situation.LawyerNotes.ReferenceGroup;
import fr.reperes.situation.SituationContent.CaseLawPoint;
import fr.reperes.situation.SituationSheet.Detail;
import fr.reperes.situation.SituationSheet.RegimeLine;
import fr.reperes.situation.SituationSheet.Remedy;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The situation sheet (print view, tagged PDF), the timeline, the calendar of deadlines and the lawyer's notes,
 * all built from the session's answers and the assessment. Stateless: everything is made when asked, in memory,
 * and nothing is kept, written or logged.
 */
@Service
public class SituationService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AssessmentService assessments;
    private final LetterService letters;
    private final ContentLibrary library;
    private final SituationContent content;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final SheetHtml html;
    private final ProcedureCheck procedureCheck;
    private final String pdfCss = PdfDocuments.stylesheet("/fr/reperes/situation/fiche-pdf.css");

    public SituationService(AssessmentService assessments, LetterService letters, ContentLibrary library,
                            SituationContent content, PdfDocuments pdf, Clock clock, ProcedureTexts procedureTexts,
                            ProcedureCheck procedureCheck) {
        this.procedureCheck = procedureCheck;
        this.assessments = assessments;
        this.letters = letters;
        this.library = library;
        this.content = content;
        this.pdf = pdf;
        this.clock = clock;
        this.html = new SheetHtml(content, procedureTexts);
    }

    /** The wording of the sheet, the timeline and the lawyer's view (for the views' labels). */
    public SituationContent content() {
        return content;
    }

    /** The sheet of these answers, their assessment and the letters opened. */
    public SituationSheet sheet(Facts facts, Collection<LetterId> preparedLetters, boolean answered) {
        return sheet(facts, assessments.assess(facts), preparedLetters, answered);
    }

    /** The sheet for an assessment already made (the result page has one). */
    public SituationSheet sheet(Facts facts, Assessment assessment, Collection<LetterId> preparedLetters,
                                boolean answered) {
        LocalDate today = today();
        List<RegimeLine> regimes = assessment.regimes().stream()
                .map(regime -> new RegimeLine(regime.code(), regime.label(), regime.certainty(),
                        content.text("certitude." + regime.certainty().name()), regime.legalBasis()))
                .toList();
        List<Remedy> remedies = new ArrayList<>();
        for (Assessment.Step step : assessment.steps()) {
            content.remedy(step.id()).ifPresent(remedy -> remedies.add(
                    new Remedy(step.id(), step.title(), remedy.who(), remedy.legalBasis(), step.letter())));
        }
        List<String> warnings = assessment.warnings().stream()
                .filter(warning -> !content.isGeneralWarning(warning.id())).map(Assessment.Warning::text).toList();
        List<ProcedureItem> procedure = facts.events().isEmpty() ? List.of() : assessment.procedure();
        List<String> letterTitles = preparedLetters.stream()
                .map(id -> letters.letter(id).map(Letter::title)).flatMap(Optional::stream).toList();
        return new SituationSheet(today, library.lastReviewed(), answered, concerned(facts), regimes,
                chronology(facts, today), deadlines(assessment, today), remedies, warnings, letterTitles,
                assessment.toClarify(), procedure,
                procedure.isEmpty() ? List.of() : procedureCheck.chronology(facts, procedure));
    }

    /** The title and introduction of the sheet, as XHTML with one root element. */
    public String htmlHeader() {
        return html.header();
    }

    /** The sections and the footer of the sheet, as XHTML with one root element, every text escaped. */
    public String htmlBody(SituationSheet sheet) {
        return html.body(sheet);
    }

    /** The sheet as a tagged PDF (PDF/UA), A4, in French, fonts embedded; one page in usual situations. */
    public SheetFile pdf(SituationSheet sheet) {
        return new SheetFile(pdf.render(html.document(sheet, pdfCss)), sheet.madeOn() + "-fiche-de-situation.pdf",
                "application/pdf");
    }

    /**
     * The open deadlines (today or later) as an iCalendar file, or nothing when there is none. Passed deadlines
     * are left out: a calendar is for what is coming, some calendars raise every past reminder at import, and the
     * sheet and the result page already say what to do once a date has passed.
     */
    public Optional<SheetFile> calendar(SituationSheet sheet) {
        List<TimelineEntry> open = new ArrayList<>(sheet.openDeadlines());
        open.addAll(openProcedureLimits(sheet));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String ics = IcsCalendar.write(open, clock.instant(), content);
        return Optional.of(new SheetFile(ics.getBytes(StandardCharsets.UTF_8), sheet.madeOn() + "-echeances.ics",
                IcsCalendar.MEDIA_TYPE));
    }

    /**
     * The time limits of the procedure check still open: a point to check, or the next periodic decision, whose due
     * day is today or later (an act not yet shown on the papers that must be done by then), as all-day deadlines
     * for the calendar.
     */
    static List<TimelineEntry> openProcedureLimits(SituationSheet sheet) {
        List<TimelineEntry> open = new ArrayList<>();
        for (ProcedureItem item : sheet.procedure()) {
            if (!ProcedureCheck.opensALimit(item)) {
                continue;
            }
            LocalDate due = LocalDate.parse(item.dueBy().substring(0, 10));
            if (due.isBefore(sheet.madeOn())) {
                continue;
            }
            open.add(new TimelineEntry(due, TimelineEntry.Kind.DEADLINE, "procedure-" + item.id(), item.label(),
                    item.detail(), due.isEqual(sheet.madeOn()) ? TimelineEntry.Status.TODAY
                    : TimelineEntry.Status.COMING, item.status().name(), item.legalBasis(), null));
        }
        return open;
    }

    /** What a lawyer sees in addition: articles in full, the case law for these regimes, a text summary. */
    public LawyerNotes lawyerNotes(Facts facts, Assessment assessment, SituationSheet sheet) {
        List<ReferenceGroup> regimes = assessment.regimes().stream()
                .map(regime -> new ReferenceGroup(regime.label(), full(regime.legalBasis()))).toList();
        List<ReferenceGroup> steps = new ArrayList<>();
        for (Assessment.Step step : assessment.steps()) {
            if (AssessmentIds.isReadingStep(step.id())) {
                continue; // "read the page of your regime": its articles are those of the regime, listed above
            }
            Set<String> references = new LinkedHashSet<>();
            content.remedy(step.id()).ifPresent(remedy -> references.addAll(remedy.legalBasis()));
            library.page(step.page()).map(Page::legal).orElse(List.of())
                    .forEach(reference -> references.add(reference.toString()));
            if (!references.isEmpty()) {
                steps.add(new ReferenceGroup(step.title(), full(List.copyOf(references))));
            }
        }
        List<CaseLawPoint> caseLaw = caseLaw(facts, assessment);
        return new LawyerNotes(regimes, steps, caseLaw, PlainTextSummary.of(sheet, caseLaw, content));
    }

    /** The case-law and procedure points that concern the regimes found (or a minor). */
    public List<CaseLawPoint> caseLaw(Facts facts, Assessment assessment) {
        Set<RegimeCode> present = EnumSet.noneOf(RegimeCode.class);
        assessment.regimes().forEach(regime -> present.add(regime.code()));
        return content.caseLaw().stream().filter(point -> point.appliesTo(present, facts)).toList();
    }

    private List<Detail> concerned(Facts facts) {
        List<Detail> details = new ArrayList<>();
        for (FactName fact : SituationContent.DETAILS) {
            String field = fact.id();
            List<String> values = fact.values(facts);
            if (!values.isEmpty()) {
                details.add(new Detail(content.text("personne." + field + ".libelle"), String.join(", ",
                        values.stream().map(value -> content.text("personne." + field + "." + value)).toList())));
            }
        }
        return details;
    }

    private List<TimelineEntry> chronology(Facts facts, LocalDate today) {
        List<TimelineEntry> events = new ArrayList<>();
        for (FactName fact : SituationContent.EVENTS) {
            LocalDate date = fact.date(facts).orElse(null);
            if (date == null) {
                continue;
            }
            String field = fact.id();
            TimelineEntry.Status status = date.isBefore(today) ? TimelineEntry.Status.PAST
                    : date.isEqual(today) ? TimelineEntry.Status.TODAY : TimelineEntry.Status.COMING;
            String label = switch (status) {
                case PAST -> content.text("etat.passe");
                case TODAY -> content.text("etat.aujourd-hui");
                default -> content.text("etat.evenement-futur");
            };
            events.add(new TimelineEntry(date, TimelineEntry.Kind.EVENT, field, content.text("evenements." + field),
                    null, status, label, List.of(), null));
        }
        events.sort(java.util.Comparator.comparing(TimelineEntry::date));
        return events;
    }

    private List<TimelineEntry> deadlines(Assessment assessment, LocalDate today) {
        // Each deadline stands on its legal last day (CPC 640 to 642); a cautious date to act by, when there is one,
        // is in its label, beside it.
        return assessment.deadlines().stream().map(deadline -> {
            TimelineEntry.Status status = deadline.passed() ? TimelineEntry.Status.PASSED
                    : deadline.legalLastDay().isEqual(today) ? TimelineEntry.Status.TODAY : TimelineEntry.Status.COMING;
            String label = switch (status) {
                case PASSED -> content.text("etat.depassee");
                case TODAY -> content.text("etat.aujourd-hui");
                default -> content.text("etat.a-venir");
            };
            return new TimelineEntry(deadline.legalLastDay(), TimelineEntry.Kind.DEADLINE, deadline.id(),
                    content.text("agenda.titres." + deadline.id()), deadline.label(), status, label,
                    deadline.legalBasis(), deadline.whatNow());
        }).sorted(java.util.Comparator.comparing(TimelineEntry::date)).toList();
    }

    private static List<FullReference> full(List<String> references) {
        return references.stream().map(FullReference::of).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }
}
