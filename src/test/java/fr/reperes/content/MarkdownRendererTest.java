package fr.reperes.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void articleReferencesBecomeLinksToLegifrance() {
        String html = renderer.render("Le juge statue avant 12 jours (CSP L.3211-12-1).").html();
        assertThat(html).contains("href=\"https://www.legifrance.gouv.fr/search/code?")
                .contains(">CSP L.3211-12-1</a>")
                .contains("L.3211-12-1+Code+de+la+sant%C3%A9+publique");
    }

    @Test
    void everyCodeIsRecognisedButNotInsideWords() {
        String html = renderer.render("(CP 132-45) (CPP 138) (CC 459) ABCC 12").html();
        assertThat(html).contains(">CP 132-45</a>").contains(">CPP 138</a>").contains(">CC 459</a>")
                .doesNotContain(">CC 12</a>");
    }

    @Test
    void rawHtmlIsEscapedNeverPassedThrough() {
        MarkdownRenderer.Rendered rendered = renderer.render("<script>alert('x')</script>\n\nTexte <b>gras</b>");
        assertThat(rendered.html()).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
        assertThat(rendered.hasRawHtml()).isTrue();
    }

    @Test
    void headingsGetAccentFreeAnchors() {
        MarkdownRenderer.Rendered rendered = renderer.render("## À qui vous adresser ?\n\nTexte");
        assertThat(rendered.html()).contains("<h2 id=\"a-qui-vous-adresser\">");
        assertThat(rendered.headings()).extracting(Page.Heading::anchor).containsExactly("a-qui-vous-adresser");
    }

    @Test
    void referencesInsideAnExistingLinkAreLeftAlone() {
        String html = renderer.render("[voir CSP L.3212-1](/fiches/soins-libres)").html();
        assertThat(html).contains("<a href=\"/fiches/soins-libres\">voir CSP L.3212-1</a>");
    }

    @Test
    void multiLineListItemsGiveTheirPlainText() {
        String markdown = """
                - **Un audit automatique** (l'outil axe-core, règles WCAG 2.1 A et AA) est lancé sur chaque page
                  navigateur (Chromium), sur des écrans de 320, 390 et 1280 pixels de large. Il doit trouver **zéro**
                  pour que le site soit publié.
                - **Des parcours au clavier seul** sont testés.
                """;
        String text = renderer.render(markdown).text();
        assertThat(text).contains("Un audit automatique (l'outil axe-core").contains("1280 pixels")
                .contains("Des parcours au clavier seul");
    }
}
