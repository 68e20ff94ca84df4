package fr.reperes.assessment;

import fr.reperes.procedure.ProcedureCheck;
import fr.reperes.assessment.Assessment.Deadline;
import fr.reperes.assessment.Assessment.LetterProposal;
import fr.reperes.assessment.Assessment.NotOffered;
import fr.reperes.assessment.Assessment.Regime;
import fr.reperes.assessment.Assessment.Step;
import fr.reperes.assessment.Assessment.Warning;
import fr.reperes.assessment.rules.Findings;
import fr.reperes.assessment.rules.Findings.DeadlineFinding;
import fr.reperes.assessment.rules.Findings.StepFinding;
import fr.reperes.assessment.rules.LetterPolicy;
import fr.reperes.assessment.rules.Rulebook;
import fr.reperes.assessment.rules.SignatoryRules;
import fr.reperes.assessment.rules.Situation;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.Page;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.Voice;
import fr.reperes.core.time.LegalDelays;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts → assessment: which regimes apply and how surely, what to do next and by when, which letters fit and why
 * others do not, and who signs each. The legal rules live in {@link Rulebook}, {@link LetterPolicy} and
 * {@link SignatoryRules}; the wording in {@code content/assessment/}. Nothing is kept: each call works on the facts
 * it is given.
 */
