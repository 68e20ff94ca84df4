package fr.reperes.assessment;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.regime;
import static fr.reperes.assessment.AssessmentAssert.warning;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.CERTAIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Protective measures: the person decides about their person as far as they can, the protector is involved (CC 459, CSP L.1111-4). */
class ProtectionRulesTest {

    @ParameterizedTest
    @EnumSource(value = Facts.Protection.class, names = {"SAUVEGARDE_DE_JUSTICE", "CURATELLE",
            "CURATELLE_RENFORCEE", "TUTELLE", "HABILITATION_FAMILIALE", "MANDAT_PROTECTION_FUTURE"})
    void eachProtectiveMeasureIsRecognisedWithItsArticles(Facts.Protection measure) {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(measure)
                .wanting(Goal.CHANGE_TREATMENT));

        RegimeCode code = RegimeCode.valueOf(measure.name());
        assertRegime(a, code, CERTAIN);
        assertThat(regime(a, code).label()).isEqualTo(code.label());
        assertThat(regime(a, code).legalBasis()).contains("CC 459", "CSP L.1111-4");
        assertThat(a.letters()).contains(LetterId.INFORMATION_PROTECTEUR);
    }

    @Test
    void underTutelleATrustedPersonNeedsTheJudgesAuthorisation() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.TUTELLE)
                .wanting(Goal.TRUSTED_PERSON));

        assertThat(a.letters()).contains(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE);
        assertThat(warning(a, "tutelle-personne-de-confiance")).contains("CSP L.1111-6");
    }
}
