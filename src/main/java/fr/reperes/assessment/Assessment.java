package fr.reperes.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of an assessment (DESIGN §4), also the JSON answer of {@code POST /api/assessment}.
 *
 * @param letters           letter ids offered, best first
 * @param lettersNotOffered letters the person may expect but that do not fit, each with the reason
 * @param toClarify         questions to ask the care team or the lawyer, documents to look for
 */
public record Assessment(List<Regime> regimes, List<Step> steps, List<Warning> warnings, List<String> letters,
                         List<NotOffered> lettersNotOffered, List<Deadline> deadlines, List<String> toClarify) {

    public enum Certainty { CERTAIN, PROBABLE, A_CONFIRMER }

    public enum Priority { URGENT, IMPORTANT, UTILE }

    /** A regime that applies, how sure that is, on which facts and which articles. */
    public record Regime(RegimeCode code, String label, Certainty certainty, List<String> because,
                         List<String> legalBasis) {
    }

    /** A next step; {@code letter} and {@code page} are optional ids (DESIGN §4). */
    public record Step(String id, String title, String body, Priority priority, String letter, String page) {
    }

    public record Warning(String id, String text) {
    }

    /**
     * A deadline computed from a date the user gave.
     *
     * @param passed  whether the date is before today (Europe/Paris)
     * @param whatNow what to do, especially once it has passed
     */
    public record Deadline(String id, String label, LocalDate date, List<String> legalBasis, boolean passed,
                           String whatNow) {
    }

    public record NotOffered(String letter, String reason) {
    }
}
