package fr.reperes.assessment.rules;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.CareSetting;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;

import fr.reperes.core.Voice;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The facts as the rules read them. An absent answer is "unknown": {@code minor()} is true only when the answer
 * was yes, {@code adult()} only when it was no, and neither when the question went unanswered.
 */
public record Situation(Facts facts, LocalDate today) {

    /** Someone answers for the person: a relative, an association, a lawyer. */
    public boolean thirdPerson() {
        return Voice.of(facts.respondent()).thirdPerson();
    }

    public boolean respondentIs(Respondent respondent) {
        return facts.respondent() == respondent;
    }

    public boolean minor() {
        return Boolean.TRUE.equals(facts.minor());
    }

    public boolean adult() {
        return Boolean.FALSE.equals(facts.minor());
    }

    public CareBasis basis() {
        return facts.careBasis() == null ? CareBasis.UNKNOWN : facts.careBasis();
    }

    public boolean basisIs(CareBasis... bases) {
        return Arrays.asList(bases).contains(basis());
    }

    public boolean basisStated() {
        return basis() != CareBasis.UNKNOWN;
    }

    public boolean holds(DocumentHeld document) {
        return facts.documentsHeld().contains(document);
    }

    public boolean holdsAny(DocumentHeld... documents) {
        return Arrays.stream(documents).anyMatch(this::holds);
    }

    public boolean hospitalised() {
        return facts.careSetting() == CareSetting.FULL_HOSPITALISATION;
    }

    public boolean outpatient() {
        return facts.careSetting() == CareSetting.OUTPATIENT;
    }

    /** "No current care" was answered; an unanswered setting is not "no care". */
    public boolean noCurrentCare() {
        return facts.careSetting() == CareSetting.NONE;
    }

    public boolean programmeStated() {
        return Boolean.TRUE.equals(facts.programmeDeSoins());
    }

    public boolean programmeDenied() {
        return Boolean.FALSE.equals(facts.programmeDeSoins());
    }

    public boolean detained() {
        return Boolean.TRUE.equals(facts.detained());
    }

    public boolean restraintReported() {
        return facts.restraint() == Restraint.ISOLATION || facts.restraint() == Restraint.RESTRAINT;
    }

    public boolean wants(Goal goal) {
        return facts.goals().contains(goal);
    }

    public boolean wantsAny(Goal... goals) {
        return Arrays.stream(goals).anyMatch(this::wants);
    }

    public boolean protectionStated() {
        Protection protection = facts.protection();
        return protection != null && protection != Protection.NONE && protection != Protection.UNKNOWN;
    }

    /** A date strictly before today (Europe/Paris): the deadline has passed. */
    public boolean passed(LocalDate date) {
        return date.isBefore(today);
    }
}
