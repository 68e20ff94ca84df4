package fr.reperes.situation;

import fr.reperes.assessment.rules.StepId;
import fr.reperes.core.Facts;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import fr.reperes.core.content.Wording;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static fr.reperes.situation.SituationFixtures.CONTENT;
import static fr.reperes.situation.SituationFixtures.FILES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wording of content/situation/ as an editor would break it: each mistake stops the application with a French
 * message naming the file and the key, and the real files pass.
 */
class SituationContentTest {

    /** The real content files, one of them changed in memory (nothing is written anywhere). */
    private static ContentFiles editing(String path, UnaryOperator<String> edit) {
        Map<String, String> files = new HashMap<>();
        for (String name : List.of(SituationContent.WORDING, SituationContent.REMEDIES, SituationContent.CASE_LAW)) {
            files.put(name, FILES.read(name).getFirst().text());
        }
        files.put(path, edit.apply(files.get(path)));
        return new ContentFiles("classpath:content/") {
            @Override
            public List<SourceFile> read(String pattern) {
                return files.containsKey(pattern) ? List.of(new SourceFile("content/" + pattern, files.get(pattern)))
                        : super.read(pattern);
            }
        };
    }

    private static List<String> problems(String path, UnaryOperator<String> edit) {
        try {
            ContentFiles files = editing(path, edit);
            new SituationContent(new Wording(files, new ContentReader()), files, new ContentReader());
        } catch (ContentValidationException e) {
            return e.problems();
        }
        throw new AssertionError("le contenu modifié aurait dû être refusé");
    }

    @Test
    void theRealWordingIsCompleteAndEveryRemedyIsAStepOfTheAssessment() {
        assertThat(CONTENT.text("titre")).isEqualTo("Fiche de situation");
        assertThat(CONTENT.remedy(StepId.DEMANDER_MAINLEVEE_JUGE.id())).get()
                .satisfies(remedy -> assertThat(remedy.legalBasis()).contains("CSP L.3211-12"));
        assertThat(CONTENT.remedy(StepId.PLAN_DE_CRISE.id())).as("un plan de crise n'est pas un recours").isEmpty();
        assertThat(CONTENT.isGeneralWarning("numeros-de-crise")).isTrue();
        assertThat(CONTENT.isGeneralWarning("isolement-hors-cadre")).isFalse();
    }

    @Test
    void theCaseLawOfTheIssueIsThereEachWithItsRegimes() {
        assertThat(CONTENT.caseLaw()).extracting(SituationContent.CaseLawPoint::reference).contains(
                "Cass. 1re civ., 18 juin 2014, n° 13-16.887", "Cass. 1re civ., 18 janv. 2023, n° 21-21.370",
                "Cass. 1re civ., 26 oct. 2022, n° 20-22.827", "Cass. 1re civ., 26 oct. 2022, n° 21-50.045",
                "Cass. avis, 18 mai 2022, n° 22-70.003", "Cass. avis, 6 mars 2024, n° 23-70.017",
                "Cons. const., décision n° 2012-235 QPC", "CSP L.3216-1");
        SituationContent.CaseLawPoint minors = CONTENT.caseLaw().stream()
                .filter(point -> point.reference().contains("22-70.003")).findFirst().orElseThrow();
        Facts minor = new Facts(null, true, null, null, null, null, List.of(), null, null, null, null, null,
                List.of(), null, null);
        assertThat(minors.appliesTo(Set.of(RegimeCode.SDT), minor)).as("un mineur en SDT").isTrue();
        assertThat(minors.appliesTo(Set.of(RegimeCode.SDT), Facts.unknown())).isFalse();
        SituationContent.CaseLawPoint sdre = CONTENT.caseLaw().stream()
                .filter(point -> point.reference().contains("21-50.045")).findFirst().orElseThrow();
        assertThat(sdre.appliesTo(Set.of(RegimeCode.SDT), Facts.unknown())).isFalse();
        assertThat(sdre.appliesTo(Set.of(RegimeCode.SDRE), Facts.unknown())).isTrue();
    }

    @Test
    void aMissingTextIsNamed() {
        assertThat(problems(SituationContent.WORDING, text -> text.replace("    CURATELLE: \"curatelle\"\n", "")))
                .containsExactly("content/situation/fiche.yml : texte manquant pour la clé « personne.protection.CURATELLE »");
    }

    @Test
    void aMisspelledKeyIsNamed() {
        assertThat(problems(SituationContent.WORDING, text -> text.replace("  qui: \"Qui peut agir\"",
                "  qui: \"Qui peut agir\"\n  quoi: \"Quoi\"")))
                .containsExactly("content/situation/fiche.yml : clé inconnue « libelles.quoi » (faute de frappe ?)");
    }

    @Test
    void anUnknownGeneralWarningIsNamed() {
        assertThat(problems(SituationContent.WORDING, text -> text.replace("[numeros-de-crise,", "[numero-de-crise,")))
                .containsExactly("content/situation/fiche.yml : « alertes-generales » : avertissement inconnu « numero-de-crise »");
    }

    @Test
    void aRemedyForAnUnknownStepOrWithAMalformedArticleIsNamed() {
        assertThat(problems(SituationContent.REMEDIES, text -> text
                .replace("  saisir-la-cdsp:", "  saisir-la-cdsp-bis:")
                .replace("textes: [\"CC 375\"]", "textes: [\"art. 375 du code civil\"]")))
                .containsExactlyInAnyOrder(
                        "content/situation/recours.yml : recours « saisir-la-cdsp-bis » : démarche inconnue (voir content/assessment/etapes.yml)",
                        "content/situation/recours.yml : champ « recours.demander-au-juge-des-enfants.textes[1] » : "
                                + "référence mal formée « art. 375 du code civil » (forme attendue : « CSP L.3212-1 », "
                                + "« CP 132-45 », « CPP 706-135 », « CC 459 »)");
    }

    @Test
    void aCaseLawPointWithAnUnknownRegimeIsNamed() {
        assertThat(problems(SituationContent.CASE_LAW, text -> text.replace("regimes: [ISOLEMENT_CONTENTION]",
                "regimes: [ISOLEMENT]")))
                .anyMatch(problem -> problem.startsWith("content/situation/jurisprudence.yml : champ « points[")
                        && problem.contains(".regimes[1] » : valeur « ISOLEMENT » inconnue"));
    }

    @Test
    void unreadableYamlIsNamed() {
        assertThat(problems(SituationContent.CASE_LAW, text -> text + "\n  - id: [oups")).singleElement()
                .asString().startsWith("content/situation/jurisprudence.yml : YAML illisible");
    }

    @Test
    void anUnknownTextAskedByCodeIsAnError() {
        assertThatThrownBy(() -> CONTENT.text("sections.inconnue")).isInstanceOf(IllegalArgumentException.class);
    }
}
