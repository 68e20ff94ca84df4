package fr.reperes.assessment.rules;

import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.LetterId;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.Signatory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Who signs a letter the assessment offers, and the protective measure the letter states. The first rule that
 * applies decides; the user can always choose another signatory the letter allows.
 */
public final class SignatoryRules {

    /**
     * The letters in which the law lets a relative act in their own name, with the text that says so. Elsewhere a
     * relative prepares the person's own letter.
     */
    static final Map<LetterId, String> RELATIVE_ACTS_IN_OWN_NAME = new EnumMap<>(Map.of(
            // A relative, or anyone acting in the person's interest, may ask the judge to lift the measure.
            LetterId.SAISINE_JUGE_MAINLEVEE, "CSP L.3211-12",
            // Any person may bring facts to the CGLPL's attention.
            LetterId.SAISINE_CGLPL, "loi n° 2007-1545 du 30 octobre 2007, art. 6",
            // A member of the family or a person entitled under L.3212-1 II may ask the director to lift an SDT.
            LetterId.DEMANDE_LEVEE_DIRECTEUR, "CSP L.3212-9"));

    /** The signatory proposed, why, on which texts, and the protective measure the letter states. */
    public record Proposal(Signatory signatory, Protection protection, SignatoryReason reason, String legalBasis) {
    }

    private final LetterSigners signers;

    public SignatoryRules(LetterSigners signers) {
        this.signers = signers;
    }

    public Proposal propose(LetterId letter, Situation s) {
        Protection protection = s.facts().protection();
        Set<Signatory> allowed = signers.allowed(letter);
        String ownName = RELATIVE_ACTS_IN_OWN_NAME.get(letter);
        // A relative answering writes in their own name where the law lets them (CSP L.3211-12 for the judge).
        if (s.respondentIs(Respondent.RELATIVE) && ownName != null && allowed.contains(Signatory.RELATIVE)) {
            return new Proposal(Signatory.RELATIVE, protection, SignatoryReason.PROCHE_EN_SON_NOM, ownName);
        }
        // CC 459 and CSP L.1111-4: under tutelle the person decides as far as their state allows, the tutor being
        // involved as the letter provides (the tutor acts, co-signs, or the person acts alone).
        if (protection == Protection.TUTELLE) {
            return new Proposal(signers.underTutelle(letter), protection, SignatoryReason.TUTELLE,
                    "CC 459, CSP L.1111-4");
        }
        // Otherwise the person signs, also when a relative, an association or a lawyer prepares the letter.
        Signatory signatory = allowed.contains(Signatory.PERSON) ? Signatory.PERSON
                : allowed.stream().findFirst().orElse(Signatory.PERSON);
        return new Proposal(signatory, protection, SignatoryReason.PERSONNE, "");
    }

    /** The letters where a relative may act in their own name: the catalogue must allow a relative to sign them. */
    public static Set<LetterId> relativesActInOwnName() {
        return RELATIVE_ACTS_IN_OWN_NAME.keySet();
    }
}
