package fr.reperes.core.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The French public holidays (C. trav. L.3133-1, metropolitan France) and the working days that follow from them
 * for CPC 642.
 *
 * <p>The dates come from Jollyday, a maintained holiday library, rather than from our own Easter arithmetic: the
 * moving feasts (lundi de Pâques, Ascension, lundi de Pentecôte) are where hand-written calendars go wrong.
 * Only the national list is used (no Alsace-Moselle or overseas days): see {@link FrenchPublicHoliday}.
 * Jollyday leaves out the lundi de Pentecôte of 2004 to 2007; those years are of no use for a current deadline.
 */
@Component
public class FrenchPublicHolidays {

    private final HolidayManager jollyday =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

    private final Map<Integer, NavigableMap<LocalDate, FrenchPublicHoliday>> byYear = new ConcurrentHashMap<>();

    /** C. trav. L.3133-1: whether the day is one of the eleven public holidays. */
    public boolean isPublicHoliday(LocalDate date) {
        return publicHoliday(date).isPresent();
    }

    /** C. trav. L.3133-1: the public holiday falling on that day, if any. */
    public Optional<FrenchPublicHoliday> publicHoliday(LocalDate date) {
        return Optional.ofNullable(publicHolidays(date.getYear()).get(date));
    }

    /**
     * CPC 642 al. 2: a day on which a delay may end, that is neither a Saturday, a Sunday nor a public holiday.
     * (The article says "jour ouvrable", but by naming the Saturday it leaves Monday to Friday only.)
     */
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingDay(date).isEmpty();
    }

    /** CPC 642 al. 2: why the day cannot end a delay (Saturday, Sunday, holiday), or empty on a working day. */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        Optional<FrenchPublicHoliday> holiday = publicHoliday(date);
        DayOfWeek day = date.getDayOfWeek();
        if (holiday.isPresent() || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(date, holiday));
        }
        return Optional.empty();
    }

    /** C. trav. L.3133-1: the public holidays of a year, in date order. */
    public NavigableMap<LocalDate, FrenchPublicHoliday> publicHolidays(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private NavigableMap<LocalDate, FrenchPublicHoliday> load(int year) {
        NavigableMap<LocalDate, FrenchPublicHoliday> days = new TreeMap<>();
        for (Holiday holiday : jollyday.getHolidays(Year.of(year))) {
            FrenchPublicHoliday known = FrenchPublicHoliday.ofJollydayKey(holiday.getPropertiesKey())
                    .orElseThrow(() -> new IllegalStateException("Jollyday lists a French holiday we do not know: "
                            + holiday.getPropertiesKey() + " on " + holiday.getDate()
                            + "; check it against C. trav. L.3133-1 before adding it"));
            // Ascension can fall on 1 or 8 May (as in 2008): keep one name, the same one every time.
            days.merge(holiday.getDate(), known, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return Collections.unmodifiableNavigableMap(days);
    }
}
