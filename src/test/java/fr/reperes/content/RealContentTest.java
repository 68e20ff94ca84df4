package fr.reperes.content;

import fr.reperes.Application;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real content/ folder: complete, valid, and free of outdated legal points (old names of the judge, repealed delays). */
class RealContentTest {

    static final List<String> REQUIRED_SLUGS = List.of("soins-libres", "soins-a-la-demande-d-un-tiers",
            "peril-imminent", "soins-sur-decision-du-prefet", "programme-de-soins", "periode-d-observation",
            "controle-du-juge", "isolement-et-contention", "droits-en-soins-sans-consentement",
            "acces-au-dossier-medical", "quitter-un-cmp", "arreter-ou-changer-un-traitement", "injonction-de-soins",
            "obligation-de-soins", "injonction-therapeutique", "mesures-de-protection",
            "secret-medical-et-partage-d-informations", "recours-et-reclamations", "personne-de-confiance",
            "mineurs", "personnes-detenues", "changer-de-psychiatre-ou-de-suivi", "glossaire", "urgence-et-crise",
            "qui-peut-m-aider", "sortir-de-l-hopital");

    private static final List<Page> PAGES = new PageLoader(new MarkdownRenderer(), new ContentReader(), Clock.system(ZoneId.of("Europe/Paris")))
            .load(new ContentFiles("classpath:content/").read("pages/*.md"));

    private static Page page(String slug) {
        return PAGES.stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void everyPageTheProductNeedsExistsAndValidates() {
        assertThat(PAGES).extracting(Page::slug).containsAll(REQUIRED_SLUGS);
    }

    @Test
    void subjectPagesAreDetailedEnough() {
        for (Page page : PAGES) {
            if (!List.of("glossaire", "urgence-et-crise").contains(page.slug())) {
                assertThat(page.wordCount()).as("nombre de mots de " + page.slug()).isGreaterThanOrEqualTo(400);
            }
        }
    }

    @Test
    void theGlossaryExplainsAtLeastThirtyTermsIncludingTheOldOnes() {
        Page glossary = page("glossaire");
        assertThat(glossary.toc()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(glossary.toc()).extracting(Page.Heading::title)
                .anyMatch(t -> t.startsWith("HO")).anyMatch(t -> t.startsWith("HDT")).anyMatch(t -> t.startsWith("JLD"))
                .anyMatch(t -> t.startsWith("SDRE")).anyMatch(t -> t.startsWith("CDSP"));
    }

    @Test
    void everySubjectPageCitesArticlesInItsText() {
        for (Page page : PAGES) {
            if (!page.slug().equals("urgence-et-crise")) {
                assertThat(MarkdownRenderer.REFERENCE_IN_TEXT.matcher(page.text()).find())
                        .as(page.slug() + " cite au moins un article dans son texte").isTrue();
            }
        }
    }

    @Test
    void theJudgeReviewsFullHospitalisationWithinTwelveDaysUnderItsCurrentName() {
        Page judge = page("controle-du-juge");
        assertThat(judge.text()).contains("12").contains("magistrat du siège").contains("JLD");
        assertThat(judge.text()).doesNotContainPattern("(?i)avant (le )?15e? jours?");
    }

    @Test
    void peripheralImminentIsNeverConfusedWithTheProgrammeDeSoins() {
        Pattern confusion = Pattern.compile("SPPI[^.]{0,80}programme de soins|programme de soins[^.]{0,40}\\(SPPI\\)");
        for (Page page : PAGES) {
            assertThat(confusion.matcher(page.text()).find()).as(page.slug()).isFalse();
        }
        assertThat(page("peril-imminent").text()).contains("SPPI");
    }

    @Test
    void minorsCannotBePlacedInSdtButTheJudgeRemainsOpen() {
        Page minors = page("mineurs");
        assertThat(minors.text()).contains("22-70.003").contains("juge");
    }

    @Test
    void noOutdatedConsultationPrice() {
        for (Page page : PAGES) {
            assertThat(page.text()).as(page.slug()).doesNotContain("46,70");
        }
    }

    @Test
    void theApplicationRefusesToStartOnInvalidContentWithTheSameMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run("--reperes.content.location=classpath:fixtures/invalid-content/", "--server.port=0").close())
                .rootCause()
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/pages/page-cassee.md")
                .hasMessageContaining("« summary »");
    }
}
