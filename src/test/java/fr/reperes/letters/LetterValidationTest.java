package fr.reperes.letters;

import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user typed is checked field by field, with a French message saying what to write. */
class LetterValidationTest {

    private static final LetterService LETTERS = TestLetters.service();
    private static final LetterId ID = LetterId.ACCES_DOSSIER_MEDICAL;

    private static Map<String, String> valid() {
        return TestLetters.sample(LETTERS.letter(ID).orElseThrow(), Signatory.PERSON);
    }

    private static Map<String, String> errorsWith(String field, String value) {
        Map<String, String> values = new LinkedHashMap<>(valid());
        values.put(field, value);
        return LETTERS.validate(ID, values);
    }

    @Test
    void aCompleteLetterHasNoError() {
        assertThat(LETTERS.validate(ID, valid())).isEmpty();
    }

    @Test
    void requiredFieldsLeftEmptyOrBlankAreNamedInFormOrder() {
        Map<String, String> values = new LinkedHashMap<>(valid());
        values.remove("nom");
        values.put("prenom", "   ");
        values.put("etablissement", "");
        assertThat(LETTERS.validate(ID, values)).containsExactly(
                Map.entry("prenom", "Ce champ est obligatoire."),
                Map.entry("nom", "Ce champ est obligatoire."),
                Map.entry("etablissement", "Ce champ est obligatoire."));
    }

    @Test
    void datesAreAcceptedAsPeopleWriteThemAndRefusedWithTheExpectedForm() {
        assertThat(errorsWith("date_naissance", "12/03/1985")).isEmpty();
        assertThat(errorsWith("date_naissance", "1985-03-12")).isEmpty();
        assertThat(errorsWith("date_naissance", "12.3.1985")).isEmpty();
        assertThat(errorsWith("date_naissance", "31/02/1985")).containsEntry("date_naissance",
                "Date invalide : écrivez-la sous la forme JJ/MM/AAAA, par exemple 22/11/2026.");
        assertThat(errorsWith("date_naissance", "mars 1985")).containsKey("date_naissance");
        assertThat(errorsWith("date_naissance", "12/03/0085")).containsKey("date_naissance");
    }

    @Test
    void aBirthDateCannotBeInTheFuture() {
        assertThat(errorsWith("date_naissance", "23/11/2026")).containsEntry("date_naissance",
                "Cette date ne peut pas être dans le futur.");
        assertThat(errorsWith("date_naissance", "22/11/2026")).isEmpty();
    }

    @Test
    void aPostcodeHasFiveDigits() {
        assertThat(errorsWith("code_postal", "6900")).containsEntry("code_postal",
                "Code postal invalide : il faut 5 chiffres, par exemple 69003.");
        assertThat(errorsWith("code_postal", "69 003")).containsKey("code_postal");
        assertThat(errorsWith("code_postal", "2A004")).containsKey("code_postal");
        assertThat(errorsWith("code_postal", " 69003 ")).isEmpty();
    }

    @Test
    void anEmailAddressIsChecked() {
        assertThat(errorsWith("email", "camille.durand@exemple")).containsEntry("email",
                "Adresse électronique invalide, par exemple : prenom.nom@exemple.fr.");
        assertThat(errorsWith("email", "camille durand@exemple.fr")).containsKey("email");
        assertThat(errorsWith("email", "")).as("facultative").isEmpty();
    }

    @Test
    void aChoiceMustBeOneOfTheOffers() {
        assertThat(errorsWith("mode_acces", "fax")).containsEntry("mode_acces", "Choisissez une des réponses proposées.");
        assertThat(errorsWith("signataire", "RELATIVE")).as("un parent d'un mineur, prévu par cette lettre").doesNotContainKey("signataire");
        assertThat(LETTERS.validate(LetterId.CESSATION_PRISE_EN_CHARGE, Map.of("signataire", "RELATIVE")))
                .containsEntry("signataire", "Choisissez une des réponses proposées.");
    }

    @Test
    void aTooLongValueSaysTheLimitAndHowMuchWasTyped() {
        assertThat(errorsWith("nom", "x".repeat(101))).containsEntry("nom",
                "Texte trop long : 100 caractères au plus (vous en avez saisi 101).");
    }

    @Test
    void aTelephoneNumberUsesDigitsSpacesPlusAndDashes() {
        assertThat(errorsWith("telephone", "+33 4 72 00 00 00")).isEmpty();
        assertThat(errorsWith("telephone", "appelez-moi")).containsEntry("telephone",
                "Numéro de téléphone invalide : utilisez des chiffres, des espaces, + ou des tirets.");
    }

    @Test
    void aFieldShownOnlyForAnotherChoiceIsRequiredOnlyWhenShown() {
        Map<String, String> values = new LinkedHashMap<>(valid());
        values.put("mode_acces", "medecin");
        values.remove("medecin");
        assertThat(LETTERS.validate(ID, values)).containsOnlyKeys("medecin");
        values.put("mode_acces", "copie_courrier");
        assertThat(LETTERS.validate(ID, values)).isEmpty();
    }

    @Test
    void theProtectorsIdentityIsRequiredOnlyWhenTheProtectorSigns() {
        Map<String, String> values = new LinkedHashMap<>(valid());
        values.remove("tiers_nom");
        values.remove("tiers_qualite");
        assertThat(LETTERS.validate(ID, values)).isEmpty();
        values.put("signataire", "PROTECTOR");
        assertThat(LETTERS.validate(ID, values)).containsKeys("tiers_nom", "tiers_qualite", "tiers_adresse",
                "tiers_code_postal", "tiers_ville");
    }
}
