package fr.reperes.core.time;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eleven public holidays (jours fériés) of metropolitan France, as listed by Code du travail L.3133-1, each with
 * the name that article gives it.
 *
 * <p>The lundi de Pentecôte stays here although it is often the "journée de solidarité" (C. trav. L.3133-7): that
 * article only lets employers have it worked, it does not take the day off L.3133-1's list, so for CPC 642 it is a
 * jour férié. Where that reading is disputed, the cautious date of a {@link DayDeadline} never relies on it.
 *
 * <p>Not listed: the local days of Alsace-Moselle (Vendredi saint, 26 décembre) and of the overseas departments.
 * Leaving them out can only make a computed deadline earlier than the law's, never later.
 */
public enum FrenchPublicHoliday {

    NEW_YEARS_DAY("1er janvier", "NEW_YEAR"),
    EASTER_MONDAY("lundi de Pâques", "christian.EASTER_MONDAY"),
    LABOUR_DAY("1er mai", "LABOUR_DAY"),
    VICTORY_IN_EUROPE_DAY("8 mai", "VICTORY_DAY"),
    ASCENSION_DAY("Ascension", "christian.ASCENSION_DAY"),
    WHIT_MONDAY("lundi de Pentecôte", "christian.WHIT_MONDAY"),
    BASTILLE_DAY("14 juillet", "NATIONAL_DAY"),
    ASSUMPTION_DAY("Assomption", "ASSUMPTION_MARY"),
    ALL_SAINTS_DAY("Toussaint", "ALL_SAINTS"),
    ARMISTICE_DAY("11 novembre", "ARMISTICE"),
    CHRISTMAS_DAY("Noël", "CHRISTMAS");

    private final String frenchName;
    private final String jollydayKey;

    FrenchPublicHoliday(String frenchName, String jollydayKey) {
        this.frenchName = frenchName;
        this.jollydayKey = jollydayKey;
    }

    /** The day's name in C. trav. L.3133-1, without article: "lundi de Pâques", "1er mai", "Toussaint". */
    public String frenchName() {
        return frenchName;
    }

    static Optional<FrenchPublicHoliday> ofJollydayKey(String key) {
        return Arrays.stream(values()).filter(h -> h.jollydayKey.equals(key)).findFirst();
    }
}
