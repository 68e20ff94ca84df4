package fr.reperes.situation;

import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Set;

/** {@code content/situation/jurisprudence.yml}: the points of case law and procedure shown to lawyers. */
record CaseLawFile(@NotNull(message = "manquant") List<@Valid Point> points) {

    record Point(@NotBlank(message = "manquant ou vide") String id,
                 @NotBlank(message = "manquant ou vide") String reference,
                 @NotBlank(message = "manquant ou vide") String resume,
                 @NotEmpty(message = "au moins un article est attendu") List<LegalReference> textes,
                 Set<RegimeCode> regimes, Boolean mineur) {
    }
}
