package fr.reperes.assessment;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.Goal;
import fr.reperes.core.Facts.Protection;
import fr.reperes.core.Facts.Respondent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static fr.reperes.assessment.AssessmentFixtures.SERVICE;
import static fr.reperes.assessment.AssessmentFixtures.TODAY;
import static fr.reperes.assessment.FactsBuilder.adult;
import static fr.reperes.assessment.FactsBuilder.nothingKnown;
import static org.assertj.core.api.Assertions.assertThat;

/** "En bref": the regime in plain words and how sure, the one thing to do first, the next date — per situation. */
class InBriefTest {

    private static InBrief inBrief(FactsBuilder builder) {
        Facts facts = builder.build();
        return SERVICE.inBrief(facts, SERVICE.assess(facts));
    }

    private static String all(InBrief brief) {
        return String.join(" ", brief.regime(), brief.certainty().orElse(""), brief.nextStep(), brief.nextDate());
    }

    /** Easy to read: short sentences (at most 20 words), no article of law, no unexplained abbreviation. */
    private static void easyToRead(InBrief brief) {
        assertThat(brief.title()).isEqualTo("En bref");
        String text = all(brief);
        assertThat(text).doesNotContainPattern("CSP |CC |L\\.\\d|R\\.\\d");
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (sentence.startsWith("Autres règles : ")) {
                continue; // a list of names, not a sentence to read through
            }
            assertThat(sentence.split("\\s+").length).as(sentence).isLessThanOrEqualTo(20);
        }
        // An abbreviation (two capitals or more) only with its meaning in the same sentence, in brackets.
        Pattern.compile("\\b[A-Z]{2,}\\b").matcher(text).results().forEach(match ->
                assertThat(text).as(match.group()).contains("(" + match.group() + ")"));
    }

    @Test
    void anAdultInSoinsLibresAtACmpIsToldItIsSureAndWhatToDoFirst() {
        InBrief brief = inBrief(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.LEAVE_CARE));
        assertThat(brief.regime()).startsWith("Vous êtes en soins libres.");
        assertThat(brief.certainty()).contains("C'est sûr, d'après vos réponses.");
        assertThat(brief.nextStep()).startsWith("À faire d'abord : ");
        assertThat(brief.nextDate()).isEqualTo("Pas de date à surveiller, d'après vos réponses.");
        easyToRead(brief);
    }

    @Test
    void theSisterOfAManHeldFiveDaysUnderSdtReadsAboutHimWithTheJudgesNextDate() {
        InBrief brief = inBrief(adult().answeredBy(Respondent.RELATIVE).basis(CareBasis.THIRD_PARTY).hospitalised()
                .admitted(TODAY.minusDays(4)).wanting(Goal.LEAVE_CARE));
        assertThat(brief.regime()).startsWith("La personne est soignée sans son accord. Un proche l'a demandé.");
        assertThat(all(brief)).doesNotContain("Vous ").doesNotContain(" vous ").doesNotContain("votre");
        assertThat(brief.nextDate()).startsWith("Prochaine date : ").contains("2026")
                .contains("L'hôpital doit avoir prévenu le juge.");
        assertThat(brief.datePassed()).isFalse();
        easyToRead(brief);
    }

    @Test
    void aLawyerWhoseClientsAppealDelayHasPassedIsToldTheNextDateNotThePassedOne() {
        InBrief brief = inBrief(adult().answeredBy(Respondent.LAWYER).basis(CareBasis.PREFECT).hospitalised()
                .admitted(TODAY.minusMonths(4)).lastJudgeDecision(TODAY.minusMonths(4).plusDays(10))
                .judgeDecisionNotified(TODAY.minusMonths(2)).appealing(Facts.AppealedDecision.CARE_MEASURE));
        assertThat(brief.regime()).startsWith("La personne est soignée sans son accord. Le préfet l'a décidé.");
        assertThat(brief.nextDate()).startsWith("Prochaine date : ");
        assertThat(brief.datePassed()).isFalse();
        easyToRead(brief);
    }

    @Test
    void aWomanUnderCuratelleInSoinsLibresHearsOfBoth() {
        InBrief brief = inBrief(adult().basis(CareBasis.CONSENT).outpatient().protection(Protection.CURATELLE)
                .wanting(Goal.ACCESS_RECORDS).recordsRequested(TODAY.minusDays(3)));
        assertThat(brief.regime()).startsWith("Vous êtes en soins libres.").contains("Autres règles : curatelle.");
        assertThat(brief.nextDate()).contains("L'hôpital doit avoir envoyé le dossier médical.");
        easyToRead(brief);
    }

    @Test
    void whenEveryDateHasPassedTheLastOneIsSaidToHavePassed() {
        InBrief brief = inBrief(adult().basis(CareBasis.CONSENT).outpatient().wanting(Goal.ACCESS_RECORDS)
                .recordsRequested(TODAY.minusYears(1)));
        assertThat(brief.datePassed()).isTrue();
        assertThat(brief.nextDate()).startsWith("Attention : une date est déjà passée, le ");
    }

    @Test
    void withNothingKnownItSaysSoWithoutACertainty() {
        InBrief brief = inBrief(nothingKnown());
        assertThat(brief.regime()).isNotBlank();
        easyToRead(brief);
    }

    @Test
    void everyRegimeHasItsPlainWordsInBothVoices() {
        for (Respondent who : List.of(Respondent.PERSON, Respondent.ASSOCIATION)) {
            for (CareBasis basis : CareBasis.values()) {
                InBrief brief = inBrief(adult().answeredBy(who).basis(basis).hospitalised().admitted(TODAY.minusDays(2)));
                assertThat(brief.regime()).as(who + " " + basis).isNotBlank();
                easyToRead(brief);
            }
        }
    }
}
