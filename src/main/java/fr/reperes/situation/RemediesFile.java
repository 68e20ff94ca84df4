package fr.reperes.situation;

import fr.reperes.core.LegalReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;

/** {@code content/situation/recours.yml}: for each step of the assessment that is a remedy, who may use it. */
record RemediesFile(@NotNull(message = "manquant") Map<String, @Valid @NotNull(message = "manquant") Remedy> recours) {

    record Remedy(@NotBlank(message = "manquant ou vide") String qui,
                  @NotEmpty(message = "au moins un article est attendu") List<LegalReference> textes) {
    }
}
