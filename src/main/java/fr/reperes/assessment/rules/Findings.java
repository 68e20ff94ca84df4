package fr.reperes.assessment.rules;

import fr.reperes.core.Certainty;
import fr.reperes.core.Priority;
import fr.reperes.core.RegimeCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules found, before it is put into words. Rules run in order and later rules read what earlier ones
 * found (a step for a programme de soins needs the programme to be found first).
 *
 * <p>A regime found twice keeps its strongest certainty; a regime that another answer contradicts is
 * {@linkplain #doubt doubted} and drops to {@code A_CONFIRMER}: contradictions are reported, never resolved.
 */
public final class Findings {

    /** Compulsory psychiatric care under the CSP: the bases, then the forms. */
    public static final Set<RegimeCode> COMPULSORY_BASES = EnumSet.of(RegimeCode.SDT, RegimeCode.SDT_URGENCE,
            RegimeCode.PERIL_IMMINENT, RegimeCode.SDRE, RegimeCode.MESURE_PROVISOIRE_MAIRE,
            RegimeCode.SDRE_IRRESPONSABILITE_PENALE, RegimeCode.SOINS_DETENU,
            RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER);
    public static final Set<RegimeCode> COMPULSORY_FORMS = EnumSet.of(RegimeCode.HOSPITALISATION_COMPLETE,
            RegimeCode.PROGRAMME_DE_SOINS);
    public static final Set<RegimeCode> JUSTICE = EnumSet.of(RegimeCode.INJONCTION_DE_SOINS,
            RegimeCode.OBLIGATION_DE_SOINS, RegimeCode.INJONCTION_THERAPEUTIQUE);
    public static final Set<RegimeCode> PROTECTION = EnumSet.of(RegimeCode.SAUVEGARDE_DE_JUSTICE,
            RegimeCode.CURATELLE, RegimeCode.CURATELLE_RENFORCEE, RegimeCode.TUTELLE,
            RegimeCode.HABILITATION_FAMILIALE, RegimeCode.MANDAT_PROTECTION_FUTURE);

    public record RegimeFinding(RegimeCode code, Certainty certainty, List<Because> because, List<String> legalBasis) {
    }

    public record StepFinding(StepId step, String suffix, String page, Priority priority, Map<String, Object> params) {

        public String id() {
            return suffix == null ? step.id() : step.id() + "-" + suffix;
        }
    }

    public record WarningFinding(WarningId warning, Map<String, Object> params) {
    }

    /**
     * @param date         the date to act by: the legal last day, or a cautious day before it
     * @param legalLastDay the last day the law allows (CPC 640 to 642), when it differs from {@code date} or is
     *                     counted that way; {@code date} otherwise
     */
    public record DeadlineFinding(DeadlineId deadline, LocalDate date, LocalDate legalLastDay) {
    }

    private final Map<RegimeCode, Certainty> certainties = new EnumMap<>(RegimeCode.class);
    private final Map<RegimeCode, Set<Because>> because = new EnumMap<>(RegimeCode.class);
    private final Map<RegimeCode, Set<String>> legalBasis = new EnumMap<>(RegimeCode.class);
    private final Set<RegimeCode> doubted = EnumSet.noneOf(RegimeCode.class);
    private final Map<String, StepFinding> steps = new LinkedHashMap<>();
    private final Map<WarningId, WarningFinding> warnings = new LinkedHashMap<>();
    private final Set<ClarifyId> toClarify = new LinkedHashSet<>();
    private final Map<DeadlineId, DeadlineFinding> deadlines = new LinkedHashMap<>();

    // ---- regimes

    public void regime(RegimeCode code, Certainty certainty, Because reason, String... articles) {
        certainties.merge(code, certainty, Findings::stronger);
        because.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(reason);
        legalBasis.computeIfAbsent(code, c -> new LinkedHashSet<>()).addAll(Arrays.asList(articles));
    }

    /**
     * Another answer contradicts this regime: if it is found (now or by a later rule), it is kept, but only as
     * something to confirm.
     */
    public void doubt(RegimeCode... codes) {
        doubted.addAll(Arrays.asList(codes));
    }

    public Optional<Certainty> certainty(RegimeCode code) {
        Certainty certainty = certainties.get(code);
        if (certainty == null) {
            return Optional.empty();
        }
        return Optional.of(doubted.contains(code) ? Certainty.A_CONFIRMER : certainty);
    }

    public boolean has(RegimeCode code) {
        return certainties.containsKey(code);
    }

    /** The regime was found at least as surely as {@code atLeast} (CERTAIN is the strongest). */
    public boolean holds(RegimeCode code, Certainty atLeast) {
        return certainty(code).map(c -> c.ordinal() <= atLeast.ordinal()).orElse(false);
    }

    public boolean likely(RegimeCode code) {
        return holds(code, Certainty.PROBABLE);
    }

    public boolean likelyAny(RegimeCode... codes) {
        return Arrays.stream(codes).anyMatch(this::likely);
    }

    /** The strongest certainty among {@code codes}, if any was found. */
    public Optional<Certainty> strongest(Set<RegimeCode> codes) {
        return codes.stream().map(this::certainty).flatMap(Optional::stream)
                .min(Enum::compareTo);
    }

    /** Some compulsory care (basis or form) was found at least as surely as {@code atLeast}. */
    public boolean compulsory(Certainty atLeast) {
        return COMPULSORY_BASES.stream().anyMatch(code -> holds(code, atLeast))
                || COMPULSORY_FORMS.stream().anyMatch(code -> holds(code, atLeast));
    }

    public boolean compulsoryLikely() {
        return compulsory(Certainty.PROBABLE);
    }

    /** Some compulsory care is only possible: it is neither ruled out nor established. */
    public boolean compulsoryOnlyPossible() {
        return compulsory(Certainty.A_CONFIRMER) && !compulsoryLikely();
    }

    public boolean anyFound(Set<RegimeCode> codes) {
        return codes.stream().anyMatch(this::has);
    }

    public List<RegimeFinding> regimes() {
        List<RegimeFinding> result = new ArrayList<>();
        for (RegimeCode code : RegimeCode.values()) {
            certainty(code).ifPresent(certainty -> {
                Set<Because> reasons = new LinkedHashSet<>(because.get(code));
                if (doubted.contains(code)) {
                    reasons.add(Because.CONTRADICTION);
                }
                result.add(new RegimeFinding(code, certainty, List.copyOf(reasons), List.copyOf(legalBasis.get(code))));
            });
        }
        return result;
    }

    // ---- steps, warnings, questions, deadlines

    public void step(StepId step, Priority priority) {
        addStep(new StepFinding(step, null, step.page(), priority, Map.of()));
    }

    /** A step to read the page {@code slug}, titled with the page's title. */
    public void readPage(String slug, String pageTitle, Priority priority) {
        addStep(new StepFinding(StepId.COMPRENDRE, slug, slug, priority, Map.of("fiche", pageTitle)));
    }

    private void addStep(StepFinding finding) {
        steps.merge(finding.id(), finding, (old, added) -> old.priority().ordinal() <= added.priority().ordinal()
                ? old : added);
    }

    /** A step another rule added does not apply to the one answering (a lawyer is not told to see a lawyer). */
    public void withdraw(StepId step) {
        steps.values().removeIf(s -> s.step() == step);
    }

    public boolean hasStep(StepId step) {
        return steps.values().stream().anyMatch(s -> s.step() == step);
    }

    public List<StepFinding> steps() {
        return List.copyOf(steps.values());
    }

    public void warn(WarningId warning) {
        warn(warning, Map.of());
    }

    public void warn(WarningId warning, Map<String, Object> params) {
        warnings.putIfAbsent(warning, new WarningFinding(warning, Map.copyOf(params)));
    }

    public boolean warned(WarningId warning) {
        return warnings.containsKey(warning);
    }

    public List<WarningFinding> warnings() {
        return List.copyOf(warnings.values());
    }

    public void clarify(ClarifyId question) {
        toClarify.add(question);
    }

    public List<ClarifyId> toClarify() {
        return List.copyOf(toClarify);
    }

    public void deadline(DeadlineId deadline, LocalDate date) {
        deadline(deadline, date, date);
    }

    /** A deadline shown by a cautious date to act by, with the legal last day beside it (never instead). */
    public void deadline(DeadlineId deadline, LocalDate actBy, LocalDate legalLastDay) {
        deadlines.put(deadline, new DeadlineFinding(deadline, actBy, legalLastDay));
    }

    public Optional<DeadlineFinding> deadline(DeadlineId deadline) {
        return Optional.ofNullable(deadlines.get(deadline));
    }

    public List<DeadlineFinding> deadlines() {
        return List.copyOf(deadlines.values());
    }

    public static Certainty stronger(Certainty a, Certainty b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** A conclusion drawn from two findings is no surer than the weaker of them. */
    public static Certainty weaker(Certainty a, Certainty b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
