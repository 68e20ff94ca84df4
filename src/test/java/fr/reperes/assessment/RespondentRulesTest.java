package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.Facts.Restraint;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentAssert.assertRegime;
import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.hasStep;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.core.Certainty.CERTAIN;
import static org.assertj.core.api.Assertions.assertThat;

/** What is open to the one answering when it is not the person: a relative, an association, a lawyer. */
class RespondentRulesTest {

    @Test
    void perilImminentWithARelativeAnswering() {
        Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.IMMINENT_PERIL).hospitalised());

        assertRegime(a, RegimeCode.PERIL_IMMINENT, CERTAIN);
        assertThat(step(a, "demander-la-levee-au-directeur").body()).contains("CSP L.3212-9");
        var judge = step(a, "demander-la-mainlevee-au-juge");
        assertThat(judge.body()).contains("toute personne agissant dans son intérêt").contains("CSP L.3211-12");
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void lawyerGetsTheProcedureToCheckInTheThirdPerson() {
        Assessment a = assess(adult().answeredBy(Respondent.LAWYER).basis(CareBasis.THIRD_PARTY).hospitalised()
                .admitted(TODAY.minusDays(2)));

        assertRegime(a, RegimeCode.SDT, CERTAIN);
        var check = step(a, "verifier-la-procedure");
        assertThat(check.body()).contains("CSP L.3211-2-2").contains("CSP L.3216-1").contains("la personne");
        assertThat(a.steps()).extracting(Assessment.Step::body).noneMatch(b -> b.contains("Vous êtes convoqué"));
    }

    @Test
    void relativeOfAPersonUnderSdreGetsThirdPersonWording() {
        Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.PREFECT).hospitalised()
                .admitted(TODAY.minusDays(4)));

        assertThat(step(a, "controle-automatique-du-juge").body()).contains("La personne est convoquée");
        assertThat(step(a, "agir-aux-cotes-de-la-personne").body()).contains("CSP L.3211-3");
        assertThat(a.steps()).extracting(Assessment.Step::body).noneMatch(b -> b.contains("Vous êtes convoqué"));
        assertThat(a.letters()).contains(LetterId.SAISINE_JUGE_MAINLEVEE);
    }

    @Test
    void associationAnsweringForAPersonInIsolement() {
        Assessment a = assess(adult().answeredBy(Respondent.ASSOCIATION).basis(CareBasis.THIRD_PARTY).hospitalised()
                .restraint(Restraint.RESTRAINT));

        assertThat(step(a, "isolement-controle-du-juge").body()).contains("un proche aussi")
                .contains("toute personne agissant dans son intérêt");
        assertThat(hasStep(a, "demander-la-levee-au-directeur")).as("réservé à la famille (L.3212-9)").isFalse();
    }
}
