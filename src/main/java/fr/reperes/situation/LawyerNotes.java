package fr.reperes.situation;

import fr.reperes.core.LegalReference;
import fr.reperes.situation.SituationContent.CaseLawPoint;

import java.util.List;

/**
 * What a lawyer sees on top of the result: every article in full for each regime and step, the case-law points
 * that concern these regimes, and the whole situation as plain text to paste into a file or an e-mail.
 */
public record LawyerNotes(List<ReferenceGroup> regimes, List<ReferenceGroup> steps, List<CaseLawPoint> caseLaw,
                          String summary) {

    public LawyerNotes {
        regimes = List.copyOf(regimes);
        steps = List.copyOf(steps);
        caseLaw = List.copyOf(caseLaw);
    }

    public record ReferenceGroup(String title, List<FullReference> references) {
        public ReferenceGroup {
            references = List.copyOf(references);
        }
    }

    /**
     * @param citation  "Code de la santé publique, article L.3212-1"
     * @param shortForm "CSP L.3212-1"
     * @param url       a search for the article on Légifrance
     */
    public record FullReference(String citation, String shortForm, String url) {

        /** "CSP L.3212-1" in full, with its Légifrance search; a text outside the four codes as written. */
        public static FullReference of(String reference) {
            return LegalReference.parse(reference)
                    .map(ref -> new FullReference(ref.codeName() + ", article " + ref.article(), reference,
                            ref.legifranceUrl()))
                    .orElseGet(() -> new FullReference(reference, reference, null));
        }
    }
}
