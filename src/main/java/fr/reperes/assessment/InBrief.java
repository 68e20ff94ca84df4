package fr.reperes.assessment;

import java.util.Optional;

/**
 * "En bref", the head of the result: in easy-to-read French (short sentences, one idea each, common words), the
 * regime and how sure it is, the one thing to do first, the next date. Worded for whoever answers.
 *
 * @param title     "En bref"
 * @param regime    the main regime in plain words, with the others named after it when there are any
 * @param certainty how sure that is
 * @param nextStep  the first step of the highest priority, or that nothing is urgent
 * @param nextDate  the next date to act by (or one already passed), or that there is none
 * @param datePassed whether {@code nextDate} speaks of a date already passed
 */
public record InBrief(String title, String regime, Optional<String> certainty, String nextStep, String nextDate,
                      boolean datePassed) {
}
