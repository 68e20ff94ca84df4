package fr.reperes.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day on which, for CPC 642, a delay cannot end: a Saturday, a Sunday or a public holiday.
 *
 * @param date    the day
 * @param holiday the public holiday falling that day, if any (it may also be a Saturday or Sunday)
 */
public record NonWorkingDay(LocalDate date, Optional<FrenchPublicHoliday> holiday) {

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }

    /**
     * Why the day is not worked, in the words a person would use: the holiday's name when it is one ("lundi de
     * Pâques", "1er mai"), otherwise "samedi" or "dimanche".
     */
    public String reason() {
        return holiday.map(FrenchPublicHoliday::frenchName)
                .orElse(date.getDayOfWeek() == DayOfWeek.SATURDAY ? "samedi" : "dimanche");
    }
}
