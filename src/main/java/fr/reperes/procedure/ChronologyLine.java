package fr.reperes.procedure;

/**
 * One line of the chronology of the papers: an event given, or the day an act not shown on the papers was due.
 *
 * @param at      Paris date ({@code 2026-11-03}) or date and time ({@code 2026-11-03T10:00})
 * @param label   the event, or the point whose act is missing
 * @param mark    {@code NON_RESPECTE} for an act done late, or for a periodic decision missing while the measure
 *                goes on; {@code A_VERIFIER} for another act missing; null otherwise
 * @param missing whether the line is a due day rather than an event given
 */
public record ChronologyLine(String at, String label, ProcedureStatus mark, boolean missing) {
}
