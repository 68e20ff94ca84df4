package fr.reperes;

import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.core.LetterId;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.Signatory;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.letters.LetterServiceFixture;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one feature's content says about another's holds together. */
class ContentConsistencyTest {

    @Test
    void everyPageTheResultPointsToExists() {
        assertThat(ContentConsistency.check(slug -> AssessmentFixtures.LIBRARY.page(slug).isPresent(),
                LetterServiceFixture.signers()).isEmpty())
                .isTrue();
    }

    @Test
    void aPageTheResultPointsToThatWasRemovedStopsTheApplication() {
        assertThatThrownBy(() -> ContentConsistency.check(slug -> !slug.equals("controle-du-juge"),
                LetterServiceFixture.signers()).throwIfAny())
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/pages/ : la fiche « controle-du-juge » citée par l'évaluation n'existe pas");
    }

    @Test
    void aLetterARelativeMaySignInTheirOwnNameMustOfferThatSignatory() {
        LetterSigners withoutRelatives = new LetterSigners() {
            @Override
            public Set<Signatory> allowed(LetterId letter) {
                return EnumSet.of(Signatory.PERSON, Signatory.PROTECTOR);
            }

            @Override
            public Signatory underTutelle(LetterId letter) {
                return Signatory.PERSON;
            }
        };
        assertThatThrownBy(() -> ContentConsistency.check(slug -> true, withoutRelatives).throwIfAny())
                .hasMessageContaining("content/letters/saisine-juge-mainlevee.yml : champ « signatories » : un proche "
                        + "peut agir en son nom pour cette lettre");
    }
}
