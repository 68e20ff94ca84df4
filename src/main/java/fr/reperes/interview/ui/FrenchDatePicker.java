package fr.reperes.interview.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A date field in French (JJ/MM/AAAA), for past events only, with its error messages in French. */
class FrenchDatePicker extends DatePicker {

    FrenchDatePicker(String label, LocalDate today) {
        super(label);
        setLocale(Locale.FRANCE);
        setMax(today);
        setMin(LocalDate.of(1950, 1, 1));
        setPlaceholder("JJ/MM/AAAA");
        setHelperText("Par exemple 03/11/2026. Vous pouvez aussi choisir dans le calendrier.");
        DatePickerI18n i18n = new DatePickerI18n()
                .setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                        "septembre", "octobre", "novembre", "décembre"))
                .setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"))
                .setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."))
                .setFirstDayOfWeek(1)
                .setToday("Aujourd'hui")
                .setCancel("Annuler")
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy")
                .setBadInputErrorMessage("Date non reconnue : écrivez-la sous la forme JJ/MM/AAAA, par exemple 03/11/2026.")
                .setMaxErrorMessage("Cette date est dans le futur : indiquez une date passée ou d'aujourd'hui.")
                .setMinErrorMessage("Cette date semble trop ancienne : vérifiez l'année.");
        setI18n(i18n);
    }
}
