package fr.reperes.core.time;

/**
 * Whether CPC 642 al. 2 applies to a delay: "le délai qui expirerait normalement un samedi, un dimanche ou un jour
 * férié ou chômé est prorogé jusqu'au premier jour ouvrable suivant". Chosen once per delay, by the rule that
 * states the delay, with its citation.
 */
public enum Extension {

    /** CPC 642 applies: a last day on a Saturday, Sunday or public holiday moves to the next working day. */
    EXTENDED,

    /** A text excludes CPC 642 for this delay: the delay ends on its nominal last day, whatever day that is. */
    NOT_EXTENDED,

    /**
     * No text or decision settles whether CPC 642 applies. Both readings are computed: the legal last day is the
     * later one (the latest day a court could accept), the cautious date is built on the earlier one, and
     * {@link DayDeadline#timelinessOf(java.time.LocalDate)} answers {@link Timeliness#TO_CHECK} between the two.
     */
    UNCERTAIN
}
