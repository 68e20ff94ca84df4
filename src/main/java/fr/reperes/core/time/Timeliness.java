package fr.reperes.core.time;

/** Whether something was done within a delay, as far as the dates known allow to say. */
public enum Timeliness {

    /** Done within the delay under every reading and every start time still possible. */
    ON_TIME,

    /** Done after the delay under every reading and every start time still possible. */
    LATE,

    /**
     * Cannot be told from what is known: the hour is missing, the hour was repeated when clocks went back, or the
     * law is uncertain on whether CPC 642 extends the delay. Say what to look for; never report it as on time.
     */
    TO_CHECK
}
