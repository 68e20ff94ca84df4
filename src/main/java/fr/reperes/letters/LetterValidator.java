package fr.reperes.letters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the values typed for a letter and says, in French and field by field, what to fix. Hidden fields (whose
 * {@code when} condition does not hold) are not checked: they are not printed.
 */
final class LetterValidator {

    static final String REQUIRED = "Ce champ est obligatoire.";
    static final String CHOICE = "Choisissez une des réponses proposées.";
    static final String DATE = "Date invalide : écrivez-la sous la forme JJ/MM/AAAA, par exemple 22/11/2026.";
    static final String FUTURE = "Cette date ne peut pas être dans le futur.";
    static final String POSTCODE = "Code postal invalide : il faut 5 chiffres, par exemple 69003.";
    static final String EMAIL = "Adresse électronique invalide, par exemple : prenom.nom@exemple.fr.";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern POSTCODE_FORM = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private LetterValidator() {
    }

    /** Field id → message, in the order of the form; empty when everything can be printed. */
    static Map<String, String> validate(Letter letter, Map<String, String> values, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (LetterField field : letter.fields()) {
            if (!field.visibleFor(values)) {
                continue;
            }
            String value = UserText.clean(values.get(field.id()), field.type().singleLine());
            String error = check(field, value, today);
            if (error != null) {
                errors.put(field.id(), error);
            }
        }
        return errors;
    }

    private static String check(LetterField field, String value, LocalDate today) {
        if (value.isEmpty()) {
            return field.required() ? REQUIRED : null;
        }
        if (value.length() > field.maxLength()) {
            return "Texte trop long : " + String.format(java.util.Locale.FRANCE, "%,d", field.maxLength())
                    + " caractères au plus (vous en avez saisi " + String.format(java.util.Locale.FRANCE, "%,d", value.length()) + ").";
        }
        switch (field.type()) {
            case CHOICE -> {
                if (field.option(value).isEmpty()) {
                    return CHOICE;
                }
            }
            case DATE -> {
                LocalDate date = parseDate(value);
                if (date == null) {
                    return DATE;
                }
                if (field.notFuture() && date.isAfter(today)) {
                    return FUTURE;
                }
            }
            case POSTCODE -> {
                if (!POSTCODE_FORM.matcher(value).matches()) {
                    return POSTCODE;
                }
            }
            case EMAIL -> {
                if (!EMAIL_FORM.matcher(value).matches()) {
                    return EMAIL;
                }
            }
            default -> {
            }
        }
        if (field.pattern() != null && !value.matches(field.pattern())) {
            return field.patternMessage();
        }
        return null;
    }

    /** Reads 2026-11-22 (the API, the prefill) or 22/11/2026, 22.11.2026, 22-11-2026 (what people type); null otherwise. */
    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher french = FRENCH.matcher(value);
            if (french.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1))));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate plausible(LocalDate date) {
        return date.isBefore(LetterField.FIRST_DATE) || date.isAfter(LetterField.LAST_DATE) ? null : date;
    }
}
