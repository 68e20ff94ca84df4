package fr.reperes.procedure;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.ProcedureEvent.Type;
import fr.reperes.core.ProcedureEvent.When;
import fr.reperes.core.time.DayDeadline;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.HourDeadline;
import fr.reperes.core.time.LegalDelays;
import fr.reperes.core.time.Timeliness;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.reperes.procedure.ProcedureStatus.A_VERIFIER;
import static fr.reperes.procedure.ProcedureStatus.NON_RESPECTE;
import static fr.reperes.procedure.ProcedureStatus.RESPECTE;
import static fr.reperes.procedure.ProcedureStatus.SANS_OBJET;

/**
 * One rule per point of procedure, each reading like the article it applies. All counting goes through
 * {@link LegalDelays}: hours to the minute in Paris time for the certificates and isolement or contention, days as
 * the Code de procédure civile counts them for the judge and the maintien decisions. A missing date is never
 * "respecté"; where two readings of the law give different answers, the verdict is "à vérifier".
 */
final class ProcedureRules {

    private static final DateTimeFormatter DUE_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Which compulsory regime the file is about, as far as the facts say. */
    enum Regime { SDT, SDT_URGENCE, PERIL_IMMINENT, SDRE, DETENU, NOT_COMPULSORY, UNKNOWN }

    private final LegalDelays delays;

    ProcedureRules(LegalDelays delays) {
        this.delays = delays;
    }

    /** Every point, as of {@code today} (Paris): the periodic decisions are due up to that day. */
    List<Verdict> apply(Facts facts, LocalDate today) {
        Timeline timeline = new Timeline(facts);
        Regime regime = regime(facts.careBasis());
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(certificate(CheckId.CERTIFICAT_24H, Type.CERTIFICATE_24H, 24, timeline, regime));
        verdicts.add(certificate(CheckId.CERTIFICAT_72H, Type.CERTIFICATE_72H, 72, timeline, regime));
        verdicts.add(judgeFromAdmission(CheckId.SAISINE_DU_JUGE, Type.JUDGE_SEIZED, 8, timeline, regime));
        verdicts.add(judgeFromAdmission(CheckId.DECISION_DU_JUGE_12_JOURS, Type.JUDGE_DECISION, 12, timeline, regime));
        verdicts.add(sixMonthControl(timeline, regime, today));
        verdicts.add(monthlySdtMaintien(timeline, regime, today));
        verdicts.add(sdreArretes(timeline, regime, today));
        verdicts.add(seizureOnMeasure(CheckId.ISOLEMENT_SAISINE_JUGE, Type.ISOLATION_START, Type.ISOLATION_END, 72,
                Facts.Restraint.ISOLATION, timeline));
        verdicts.add(seizureOnMeasure(CheckId.CONTENTION_SAISINE_JUGE, Type.RESTRAINT_START, Type.RESTRAINT_END, 48,
                Facts.Restraint.RESTRAINT, timeline));
        verdicts.add(measureLength(CheckId.ISOLEMENT_DUREE, Type.ISOLATION_START, Type.ISOLATION_END, 48,
                Facts.Restraint.ISOLATION, timeline));
        verdicts.add(measureLength(CheckId.CONTENTION_DUREE, Type.RESTRAINT_START, Type.RESTRAINT_END, 24,
                Facts.Restraint.RESTRAINT, timeline));
        return verdicts;
    }

    static Regime regime(CareBasis basis) {
        if (basis == null) {
            return Regime.UNKNOWN;
        }
        return switch (basis) {
            case THIRD_PARTY -> Regime.SDT;
            case THIRD_PARTY_URGENT -> Regime.SDT_URGENCE;
            case IMMINENT_PERIL -> Regime.PERIL_IMMINENT;
            case PREFECT, MAYOR_PROVISIONAL, CRIMINAL_IRRESPONSIBILITY -> Regime.SDRE;
            case DETAINEE -> Regime.DETENU;
            case CONSENT, PARENTS, CHILDREN_JUDGE -> Regime.NOT_COMPULSORY;
            case UNKNOWN -> Regime.UNKNOWN;
        };
    }

