package fr.reperes.content;

import fr.reperes.core.LegalReference;
import fr.reperes.core.RegimeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The front matter of a page ({@code content/pages/<slug>.md}), as an editor writes it; see {@code content/README.md}.
 *
 * @param slug     optional; when written, the file's name
 * @param regimes  the regimes the page is about (may be empty, must be written)
 * @param reviewed the day the legal texts were last checked
 */
record PageHeader(String slug,
                  @NotBlank(message = "manquant ou vide") String title,
                  @NotBlank(message = "manquant ou vide") String summary,
                  @NotNull(message = "manquant") PageTheme theme,
                  @NotNull(message = "manquant") Set<RegimeCode> regimes,
                  @NotEmpty(message = "manquant ou vide") List<Audience> audience,
                  @NotEmpty(message = "manquant ou vide") List<LegalReference> legal,
                  @NotEmpty(message = "manquant ou vide") List<@NotBlank(message = "élément vide") String> sources,
                  @NotNull(message = "manquant ou vide (date de dernière vérification, AAAA-MM-JJ)") LocalDate reviewed,
                  List<@NotBlank(message = "élément vide") String> keywords) {
}
