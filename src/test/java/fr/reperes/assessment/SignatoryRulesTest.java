package fr.reperes.assessment;

import fr.reperes.assessment.Assessment.LetterProposal;
import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.LetterId;
import fr.reperes.core.Signatory;
import org.junit.jupiter.api.Test;

import static fr.reperes.assessment.AssessmentFixtures.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

/** Who the result proposes to sign each letter, and on which text: one test per situation a lawyer would check. */
class SignatoryRulesTest {

    private static Facts sdtContested(Respondent who, Protection protection) {
        return FactsBuilder.adult().answeredBy(who).basis(CareBasis.THIRD_PARTY).hospitalised().protection(protection)
                .wanting(Goal.CONTEST_MEASURE).build();
    }

    @Test
    void aSisterAnsweringSeizesTheJudgeInHerOwnName() {
        LetterProposal proposal = SERVICE.propose(LetterId.SAISINE_JUGE_MAINLEVEE,
                sdtContested(Respondent.RELATIVE, Protection.NONE));
        assertThat(proposal.signatory()).isEqualTo(Signatory.RELATIVE);
        assertThat(proposal.because()).contains("en votre propre nom").contains("CSP L.3211-12");
    }

    @Test
    void theResultCarriesTheProposalOfEveryLetterItOffers() {
        Assessment result = SERVICE.assess(sdtContested(Respondent.RELATIVE, Protection.NONE));
        assertThat(result.letterProposals()).extracting(LetterProposal::letter)
                .containsExactlyElementsOf(result.letters());
        assertThat(result.letterProposals()).filteredOn(p -> p.letter() == LetterId.SAISINE_JUGE_MAINLEVEE)
                .singleElement().extracting(LetterProposal::signatory).isEqualTo(Signatory.RELATIVE);
    }

    @Test
    void aRelativeOfAPersonUnderTutelleStillSeizesTheJudgeInTheirOwnName() {
        assertThat(SERVICE.propose(LetterId.SAISINE_JUGE_MAINLEVEE, sdtContested(Respondent.RELATIVE, Protection.TUTELLE))
                .signatory()).isEqualTo(Signatory.RELATIVE);
    }

    @Test
    void aRelativePreparesThePersonsOwnComplaintWhereTheLawGivesTheRelativeNoRightOfTheirOwn() {
        LetterProposal proposal = SERVICE.propose(LetterId.RECLAMATION_CDU, sdtContested(Respondent.RELATIVE, Protection.NONE));
        assertThat(proposal.signatory()).isEqualTo(Signatory.PERSON);
        assertThat(proposal.because()).contains("C'est la personne concernée qui signe");
    }

    @Test
    void anAssociationOrALawyerPreparesThePersonsLetterToTheJudge() {
        for (Respondent who : new Respondent[]{Respondent.ASSOCIATION, Respondent.LAWYER}) {
            assertThat(SERVICE.propose(LetterId.SAISINE_JUGE_MAINLEVEE, sdtContested(who, Protection.NONE)).signatory())
                    .as(who.name()).isEqualTo(Signatory.PERSON);
        }
    }

    @Test
    void underTutelleTheLetterSaysWhoSignsTheTutorCoSigningTheEndOfAFollowUpButNotTheRequestToTheJudge() {
        Facts tutelle = sdtContested(Respondent.PERSON, Protection.TUTELLE);
        LetterProposal followUp = SERVICE.propose(LetterId.CESSATION_PRISE_EN_CHARGE, tutelle);
        assertThat(followUp.signatory()).isEqualTo(Signatory.BOTH);
        assertThat(followUp.because()).contains("tutelle").contains("CC 459");
        assertThat(SERVICE.propose(LetterId.SAISINE_JUGE_MAINLEVEE, tutelle).signatory())
                .as("la personne peut saisir le juge elle-même (CSP L.3211-12)").isEqualTo(Signatory.PERSON);
    }

    @Test
    void theLetterStatesTheProtectiveMeasureTheAnswersGaveAndNoneWhenUnknown() {
        assertThat(SERVICE.propose(LetterId.INFORMATION_PROTECTEUR, sdtContested(Respondent.PERSON, Protection.CURATELLE))
                .protection()).isEqualTo(Protection.CURATELLE);
        assertThat(SERVICE.propose(LetterId.INFORMATION_PROTECTEUR, Facts.unknown()).protection()).isNull();
    }
}