    /**
     * CSP L.3211-2-2: in the 24 hours, then in the 72 hours after the admission, a psychiatrist who is not the author
     * of the admission certificate(s) writes a certificate; counted in hours (Cass. 1re civ., 26 October 2022,
     * n° 20-22.827). In SDT-urgence (L.3212-3) and péril imminent (L.3212-1 II 2°) the two are by two different
     * psychiatrists. A late or missing certificate is an irregularity: release only if it harmed the person's rights
     * (L.3216-1).
     */
    Verdict certificate(CheckId check, Type type, long hours, Timeline timeline, Regime regime) {
        if (regime == Regime.NOT_COMPULSORY) {
            return Verdict.of(check, SANS_OBJET, "sans-objet");
        }
        List<String> notes = new ArrayList<>(List.of("auteur-du-certificat"));
        if (regime == Regime.SDT_URGENCE || regime == Regime.PERIL_IMMINENT) {
            notes.add("deux-psychiatres");
        }
        if (regime == Regime.DETENU) {
            notes.add("detenu");
        }
        String[] extra = notes.toArray(String[]::new);
        Optional<When> admission = timeline.admission();
        if (admission.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "admission-manquante").noting(extra);
        }
        HourDeadline deadline = hours(admission.get(), hours);
        Map<String, String> values = values("admission", admission.get(), "echeance", deadline);
        Optional<When> written = timeline.firstFrom(type, admission.get());
        if (written.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "manquant").with(values, due(deadline)).noting(extra);
        }
        values.put("fait", FrenchDates.when(written.get()));
        return switch (timeliness(deadline, written.get())) {
            case ON_TIME -> Verdict.of(check, RESPECTE, "a-temps").with(values, due(deadline)).noting(extra);
            case LATE -> Verdict.of(check, NON_RESPECTE, "en-retard").with(values, due(deadline)).noting(extra);
            case TO_CHECK -> Verdict.of(check, A_VERIFIER, "heure-a-preciser").with(values, due(deadline))
                    .noting(extra);
        };
    }

    /**
     * CSP L.3211-12-1 I 1°: during a full hospitalisation the judge, seized within 8 days of the admission, rules
     * before 12 days; IV: when the judge has not ruled in time, the mainlevée is acquired; seized late, the judge
     * notes it without a hearing unless exceptional circumstances. Counting: whether the admission day counts, and
     * whether CPC 642 moves a last day off a weekend, are not settled for these delays, so a date between the
     * strictest and the most lenient reading is "à vérifier".
     */
    Verdict judgeFromAdmission(CheckId check, Type type, int days, Timeline timeline, Regime regime) {
        Optional<Verdict> notApplicable = fullHospitalisationOnly(check, timeline.facts(), regime);
        if (notApplicable.isPresent()) {
            return notApplicable.get();
        }
        Optional<When> admission = timeline.admission();
        if (admission.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "admission-manquante");
        }
        LocalDate admitted = admission.get().day();
        LocalDate strictest = delays.days(admitted, days - 1, Extension.NOT_EXTENDED).legalLastDay();
        DayDeadline lenient = delays.days(admitted, days, Extension.UNCERTAIN);
        return dayVerdict(check, timeline.firstFrom(type, admission.get()).map(When::day), strictest,
                lenient.legalLastDay(), values("admission", admission.get()));
    }

    /**
     * CSP L.3211-12-1 I 3°: while the full hospitalisation goes on, the judge rules again before 6 months from the
     * decision by which the judge last ruled; IV: otherwise the mainlevée is acquired. Whether it goes on is the
     * interview's answer "en ce moment" (full hospitalisation): then the 6 months after the last decision given are
     * due up to {@code today}. Not known: the next control is to check.
     */
    Verdict sixMonthControl(Timeline timeline, Regime regime, LocalDate today) {
        CheckId check = CheckId.CONTROLE_6_MOIS;
        Optional<Verdict> notApplicable = fullHospitalisationOnly(check, timeline.facts(), regime);
        if (notApplicable.isPresent()) {
            return notApplicable.get();
        }
        List<When> decisions = timeline.all(Type.JUDGE_DECISION);
        if (decisions.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "aucune-decision");
        }
        Verdict worst = null;
        for (int i = 0; i + 1 < decisions.size(); i++) {
            LocalDate from = decisions.get(i).day();
            Verdict one = dayVerdict(check, Optional.of(decisions.get(i + 1).day()), sixMonthsStrict(from),
                    delays.months(from, 6, Extension.UNCERTAIN).legalLastDay(), values("precedente", decisions.get(i)));
            worst = worst == null || one.status().worse(worst.status()) != worst.status() ? one : worst;
        }
        if (worst != null && worst.status() != RESPECTE) {
            return worst;
        }
        When last = decisions.getLast();
        LocalDate strictest = sixMonthsStrict(last.day());
        LocalDate lenient = delays.months(last.day(), 6, Extension.UNCERTAIN).legalLastDay();
        Map<String, String> values = values("precedente", last);
        values.put("echeance", FrenchDates.day(strictest));
        values.put("echeance-large", FrenchDates.day(lenient));
        values.put("decisions", days(decisions));
        String[] previous = worst == null ? new String[0] : new String[]{"controles-precedents-a-temps"};
        if (timeline.facts().careSetting() != CareSetting.FULL_HOSPITALISATION) {
            return Verdict.of(check, A_VERIFIER, "prochain-controle").with(values, strictest.toString())
                    .noting(previous);
        }
        return Verdict.of(check, stillDue(today, strictest, lenient), switch (stillDue(today, strictest, lenient)) {
            case RESPECTE -> "a-jour";
            case NON_RESPECTE -> "controle-manquant";
            default -> today.isAfter(strictest) ? "controle-lecture-du-delai" : "echeance-aujourdhui";
        }).with(values, strictest.toString()).noting(previous).noting("decision-sur-l-hospitalisation");
    }

    /**
     * A decision due by {@code strictest} (at the latest {@code lenient}, under the most lenient reading) and not
     * given, as of {@code today}: not due yet, respected so far; due today or within the two readings, to check;
     * after both, not respected.
     */
    private static ProcedureStatus stillDue(LocalDate today, LocalDate strictest, LocalDate lenient) {
        if (today.isBefore(strictest)) {
            return RESPECTE;
        }
        return today.isAfter(lenient) ? NON_RESPECTE : A_VERIFIER;
    }

    private static String days(List<When> whens) {
        return String.join(", ", whens.stream().map(when -> FrenchDates.day(when.day())).toList());
    }

    private LocalDate sixMonthsStrict(LocalDate from) {
        // The strictest reading: the day of the decision counts as the first day of the 6 months.
        return delays.months(from, 6, Extension.NOT_EXTENDED).legalLastDay().minusDays(1);
    }

    /**
     * CSP L.3212-7: after the first month, an SDT (urgence and péril imminent included) is maintained by the director
     * for periods of at most one month, each on a psychiatrist's detailed certificate written in the last 3 days of
     * the period. Counted from the admission, period by period.
     */
    Verdict monthlySdtMaintien(Timeline timeline, Regime regime, LocalDate today) {
        CheckId check = CheckId.MAINTIEN_SDT_MENSUEL;
        if (regime == Regime.UNKNOWN) {
            return Verdict.of(check, A_VERIFIER, "regime-inconnu");
        }
        if (regime != Regime.SDT && regime != Regime.SDT_URGENCE && regime != Regime.PERIL_IMMINENT) {
            return Verdict.of(check, SANS_OBJET, "sans-objet");
        }
        return periodicMaintien(check, timeline, List.of(1), 1, today);
    }

    /**
     * CSP L.3213-4: in the last 3 days of the first month the préfet may maintain the measure for 3 months, then for
     * periods of at most 6 months; without an arrêté at the end of each period, the lifting of the measure is
     * acquired. So the arrêtés fall due 1, 4, then every 6 months after the admission.
     */
    Verdict sdreArretes(Timeline timeline, Regime regime, LocalDate today) {
        CheckId check = CheckId.ARRETES_MAINTIEN_SDRE;
        if (regime == Regime.UNKNOWN) {
            return Verdict.of(check, A_VERIFIER, "regime-inconnu");
        }
        if (regime != Regime.SDRE) {
            return Verdict.of(check, SANS_OBJET, "sans-objet");
        }
        return periodicMaintien(check, timeline, List.of(1, 3), 6, today);
    }

    /**
     * The k-th maintien decision against the end of the k-th period (months after the admission: {@code first}
     * periods, then {@code then} months each). Late under both readings (admission day counted or not): not
     * respected; between them, or before the last 3 days of the period: to check. When the measure still goes on
     * (the interview says care goes on "en ce moment", in hospital or at home), every period ended by {@code today}
     * needs its decision: all there and on time, respected; the next one missing after both readings of its last
     * day, not respected; due today or between the readings, to check. Not known whether it goes on: the next
     * decision is to check.
     */
    private Verdict periodicMaintien(CheckId check, Timeline timeline, List<Integer> first, int then, LocalDate today) {
        Optional<When> admission = timeline.admission();
        if (admission.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "admission-manquante");
        }
        LocalDate admitted = admission.get().day();
        List<When> decisions = timeline.all(Type.MAINTIEN_DECISION);
        CareSetting setting = timeline.facts().careSetting();
        boolean ongoing = setting == CareSetting.FULL_HOSPITALISATION || setting == CareSetting.OUTPATIENT;
        int months = 0;
        for (int k = 0; k <= decisions.size(); k++) {
            months += k < first.size() ? first.get(k) : then;
            LocalDate end = delays.months(admitted, months, Extension.NOT_EXTENDED).legalLastDay();
            LocalDate strictest = end.minusDays(1);
            Map<String, String> values = values("admission", admission.get());
            values.put("echeance", FrenchDates.day(strictest));
            values.put("fin-periode", FrenchDates.day(end));
            values.put("numero", String.valueOf(k + 1));
            if (k == decisions.size()) {
                values.put("decisions", days(decisions));
                if (!ongoing) {
                    return Verdict.of(check, A_VERIFIER, k == 0 ? "aucune-decision" : "prochaine-decision")
                            .with(values, strictest.toString());
                }
                ProcedureStatus status = stillDue(today, strictest, end);
                String reason = switch (status) {
                    case RESPECTE -> k == 0 ? "pas-encore-d-echeance" : "a-jour";
                    case NON_RESPECTE -> "decision-manquante";
                    default -> today.isAfter(strictest) ? "manquante-lecture-du-delai" : "echeance-aujourdhui";
                };
                // Nothing due yet and nothing given: nothing to say "respecté" about.
                return Verdict.of(check, k == 0 && status == RESPECTE ? SANS_OBJET : status, reason)
                        .with(values, strictest.toString());
            }
            LocalDate taken = decisions.get(k).day();
            values.put("fait", FrenchDates.day(taken));
            if (taken.isAfter(end)) {
                return Verdict.of(check, NON_RESPECTE, "en-retard").with(values, strictest.toString());
            }
            if (taken.isAfter(strictest)) {
                return Verdict.of(check, A_VERIFIER, "lecture-du-delai").with(values, strictest.toString());
            }
            if (taken.isBefore(end.minusDays(3))) {
                return Verdict.of(check, A_VERIFIER, "trop-tot").with(values, strictest.toString());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * CSP L.3222-5-1 II: the director seizes the judge before the 72nd hour of isolement or the 48th hour of
     * contention when the measure must go beyond; counted to the minute from the start. After a judge's decision
     * keeping the measure, a new measure runs in the ordinary cycle again (Cass. avis, 6 March 2024, n° 23-70.017).
     */
    Verdict seizureOnMeasure(CheckId check, Type startType, Type endType, long limit, Facts.Restraint reported,
                             Timeline timeline) {
        return worstEpisode(check, startType, endType, reported, timeline, episode -> {
            HourDeadline deadline = hours(episode.start(), limit);
            Map<String, String> values = values("debut", episode.start(), "echeance", deadline);
            Verdict one;
            Timeliness lasted = episode.end() == null ? Timeliness.TO_CHECK : timeliness(deadline, episode.end());
            if (lasted == Timeliness.ON_TIME) {
                one = Verdict.of(check, SANS_OBJET, "terminee-avant").with(values, due(deadline));
            } else {
                Optional<When> seized = timeline.firstFrom(Type.JUDGE_SEIZED, episode.start());
                if (seized.isEmpty()) {
                    one = Verdict.of(check, A_VERIFIER, episode.end() == null ? "fin-et-saisine-manquantes"
                            : "saisine-manquante").with(values, due(deadline));
                } else {
                    values.put("fait", FrenchDates.when(seized.get()));
                    one = switch (timeliness(deadline, seized.get())) {
                        case ON_TIME -> Verdict.of(check, RESPECTE, "a-temps").with(values, due(deadline));
                        case LATE -> Verdict.of(check, NON_RESPECTE, "en-retard").with(values, due(deadline));
                        case TO_CHECK -> Verdict.of(check, A_VERIFIER, "heure-a-preciser").with(values, due(deadline));
                    };
                }
            }
            return one;
        });
    }

    /**
     * CSP L.3222-5-1 I: isolement for at most 12 hours, renewable up to 48 hours in all; contention for at most
     * 6 hours, renewable up to 24 hours. Beyond, only as an exception, and the director informs the judge without
     * delay. The events give the total length, not each decision: those are to check on the register.
     */
    Verdict measureLength(CheckId check, Type startType, Type endType, long total, Facts.Restraint reported,
                          Timeline timeline) {
        return worstEpisode(check, startType, endType, reported, timeline, episode -> {
            HourDeadline deadline = hours(episode.start(), total);
            Map<String, String> values = values("debut", episode.start(), "echeance", deadline);
            Verdict one;
            if (episode.end() == null) {
                one = Verdict.of(check, A_VERIFIER, "fin-manquante").with(values, due(deadline));
            } else {
                values.put("fin", FrenchDates.when(episode.end()));
                one = switch (timeliness(deadline, episode.end())) {
                    case ON_TIME -> Verdict.of(check, RESPECTE, "dans-la-limite").with(values, due(deadline));
                    case TO_CHECK -> Verdict.of(check, A_VERIFIER, "heure-a-preciser").with(values, due(deadline));
                    case LATE -> timeline.firstFrom(Type.JUDGE_INFORMED, episode.start())
                            .filter(informed -> !Timeline.certainlyBefore(episode.end(), informed))
                            .map(informed -> {
                                values.put("informe", FrenchDates.when(informed));
                                return Verdict.of(check, A_VERIFIER, "au-dela-juge-informe").with(values, due(deadline));
                            })
                            .orElseGet(() -> Verdict.of(check, A_VERIFIER, "au-dela-sans-information")
                                    .with(values, due(deadline)));
                };
            }
            return one;
        });
    }

    /**
     * Each isolement or contention measure of the events checked on its own; the check says the worst of them (a
     * measure with no date at all is "à vérifier" when that measure was reported, otherwise without object).
     */
    private static Verdict worstEpisode(CheckId check, Type startType, Type endType, Facts.Restraint reported,
                                        Timeline timeline, java.util.function.Function<Timeline.Episode, Verdict> verdict) {
        List<Timeline.Episode> episodes = timeline.episodes(startType, endType);
        if (episodes.isEmpty()) {
            return reported == timeline.facts().restraint()
                    ? Verdict.of(check, A_VERIFIER, "dates-manquantes") : Verdict.of(check, SANS_OBJET, "sans-objet");
        }
        Verdict worst = null;
        for (Timeline.Episode episode : episodes) {
            Verdict one = verdict.apply(episode);
            worst = worst == null || one.status().worse(worst.status()) != worst.status() ? one : worst;
        }
        return episodes.size() > 1 ? worst.noting("mesures-successives") : worst;
    }

    /** The judge's own control concerns full hospitalisation (L.3211-12-1), not care at home or in consent. */
    private static Optional<Verdict> fullHospitalisationOnly(CheckId check, Facts facts, Regime regime) {
        if (regime == Regime.NOT_COMPULSORY) {
            return Optional.of(Verdict.of(check, SANS_OBJET, "sans-objet"));
        }
        if (facts.careSetting() == CareSetting.OUTPATIENT || facts.careSetting() == CareSetting.NONE) {
            return Optional.of(Verdict.of(check, SANS_OBJET, "hors-hospitalisation-complete"));
        }
        return Optional.empty();
    }

    /** Done by the strictest last day: respected; after the most lenient: not; between: to check. */
    private static Verdict dayVerdict(CheckId check, Optional<LocalDate> done, LocalDate strictest, LocalDate lenient,
                                      Map<String, String> values) {
        values.put("echeance", FrenchDates.day(strictest));
        values.put("echeance-large", FrenchDates.day(lenient));
        String due = strictest.toString();
        if (done.isEmpty()) {
            return Verdict.of(check, A_VERIFIER, "manquant").with(values, due);
        }
        values.put("fait", FrenchDates.day(done.get()));
        if (!done.get().isAfter(strictest)) {
            return Verdict.of(check, RESPECTE, "a-temps").with(values, due);
        }
        if (done.get().isAfter(lenient)) {
            return Verdict.of(check, NON_RESPECTE, "en-retard").with(values, due);
        }
        return Verdict.of(check, A_VERIFIER, "lecture-du-delai").with(values, due);
    }

    private HourDeadline hours(When start, long hours) {
        return start.dateTime().map(at -> delays.hours(at, hours))
                .orElseGet(() -> delays.hoursFromDay(start.day(), hours));
    }

    private static Timeliness timeliness(HourDeadline deadline, When done) {
        return done.dateTime().map(deadline::timelinessOf).orElseGet(() -> deadline.timelinessOf(done.day()));
    }

    /** The earliest possible end, Paris wall-clock time to the minute. */
    private static String due(HourDeadline deadline) {
        return deadline.earliestEnd().toLocalDateTime().format(DUE_MINUTE);
    }

    private static Map<String, String> values(String name, When when) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(name, FrenchDates.when(when));
        return values;
    }

    private static Map<String, String> values(String name, When when, String deadlineName, HourDeadline deadline) {
        Map<String, String> values = values(name, when);
        values.put(deadlineName, FrenchDates.deadline(deadline));
        return values;
    }
}
