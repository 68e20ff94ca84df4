package fr.reperes.assessment;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentAssert.assess;
import static fr.reperes.assessment.AssessmentAssert.step;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.assessment.FactsBuilder.minor;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is offered the letters demande-levee-directeur (CSP L.3212-9) and demande-copie-decisions (CSP L.3211-3). */
class NewLettersOfferedTest {

    @Test
    void relativeOfAPersonInSdtIsOfferedTheLiftingRequestSignedInTheirOwnName() {
        Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.THIRD_PARTY).hospitalised());

        assertThat(a.letters()).contains(LetterId.DEMANDE_LEVEE_DIRECTEUR);
        assertThat(step(a, "demander-la-levee-au-directeur").priority()).isEqualTo(IMPORTANT);
        assertThat(a.letterProposals()).filteredOn(p -> p.letter() == LetterId.DEMANDE_LEVEE_DIRECTEUR)
                .singleElement().satisfies(p -> assertThat(p.signatory()).isEqualTo(Signatory.RELATIVE));
    }

    @Test
    void personInPerilImminentIsOfferedTheLiftingRequestToo() {
        Assessment a = assess(adult().answeredBy(Respondent.PERSON).basis(CareBasis.IMMINENT_PERIL).hospitalised());

        assertThat(a.letters()).contains(LetterId.DEMANDE_LEVEE_DIRECTEUR);
        assertThat(step(a, "demander-la-levee-au-directeur").priority()).isEqualTo(UTILE);
    }

    @Test
    void underAPrefectsDecisionTheDirectorCannotLiftTheMeasureOnRequest() {
        Assessment a = assess(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.PREFECT).hospitalised());

        assertThat(a.letters()).doesNotContain(LetterId.DEMANDE_LEVEE_DIRECTEUR);
        assertThat(a.letters()).contains(LetterId.DEMANDE_COPIE_DECISIONS);
    }

    @Test
    void minorWithAnIrregularSdtDecisionIsNotOfferedTheLiftingRequestButTheCopies() {
        Assessment a = assess(minor().answeredBy(Respondent.RELATIVE).basis(CareBasis.THIRD_PARTY).hospitalised());

        assertThat(a.letters()).doesNotContain(LetterId.DEMANDE_LEVEE_DIRECTEUR)
                .contains(LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.DEMANDE_COPIE_DECISIONS);
    }

    @Test
    void unknownBasisMakesTheCopiesOfTheDecisionsImportant() {
        Assessment a = assess(adult().basis(CareBasis.UNKNOWN).hospitalised());

        assertThat(step(a, "demander-la-copie-des-decisions").priority()).isEqualTo(IMPORTANT);
        assertThat(step(a, "demander-la-copie-des-decisions").body()).contains("CSP L.3211-3");
        assertThat(a.letters()).contains(LetterId.DEMANDE_COPIE_DECISIONS);
    }

    @Test
    void soinsLibresHaveNoDecisionToCopy() {
        Assessment a = assess(adult().basis(CareBasis.CONSENT).outpatient());

        assertThat(a.letters()).doesNotContain(LetterId.DEMANDE_COPIE_DECISIONS, LetterId.DEMANDE_LEVEE_DIRECTEUR);
    }
}
