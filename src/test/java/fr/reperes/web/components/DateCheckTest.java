package fr.reperes.web.components;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Wording;
import fr.reperes.web.components.DateCheck.Part;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person typing a date in three boxes is told, in the order the GOV.UK design system checks it. */
class DateCheckTest {

    static final DateInputTexts TEXTS = new DateInputTexts(new Wording(new ContentFiles("classpath:content/"), new ContentReader()));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final DateLimits PAST = DateLimits.pastOrToday(TODAY).notBefore(LocalDate.of(1950, 1, 1));

    static DateCheck check(String day, String month, String year) {
        return DateCheck.of(day, month, year, true, PAST, TEXTS);
    }

    @Test
    void aDateTypedWithOrWithoutLeadingZerosIsRead() {
        assertThat(check("29", "11", "2026").date()).contains(LocalDate.of(2026, 11, 29));
        assertThat(check("03", "09", "2026").date()).contains(LocalDate.of(2026, 9, 3));
        assertThat(check(" 3 ", "9", " 2026").date()).contains(LocalDate.of(2026, 9, 3));
        assertThat(check("5", "12", "2026").valid()).as("aujourd'hui est accepté").isTrue();
    }

    @Test
    void nothingTypedAsksForTheDateUnlessTheDateIsOptional() {
        DateCheck empty = check("", " ", "");
        assertThat(empty.message()).contains("Entrez la date\u00a0: le jour, le mois et l'année.");
        assertThat(empty.wrong()).containsExactlyInAnyOrder(Part.DAY, Part.MONTH, Part.YEAR);
        DateCheck optional = DateCheck.of("", "", "", false, PAST, TEXTS);
        assertThat(optional.valid()).isTrue();
        assertThat(optional.date()).isEmpty();
    }

    @Test
    void aMissingBoxIsNamed() {
        assertThat(check("12", "", "2026").message()).contains("La date doit comporter un mois.");
        assertThat(check("12", "", "2026").wrong()).containsExactly(Part.MONTH);
        assertThat(check("", "3", "").message()).contains("La date doit comporter un jour et une année.");
        assertThat(check("", "3", "").wrong()).containsExactlyInAnyOrder(Part.DAY, Part.YEAR);
    }

    @Test
    void eachBoxSaysWhatItExpects() {
        assertThat(check("32", "1", "2026").message()).contains("Entrez un jour entre 1 et 31.");
        assertThat(check("0", "1", "2026").wrong()).containsExactly(Part.DAY);
        assertThat(check("1", "13", "2026").message()).contains("Entrez un mois entre 1 et 12.");
        assertThat(check("1", "mars", "2026").message()).contains("Entrez un mois entre 1 et 12.");
        assertThat(check("1", "3", "26").message()).contains("Entrez l'année avec 4 chiffres, par exemple 2026.");
        assertThat(check("1", "3", "26").wrong()).containsExactly(Part.YEAR);
        assertThat(check("1", "3", "２０２６").wrong()).as("chiffres pleine chasse").containsExactly(Part.YEAR);
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedWithTheReason() {
        assertThat(check("30", "2", "2026").message())
                .contains("La date doit être une vraie date\u00a0: en février 2026, il n'y a que 28 jours.");
        assertThat(check("29", "2", "2024").date()).contains(LocalDate.of(2024, 2, 29));
        assertThat(check("31", "4", "2026").wrong()).containsExactly(Part.DAY);
    }

    @Test
    void aDateOutsideTheLimitsIsExplained() {
        assertThat(check("6", "12", "2026").message()).contains("La date doit être dans le passé ou aujourd'hui.");
        assertThat(check("31", "12", "1949").message())
                .contains("La date doit être le 1er janvier 1950 ou après\u00a0: vérifiez l'année.");
        assertThat(DateCheck.of("5", "12", "2026", true, DateLimits.past(TODAY), TEXTS).message())
                .contains("La date doit être dans le passé.");
        assertThat(DateCheck.of("4", "12", "2026", true, DateLimits.todayOrFuture(TODAY), TEXTS).message())
                .contains("La date doit être aujourd'hui ou dans le futur.");
        assertThat(DateCheck.of("5", "12", "2026", true, DateLimits.future(TODAY), TEXTS).message())
                .contains("La date doit être dans le futur.");
        assertThat(DateCheck.of("1", "2", "2027", true, DateLimits.none().notAfter(LocalDate.of(2027, 1, 31)), TEXTS)
                .message()).contains("La date doit être le 31 janvier 2027 ou avant.");
    }
}
