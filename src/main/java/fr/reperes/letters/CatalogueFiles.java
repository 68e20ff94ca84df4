package fr.reperes.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.reperes.core.FactCondition;
import fr.reperes.core.FactName;
import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.Signatory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letter catalogue's files as editors write them ({@code content/letters/}, described in
 * {@code docs/letters/README.md}), bound by the content reader. Names follow the YAML keys.
 */
final class CatalogueFiles {

    private static final String EMPTY = "manquant ou vide";

    private CatalogueFiles() {
    }

    /**
     * {@code _commun.yml}: what all letters share. Its {@code libelles} and {@code interface} sections are wording,
     * read through the one wording lookup.
     */
    @JsonIgnoreProperties({"libelles", "interface"})
    record Common(@NotBlank(message = EMPTY) String intro,
                  @NotEmpty(message = EMPTY) List<@Valid Group> groups,
                  @NotEmpty(message = EMPTY) List<@Valid Step> steps,
                  @NotEmpty(message = EMPTY) LinkedHashMap<String, String> families,
                  @NotEmpty(message = EMPTY) Map<Signatory, @NotBlank(message = EMPTY) String> signatories,
                  @JsonProperty("standard_fields") List<String> standardFields,
                  @NotEmpty(message = EMPTY) List<@Valid Field> fields,
                  @NotEmpty(message = EMPTY) Map<String, String> layout) {
    }

    /** A step of the form on screen: a title and the groups it shows, in order; the last one shows the letter. */
    record Step(@NotBlank(message = EMPTY) String id, @NotBlank(message = EMPTY) String label,
                @NotEmpty(message = EMPTY) List<String> groups) {
    }

    /** A group of the form ("La personne concernée", "Le destinataire"…). */
    record Group(@NotBlank(message = EMPTY) String id, @NotBlank(message = EMPTY) String label) {
    }

    /** {@code <id>.yml}: one letter. The layout pieces, when written, replace those of {@code _commun.yml}. */
    record Letter(@NotBlank(message = EMPTY) String id,
                  @NotBlank(message = EMPTY) String title,
                  @NotBlank(message = EMPTY) String description,
                  @NotBlank(message = EMPTY) String family,
                  @JsonProperty("file_name") @NotBlank(message = EMPTY) String fileName,
                  @NotNull(message = "manquant (date de dernière vérification, AAAA-MM-JJ)") LocalDate reviewed,
                  @NotEmpty(message = EMPTY) Set<RegimeCode> regimes,
                  @NotEmpty(message = EMPTY + " (qui signe : PERSON, PROTECTOR, BOTH, RELATIVE)")
                  List<@Valid SignatoryChoice> signatories,
                  @JsonProperty("under_tutelle") Signatory underTutelle,
                  @NotBlank(message = EMPTY) String recipient,
                  @NotEmpty(message = EMPTY + " (les articles sur lesquels la lettre s'appuie)") List<LegalReference> legal,
                  @JsonProperty("legal_other") List<String> legalOther,
                  List<@Valid Field> fields,
                  List<String> without,
                  @NotBlank(message = EMPTY) String object,
                  @NotBlank(message = EMPTY) String body,
                  String sender,
                  @JsonProperty("recipient_block") String recipientBlock,
                  @JsonProperty("place_date") String placeDate,
                  String mention,
                  String signature,
                  List<@NotBlank(message = "élément vide") String> attachments,
                  List<@NotBlank(message = "élément vide") String> copies,
                  @NotEmpty(message = EMPTY) List<@NotBlank(message = "élément vide") String> sending,
                  @NotBlank(message = EMPTY) String delay,
                  @JsonProperty("without_answer") @NotEmpty(message = EMPTY)
                  List<@NotBlank(message = "élément vide") String> withoutAnswer,
                  List<@NotBlank(message = "élément vide") String> notes) {

        /** The layout piece this letter writes itself, or null for the shared one. */
        String layoutPiece(String key) {
            return switch (key) {
                case "sender" -> sender;
                case "recipient_block" -> recipientBlock;
                case "place_date" -> placeDate;
                case "mention" -> mention;
                case "signature" -> signature;
                default -> null;
            };
        }
    }

    /** Who may sign: a code alone ({@code PERSON}), or with the words this letter uses for it. */
    record SignatoryChoice(@NotNull(message = "manquant") Signatory code, String label) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        SignatoryChoice {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SignatoryChoice of(String code) {
            for (Signatory signatory : Signatory.values()) {
                if (signatory.name().equals(code)) {
                    return new SignatoryChoice(signatory, null);
                }
            }
            throw new IllegalArgumentException("signataire inconnu « " + code + " » (attendu : PERSON, PROTECTOR, BOTH, "
                    + "RELATIVE)");
        }
    }

    /**
     * A form field: declared whole in {@code _commun.yml} or by a letter, or named alone ({@code - fondement}) to take
     * a shared one, or partly ({@code {id: nom, required: false}}) to adjust a shared one.
     */
    record Field(String id, String label, FieldType type, Boolean required, String help, String group,
                 List<@Valid Option> options, @JsonProperty("exclude_options") List<String> excludeOptions,
                 String when, @Valid Validation validation, @JsonProperty("default") String defaultValue,
                 FactName facts, String autocomplete) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Field {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Field named(String id) {
            return new Field(id, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** This declaration over a shared one: what this one writes wins, the rest comes from {@code base}. */
        Field over(Field base) {
            return new Field(id, or(label, base.label), or(type, base.type), or(required, base.required),
                    or(help, base.help), or(group, base.group), or(options, base.options),
                    or(excludeOptions, base.excludeOptions), or(when, base.when), or(validation, base.validation),
                    or(defaultValue, base.defaultValue), or(facts, base.facts),
                    or(autocomplete, base.autocomplete));
        }

        /** Only the id was written: a shared field taken as it is. */
        boolean nameOnly() {
            return label == null && type == null && required == null && help == null && group == null
                    && options == null && excludeOptions == null && when == null && validation == null
                    && defaultValue == null && facts == null && autocomplete == null;
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }

    /**
     * A choice of a choice field.
     *
     * @param text  the words printed in the letter (the label when absent)
     * @param flags template names set when it is chosen
     * @param facts answers of the questionnaire that preselect it
     */
    record Option(@NotBlank(message = EMPTY) String value, @NotBlank(message = EMPTY) String label, String text,
                  List<String> flags, List<FactCondition> facts) {
    }

    /** Checks on what the user types, beyond the field's type. */
    record Validation(@JsonProperty("max_length") @Positive(message = "un nombre entier positif est attendu")
                      Integer maxLength,
                      String pattern, String message,
                      @JsonProperty("not_future") Boolean notFuture) {
    }
}
