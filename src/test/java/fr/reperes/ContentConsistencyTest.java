package fr.reperes;

import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.core.content.ContentValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one feature's content says about another's holds together. */
class ContentConsistencyTest {

    @Test
    void everyPageTheResultPointsToExists() {
        assertThat(ContentConsistency.check(slug -> AssessmentFixtures.LIBRARY.page(slug).isPresent()).isEmpty())
                .isTrue();
    }

    @Test
    void aPageTheResultPointsToThatWasRemovedStopsTheApplication() {
        assertThatThrownBy(() -> ContentConsistency.check(slug -> !slug.equals("controle-du-juge")).throwIfAny())
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/pages/ : la fiche « controle-du-juge » citée par l'évaluation n'existe pas");
    }
}
