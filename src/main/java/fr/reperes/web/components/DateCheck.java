package fr.reperes.web.components;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the three boxes of a {@link DateInput} say: a date, nothing at all, or one French message naming what to
 * correct and the boxes concerned. Plain Java, so that the rules can be tested without a screen.
 *
 * <p>Order of the checks, as in the GOV.UK design system: all empty; a box missing; a box that is not a number in
 * range; a day the month does not have; a date outside the limits. Spaces around the digits are ignored; leading
 * zeros are fine ("03").
 */
public record DateCheck(Optional<LocalDate> date, Optional<String> message, Set<DateCheck.Part> wrong) {

    /** The three boxes, in the order they are shown. */
    public enum Part { DAY, MONTH, YEAR }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Locale FRENCH = Locale.FRANCE;

    public DateCheck {
        wrong = wrong.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(wrong));
    }

    public boolean valid() {
        return message.isEmpty();
    }

    /** Checks what was typed; {@code required} says whether three empty boxes are an error. */
    static DateCheck of(String day, String month, String year, boolean required, DateLimits limits,
                        DateInputTexts texts) {
        String d = clean(day);
        String m = clean(month);
        String y = clean(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return required ? error(texts.text("messages.vide"), EnumSet.allOf(Part.class))
                    : new DateCheck(Optional.empty(), Optional.empty(), Set.of());
        }
        List<String> missing = new ArrayList<>();
        Set<Part> missingParts = EnumSet.noneOf(Part.class);
        if (d.isEmpty()) {
            missing.add(texts.text("messages.partie-jour"));
            missingParts.add(Part.DAY);
        }
        if (m.isEmpty()) {
            missing.add(texts.text("messages.partie-mois"));
            missingParts.add(Part.MONTH);
        }
        if (y.isEmpty()) {
            missing.add(texts.text("messages.partie-annee"));
            missingParts.add(Part.YEAR);
        }
        if (!missing.isEmpty()) {
            return error(texts.text("messages.incomplete",
                    Map.of("parties", String.join(" " + texts.text("messages.et") + " ", missing))), missingParts);
        }
        Integer dayNumber = number(d, 1, 31);
        if (dayNumber == null) {
            return error(texts.text("messages.jour"), EnumSet.of(Part.DAY));
        }
        Integer monthNumber = number(m, 1, 12);
        if (monthNumber == null) {
            return error(texts.text("messages.mois"), EnumSet.of(Part.MONTH));
        }
        if (y.length() != 4 || number(y, 1000, 9999) == null) {
            return error(texts.text("messages.annee"), EnumSet.of(Part.YEAR));
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(y), monthNumber);
        if (dayNumber > yearMonth.lengthOfMonth()) {
            return error(texts.text("messages.date-inexistante", Map.of(
                    "mois", yearMonth.getMonth().getDisplayName(TextStyle.FULL, FRENCH),
                    "annee", y, "jours", String.valueOf(yearMonth.lengthOfMonth()))), EnumSet.of(Part.DAY));
        }
        LocalDate date = yearMonth.atDay(dayNumber);
        if (limits.latest() != null && date.isAfter(limits.latest())) {
            return error(texts.text("messages." + limits.latestText(), Map.of("date", inWords(limits.latest()))),
                    EnumSet.allOf(Part.class));
        }
        if (limits.earliest() != null && date.isBefore(limits.earliest())) {
            return error(texts.text("messages." + limits.earliestText(), Map.of("date", inWords(limits.earliest()))),
                    EnumSet.allOf(Part.class));
        }
        return new DateCheck(Optional.of(date), Optional.empty(), Set.of());
    }

    /** "1er janvier 1950", "27 mars 2026". */
    static String inWords(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + date.getMonth().getDisplayName(TextStyle.FULL, FRENCH) + " " + date.getYear();
    }

    private static DateCheck error(String message, Set<Part> parts) {
        return new DateCheck(Optional.empty(), Optional.of(message), parts);
    }

    private static String clean(String typed) {
        return typed == null ? "" : typed.strip().replace('\u00a0', ' ').strip();
    }

    private static Integer number(String text, int min, int max) {
        if (!DIGITS.matcher(text).matches()) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= min && value <= max ? value : null;
    }
}
