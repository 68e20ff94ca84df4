package fr.reperes.web.ui;

import fr.reperes.assessment.AssessmentFixtures;
import fr.reperes.core.content.ChangedContent;
import fr.reperes.core.content.Wording;
import fr.reperes.web.session.PrivacySettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person on a slow connection sees in the first HTML response, before the application's scripts. */
class FirstPaintTest {

    private static final Wording WORDING = ChangedContent.real();

    private final FirstPaint firstPaint = new FirstPaint(AssessmentFixtures.LIBRARY,
            new PrivacySettings("https://www.meteo.fr/"), new FrameWording(WORDING), new HomeWording(WORDING),
            new CrisisWording(WORDING));

    private Element paint(String path) {
        Document document = Jsoup.parse("<html><head></head><body><div id=\"outlet\"></div></body></html>");
        firstPaint.addFirstPaint(document.body(), path);
        Element block = document.getElementById(FirstPaint.BLOCK_ID);
        assertThat(block).as("bloc du premier affichage en tête de page").isNotNull();
        assertThat(document.body().child(0)).isSameAs(block);
        return block;
    }

    @Test
    void everyPageShowsTheCrisisNumbersWithWhatTheyAreForAndAWayOut() {
        for (String path : new String[] {"/", "/questionnaire", "/fiches/soins-libres", "/lettres"}) {
            Element block = paint(path);
            assertThat(block.select("a[href=tel:3114]").text()).contains("3114").contains("prévention du suicide");
            assertThat(block.select("a[href=tel:15]").text()).contains("SAMU");
            assertThat(block.select("a[href=tel:112]").text()).contains("urgences");
            assertThat(block.select("[role=region][aria-label=\"Numéros d'urgence\"]")).hasSize(1);
            Element exit = block.selectFirst("a.premier-quitter");
            assertThat(exit.text()).isEqualTo("Quitter rapidement");
            assertThat(exit.attr("href")).as("sans script, le lien mène au site neutre").isEqualTo("https://www.meteo.fr/");
            assertThat(block.selectFirst("p.premier-chargement").text()).isEqualTo("Chargement de Repères…");
        }
    }

    @Test
    void theHomePageCanBeReadAndTheQuestionnaireStartedBeforeTheApplicationLoads() {
        Element block = paint("/");
        assertThat(block.select("h1").text()).startsWith("Repères");
        assertThat(block.text()).contains("quelle règle s'applique à vous");
        assertThat(block.select("a[href=questionnaire]").text()).isEqualTo("Commencer le questionnaire");
    }

    @Test
    void anUnknownFicheOrAnotherPageGetsOnlyTheBandAndTheWayOut() {
        assertThat(paint("/fiches/n-existe-pas").select("h1")).isEmpty();
        assertThat(paint("/questionnaire/qui").select("h1")).isEmpty();
        assertThat(paint("/fiches/../lettres").select("h1")).isEmpty();
    }

    @Test
    void aTitleWithMarkupIsWrittenAsTextNotAsHtml() {
        Element block = paint("/fiches/<script>alert(1)</script>");
        assertThat(block.select("script")).isEmpty();
    }
}
