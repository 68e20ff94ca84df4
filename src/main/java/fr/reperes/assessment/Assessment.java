package fr.reperes.assessment;

import fr.reperes.procedure.ProcedureItem;
import fr.reperes.core.Certainty;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.LetterId;
import fr.reperes.core.Priority;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.Signatory;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of an assessment, also the JSON answer of {@code POST /api/assessment}.
 *
 * @param letters           letters offered, best first
 * @param lettersNotOffered letters the person may expect but that do not fit, each with the reason
 * @param toClarify         questions to ask the care team or the lawyer, documents to look for
 * @param letterProposals   for each letter offered, who signs it and the protective measure it states
 * @param procedure         the procedure check from the dated events (fr.reperes.procedure), every point in a fixed
 *                          order
 */
public record Assessment(List<Regime> regimes, List<Step> steps, List<Warning> warnings, List<LetterId> letters,
                         List<NotOffered> lettersNotOffered, List<Deadline> deadlines, List<String> toClarify,
                         List<LetterProposal> letterProposals, List<ProcedureItem> procedure) {

    public Assessment {
        procedure = procedure == null ? List.of() : List.copyOf(procedure);
    }

    /** The assessment without the procedure check (kept for callers written before it existed). */
    public Assessment(List<Regime> regimes, List<Step> steps, List<Warning> warnings, List<LetterId> letters,
                      List<NotOffered> lettersNotOffered, List<Deadline> deadlines, List<String> toClarify,
                      List<LetterProposal> letterProposals) {
        this(regimes, steps, warnings, letters, lettersNotOffered, deadlines, toClarify, letterProposals, List.of());
    }

    /** A regime that applies, how sure that is, on which facts and which articles. */
    public record Regime(RegimeCode code, String label, Certainty certainty, List<String> because,
                         List<String> legalBasis) {
    }

    /** A next step; {@code letter} (the letter that carries it out) and {@code page} (a page slug) are optional. */
    public record Step(String id, String title, String body, Priority priority, LetterId letter, String page) {
    }

    public record Warning(String id, String text) {
    }

    /**
     * A deadline computed from a date the user gave.
     *
     * @param date         the date to act by: the legal last day, or for a delay counted by the Code de procédure
     *                     civile a cautious working day before it ("agissez au plus tard le")
     * @param passed       whether the legal last day is before today (Europe/Paris)
     * @param whatNow      what to do, especially once it has passed
     * @param legalLastDay the last day the law allows (CPC 640 to 642: ends at 24:00), shown beside {@code date}
     */
    public record Deadline(String id, String label, LocalDate date, List<String> legalBasis, boolean passed,
                           String whatNow, LocalDate legalLastDay) {
    }

    public record NotOffered(LetterId letter, String reason) {
    }

    /**
     * Who the rules propose to sign a letter, and the protective measure the letter states (absent when unknown);
     * {@code because} says why, in the words of the one answering. The letter page shows it and lets the user change
     * it.
     */
    public record LetterProposal(LetterId letter, Signatory signatory, Protection protection, String because) {
    }
}
