package fr.reperes.procedure;

/** The verdict on one point of procedure. The names are a contract of the API. */
public enum ProcedureStatus {
    /** Done in time, under every reading of the law and every hour still possible. */
    RESPECTE,
    /** Late (or in the wrong order) under every reading and every hour still possible. */
    NON_RESPECTE,
    /** A date is missing or the law is uncertain: the detail says what to look for. Never "respecté". */
    A_VERIFIER,
    /** Does not apply to this situation. */
    SANS_OBJET;

    /** The worse of two verdicts, for a check over several measures: late first, then to check. */
    ProcedureStatus worse(ProcedureStatus other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case NON_RESPECTE -> 3;
            case A_VERIFIER -> 2;
            case RESPECTE -> 1;
            case SANS_OBJET -> 0;
        };
    }
}
