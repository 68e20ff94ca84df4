package fr.reperes.situation;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated line of the chronology: a date the user gave (admission, a judge's decision, a request) or a deadline
 * computed from it.
 *
 * @param id          the interview field of an event, or the deadline id
 * @param title       short, for a list or a calendar
 * @param detail      a deadline's full wording, with how it is counted; null for an event
 * @param statusLabel the status in words ("à venir", "date dépassée"…), never conveyed by colour alone
 * @param whatNow     what to do, before the deadline or once it has passed; null for an event
 */
public record TimelineEntry(LocalDate date, Kind kind, String id, String title, String detail, Status status,
                            String statusLabel, List<String> legalBasis, String whatNow) {

    public TimelineEntry {
        legalBasis = List.copyOf(legalBasis);
    }

    public enum Kind { EVENT, DEADLINE }

    /** {@code PASSED} is a deadline whose date is before today; {@code PAST} an event that happened. */
    public enum Status { PAST, TODAY, COMING, PASSED }

    public boolean isDeadline() {
        return kind == Kind.DEADLINE;
    }

    /** A deadline still open: today or later. */
    public boolean isOpenDeadline() {
        return kind == Kind.DEADLINE && status != Status.PASSED;
    }
}
