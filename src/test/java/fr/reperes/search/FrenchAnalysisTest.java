package fr.reperes.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The French analysis: what makes « peril » find « péril » and « HO » find the préfet. */
class FrenchAnalysisTest {

    private static final FrenchAnalysis ANALYSIS = RealSearch.analysis();

    private static List<String> indexed(String text) {
        return FrenchAnalysis.terms(ANALYSIS.indexAnalyzer(), Fields.BODY, text);
    }

    private static List<String> searched(String text) {
        return FrenchAnalysis.terms(ANALYSIS.queryAnalyzer(), Fields.BODY, text);
    }

    @Test
    void accentsCaseElisionAndEndingsDoNotMatter() {
        assertThat(indexed("péril")).isEqualTo(indexed("PERIL"));
        assertThat(indexed("l'hôpital")).isEqualTo(indexed("hopital"));
        assertThat(indexed("l’isolement")).isEqualTo(indexed("isolement"));
        assertThat(indexed("attachée")).isEqualTo(indexed("attacher"));
        assertThat(indexed("curatelles")).isEqualTo(indexed("curatelle"));
    }

    @Test
    void stopWordsAndQuestionWordsAreDropped() {
        assertThat(indexed("est-ce que je peux le faire")).isEmpty();
        assertThat(indexed("la personne de confiance")).isEqualTo(indexed("personne confiance"));
    }

    @Test
    void oldNamesAndAbbreviationsBringTheCurrentTermsAtQueryTimeOnly() {
        assertThat(searched("HO")).containsAll(indexed("préfet")).containsAll(indexed("SDRE"));
        assertThat(searched("hospitalisation d'office")).containsAll(indexed("SDRE"));
        assertThat(searched("HDT")).containsAll(indexed("tiers"));
        assertThat(searched("SPPI")).containsAll(indexed("péril imminent"));
        assertThat(searched("juge des libertés")).containsAll(indexed("magistrat du siège"));
        assertThat(searched("attachée")).containsAll(indexed("contention"));
        assertThat(searched("CGLPL")).containsAll(indexed("contrôleur général des lieux de privation de liberté"));
        assertThat(indexed("HO")).doesNotContainAnyElementsOf(indexed("préfet"));
    }
}