@Service
public class AssessmentService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AssessmentTexts texts;
    private final Clock clock;
    private final Rulebook rulebook;
    private final LetterPolicy letterPolicy = new LetterPolicy();
    private final SignatoryRules signatories;
    private final ProcedureCheck procedureCheck;

    /** The library comes first: the pages are the ground the rest of the content is checked against. */
    public AssessmentService(ContentLibrary library, AssessmentTexts texts, LetterSigners signers, Clock clock,
                             LegalDelays delays, ProcedureCheck procedureCheck) {
        this.procedureCheck = procedureCheck;
        this.texts = texts;
        this.clock = clock;
        this.rulebook = new Rulebook(slug -> library.page(slug).map(Page::title).orElse(slug), delays);
        this.signatories = new SignatoryRules(signers);
    }

    public Assessment assess(Facts facts) {
        Situation situation = situation(facts);
        Findings findings = rulebook.apply(situation);
        Voice voice = Voice.of(situation.facts().respondent());

        List<Regime> regimes = findings.regimes().stream()
                .map(r -> new Regime(r.code(), r.code().label(), r.certainty(),
                        r.because().stream().map(b -> texts.text(b, voice)).toList(), r.legalBasis()))
                .toList();

        List<StepFinding> kept = new ArrayList<>();
        Set<LetterId> notFitting = new LinkedHashSet<>();
        for (StepFinding step : findings.steps()) {
            LetterId letter = step.step().letter();
            if (letter != null && letterPolicy.veto(letter, situation, findings).isPresent()) {
                notFitting.add(letter);
            } else {
                kept.add(step);
            }
        }
        kept.sort(Comparator.comparing(StepFinding::priority));
        List<Step> steps = kept.stream()
                .map(step -> new Step(step.id(), texts.text(step.step().title(), voice, step.params()),
                        texts.text(step.step().body(), voice, step.params()), step.priority(),
                        step.step().letter(), step.page()))
                .toList();

        Set<LetterId> offered = new LinkedHashSet<>();
        kept.stream().map(step -> step.step().letter()).filter(letter -> letter != null).forEach(offered::add);

        Set<LetterId> expected = new LinkedHashSet<>(notFitting);
        expected.addAll(letterPolicy.expected(situation, findings));
        List<NotOffered> notOffered = new ArrayList<>();
        for (LetterId letter : expected) {
            if (offered.contains(letter)) {
                continue;
            }
            Optional<LetterPolicy.Veto> veto = letterPolicy.veto(letter, situation, findings);
            veto.ifPresent(v -> notOffered.add(new NotOffered(letter, texts.text(v.reason(), voice, v.params()))));
        }

        List<Warning> warnings = findings.warnings().stream()
                .map(w -> new Warning(w.warning().id(), texts.text(w.warning(), voice, w.params())))
                .toList();

        List<Deadline> deadlines = findings.deadlines().stream()
                .sorted(Comparator.comparing(DeadlineFinding::date))
                .map(d -> deadline(d, situation, voice))
                .toList();

        List<String> toClarify = findings.toClarify().stream().map(q -> texts.text(q, voice)).toList();

        List<LetterProposal> proposals = offered.stream().map(letter -> proposal(letter, situation, voice)).toList();
        return new Assessment(regimes, steps, warnings, List.copyOf(offered), notOffered, deadlines, toClarify,
                proposals, procedureCheck.check(situation.facts()));
    }

    /**
     * "En bref" for this result: the main regime in plain words and how sure it is (the others named after it), the
     * first step of the highest priority, the next date to act by — or, when every date has passed, the last one
     * passed. Worded for whoever answers ({@link Voice}).
     */
    public InBrief inBrief(Facts facts, Assessment result) {
        Voice voice = Voice.of(facts == null ? null : facts.respondent());
        String regime;
        Optional<String> certainty = Optional.empty();
        if (result.regimes().isEmpty()) {
            regime = texts.text(InBriefKeys.NO_REGIME, voice);
        } else {
            Regime main = result.regimes().getFirst();
            regime = texts.text(InBriefKeys.regime(main.code()), voice);
            List<String> others = result.regimes().stream().skip(1)
                    .map(other -> other.label().substring(0, 1).toLowerCase(java.util.Locale.FRENCH)
                            + other.label().substring(1))
                    .toList();
            if (!others.isEmpty()) {
                regime += " " + texts.text(InBriefKeys.OTHER_REGIMES, voice, Map.of("regimes", others));
            }
            certainty = Optional.of(texts.text(InBriefKeys.certainty(main.certainty()), voice));
        }
        String step = result.steps().isEmpty() ? texts.text(InBriefKeys.NO_STEP, voice)
                : texts.text(InBriefKeys.FIRST_STEP, voice, Map.of("etape", withoutFinalStop(result.steps().getFirst().title())));
        Optional<Deadline> next = result.deadlines().stream().filter(deadline -> !deadline.passed()).findFirst();
        Optional<Deadline> passed = result.deadlines().stream().filter(Deadline::passed)
                .max(Comparator.comparing(Deadline::date));
        String date;
        if (next.isPresent()) {
            date = texts.text(InBriefKeys.NEXT_DATE, voice, Map.of("date", next.get().date(),
                    "quoi", texts.text(InBriefKeys.date(next.get().id()), voice)));
        } else if (passed.isPresent()) {
            date = texts.text(InBriefKeys.DATE_PASSED, voice, Map.of("date", passed.get().legalLastDay(),
                    "quoi", texts.text(InBriefKeys.date(passed.get().id()), voice)));
        } else {
            date = texts.text(InBriefKeys.NO_DATE, voice);
        }
        return new InBrief(texts.text(InBriefKeys.TITLE, voice), regime, certainty, step, date,
                next.isEmpty() && passed.isPresent());
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** Who signs this letter and the measure it states, for any letter (one the user opens without the result too). */
    public LetterProposal propose(LetterId letter, Facts facts) {
        Situation situation = situation(facts);
        return proposal(letter, situation, Voice.of(situation.facts().respondent()));
    }

    private LetterProposal proposal(LetterId letter, Situation situation, Voice voice) {
        SignatoryRules.Proposal proposal = signatories.propose(letter, situation);
        return new LetterProposal(letter, proposal.signatory(), proposal.protection(),
                texts.text(proposal.reason(), voice, Map.of("textes", proposal.legalBasis())));
    }

    private Situation situation(Facts facts) {
        return new Situation(facts == null ? Facts.unknown() : facts, LocalDate.now(clock.withZone(PARIS)));
    }

    private Deadline deadline(DeadlineFinding finding, Situation situation, Voice voice) {
        // Passed only once the legal last day is over (CPC 642: it runs to 24:00), not at the cautious date.
        boolean passed = situation.passed(finding.legalLastDay());
        Map<String, Object> values = Map.of("date", finding.date(), "fin-legale", finding.legalLastDay());
        var id = finding.deadline();
        return new Deadline(id.id(), texts.text(id.label(), voice, values), finding.date(), id.legalBasis(),
                passed, texts.text(passed ? id.whatNowPassed() : id.whatNow(), voice, values),
                finding.legalLastDay());
    }
}
