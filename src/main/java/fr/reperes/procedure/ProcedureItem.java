package fr.reperes.procedure;

import java.util.List;

/**
 * One point of the procedure check, also the JSON of {@code procedure} in {@code POST /api/assessment}.
 *
 * @param id         fixed, used by other tools: {@code certificat-24h}, {@code saisine-du-juge}…
 * @param label      what is checked
 * @param detail     what was found, what to look for, and the consequence with its basis
 * @param legalBasis the articles and decisions the verdict rests on
 * @param dueBy      the time limit, Paris time: {@code 2026-11-03T10:00} for a delay in hours (the earliest possible
 *                   end), {@code 2026-11-13} for a delay in days (the last day under the strictest reading); absent
 *                   when no date is known to count from
 */
public record ProcedureItem(String id, ProcedureStatus status, String label, String detail, List<String> legalBasis,
                            String dueBy) {

    public ProcedureItem {
        legalBasis = List.copyOf(legalBasis);
    }
}
