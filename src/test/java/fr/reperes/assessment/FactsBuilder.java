package fr.reperes.assessment;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.JusticeMeasure;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Facts for a test situation, written the way the interview would gather them. Unset means "unknown". */
final class FactsBuilder {

    private Respondent respondent;
    private Boolean minor;
    private CareSetting careSetting;
    private CareBasis careBasis;
    private Boolean detained;
    private Boolean programmeDeSoins;
    private final List<DocumentHeld> documents = new ArrayList<>();
    private LocalDate admissionDate;
    private LocalDate lastJudgeDecisionDate;
    private Restraint restraint;
    private JusticeMeasure justiceMeasure;
    private Protection protection;
    private final List<Goal> goals = new ArrayList<>();
    private LocalDate recordsRequestDate;
    private LocalDate judgeDecisionDate;
    private Facts.AppealedDecision appealedDecision;
    private LocalDate restraintStartDate;
    private Facts.RestraintDecisions restraintJudgeDecisions;
    private LocalDate lastRestraintDecisionDate;

    static FactsBuilder adult() {
        FactsBuilder builder = new FactsBuilder();
        builder.respondent = Respondent.PERSON;
        builder.minor = false;
        return builder;
    }

    static FactsBuilder minor() {
        FactsBuilder builder = new FactsBuilder();
        builder.minor = true;
        return builder;
    }

    static FactsBuilder nothingKnown() {
        return new FactsBuilder();
    }

    FactsBuilder answeredBy(Respondent who) {
        respondent = who;
        return this;
    }

    FactsBuilder basis(CareBasis basis) {
        careBasis = basis;
        return this;
    }

    FactsBuilder setting(CareSetting setting) {
        careSetting = setting;
        return this;
    }

    FactsBuilder hospitalised() {
        return setting(CareSetting.FULL_HOSPITALISATION);
    }

    FactsBuilder outpatient() {
        return setting(CareSetting.OUTPATIENT);
    }

    FactsBuilder detained(Boolean value) {
        detained = value;
        return this;
    }

    FactsBuilder programme(Boolean value) {
        programmeDeSoins = value;
        return this;
    }

    FactsBuilder holding(DocumentHeld... held) {
        documents.addAll(List.of(held));
        return this;
    }

    FactsBuilder admitted(LocalDate date) {
        admissionDate = date;
        return this;
    }

    FactsBuilder lastJudgeDecision(LocalDate date) {
        lastJudgeDecisionDate = date;
        return this;
    }

    FactsBuilder restraint(Restraint value) {
        restraint = value;
        return this;
    }

    FactsBuilder justice(JusticeMeasure measure) {
        justiceMeasure = measure;
        return this;
    }

    FactsBuilder protection(Protection value) {
        protection = value;
        return this;
    }

    FactsBuilder wanting(Goal... wanted) {
        goals.addAll(List.of(wanted));
        return this;
    }

    FactsBuilder recordsRequested(LocalDate date) {
        recordsRequestDate = date;
        return this;
    }

    FactsBuilder judgeDecisionNotified(LocalDate date) {
        judgeDecisionDate = date;
        return this;
    }

    FactsBuilder appealing(Facts.AppealedDecision decision) {
        appealedDecision = decision;
        return this;
    }

    FactsBuilder restraintSince(LocalDate date) {
        restraintStartDate = date;
        return this;
    }

    FactsBuilder restraintKeptByTheJudge(Facts.RestraintDecisions decisions, LocalDate lastDecision) {
        restraintJudgeDecisions = decisions;
        lastRestraintDecisionDate = lastDecision;
        return this;
    }

    Facts build() {
        return new Facts(respondent, minor, careSetting, careBasis, detained, programmeDeSoins, documents,
                admissionDate, lastJudgeDecisionDate, restraint, justiceMeasure, protection, goals,
                recordsRequestDate, judgeDecisionDate, appealedDecision, restraintStartDate, restraintJudgeDecisions,
                lastRestraintDecisionDate);
    }
}
