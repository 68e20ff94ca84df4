package fr.reperes.procedure;

import java.util.List;
import java.util.Map;

/**
 * What one rule found, before it is put into words: the text {@code <check>.<reason>} of
 * {@code content/procedure/controle.yml} with its values, and the sentences {@code notes.<note>} added after it.
 */
record Verdict(CheckId check, ProcedureStatus status, String reason, Map<String, String> values, String dueBy,
               List<String> notes) {

    Verdict {
        values = Map.copyOf(values);
        notes = List.copyOf(notes);
    }

    static Verdict of(CheckId check, ProcedureStatus status, String reason) {
        return new Verdict(check, status, reason, Map.of(), null, List.of());
    }

    Verdict with(Map<String, String> newValues, String newDueBy) {
        return new Verdict(check, status, reason, newValues, newDueBy, notes);
    }

    Verdict noting(String... more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(List.of(more));
        return new Verdict(check, status, reason, values, dueBy, all);
    }
}
