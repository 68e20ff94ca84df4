package fr.reperes.content;

import fr.reperes.core.LegalReference;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each defect an editor can make in a page is refused with a message naming the file and the field. */
class PageLoaderTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private final PageLoader loader = new PageLoader(new MarkdownRenderer(), new ContentReader(), TODAY);

    static String page(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    static final String FRONT = """
            title: "Les soins libres"
            summary: "Vous êtes soigné avec votre accord."
            theme: soins-libres
            regimes: [SOINS_LIBRES]
            audience: [patient, proche]
            legal: ["CSP L.3211-2", "CP 132-45", "CPP 706-135", "CC 459", "CSP R.1112-62"]
            sources: ["Légifrance, Code de la santé publique"]
            reviewed: 2026-11-22
            keywords: [libre, CMP]
            """;
    static final String BODY = """
            ## Ce que vous pouvez faire

            Vous pouvez partir à tout moment (CSP R.1112-62). Voir [le glossaire](/fiches/glossaire)
            et [la lettre](/lettres/cessation-prise-en-charge).
            """;
    static final SourceFile GLOSSARY = new SourceFile("content/pages/glossaire.md",
            page(FRONT.replace("Les soins libres", "Glossaire"), "## CMP\n\nCentre médico-psychologique.\n"));

    private List<Page> load(String front, String body) {
        return loader.load(List.of(new SourceFile("content/pages/soins-libres.md", page(front, body)), GLOSSARY));
    }

    private void assertRefused(String front, String body, String... expectedInMessage) {
        assertThatThrownBy(() -> load(front, body))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/pages/soins-libres.md")
                .hasMessageContainingAll(expectedInMessage);
    }

    @Test
    void aValidPageLoadsWithAllItsFields() {
        Page page = load(FRONT, BODY).getFirst();
        assertThat(page.slug()).isEqualTo("soins-libres");
        assertThat(page.title()).isEqualTo("Les soins libres");
        assertThat(page.theme()).isEqualTo(PageTheme.SOINS_LIBRES);
        assertThat(page.legal()).extracting(LegalReference::toString)
                .containsExactly("CSP L.3211-2", "CP 132-45", "CPP 706-135", "CC 459", "CSP R.1112-62");
        assertThat(page.reviewed()).hasToString("2026-11-22");
        assertThat(page.toc()).extracting(Page.Heading::anchor).containsExactly("ce-que-vous-pouvez-faire");
    }

    @Nested
    class RefusesMissingOrEmptyFields {
        @Test
        void missingTitle() {
            assertRefused(FRONT.replace("title: \"Les soins libres\"\n", ""), BODY, "« title »");
        }

        @Test
        void emptySummary() {
            assertRefused(FRONT.replace("\"Vous êtes soigné avec votre accord.\"", "\"\""), BODY, "« summary »");
        }

        @Test
        void emptyLegalList() {
            assertRefused(FRONT.replaceFirst("legal: \\[.*]", "legal: []"), BODY, "« legal »");
        }

        @Test
        void missingSources() {
            assertRefused(FRONT.replaceFirst("sources: .*\n", ""), BODY, "« sources »");
        }

        @Test
        void missingReviewDate() {
            assertRefused(FRONT.replace("reviewed: 2026-11-22\n", ""), BODY, "« reviewed »");
        }

        @Test
        void missingFrontMatter() {
            assertThatThrownBy(() -> loader.load(List.of(new SourceFile("content/pages/x.md", "## Titre\n\nTexte"))))
                    .hasMessageContaining("content/pages/x.md").hasMessageContaining("en-tête YAML");
        }
    }

    @Nested
    class RefusesWrongValues {
        @Test
        void unknownRegimeCode() {
            assertRefused(FRONT.replace("[SOINS_LIBRES]", "[SOINS_LIBRES, HOSPITALISATION_OFFICE]"), BODY,
                    "champ « regimes[2] » : valeur « HOSPITALISATION_OFFICE » inconnue");
        }

        @Test
        void malformedArticleReference() {
            assertRefused(FRONT.replace("\"CC 459\"", "\"article 459 du code civil\""), BODY,
                    "champ « legal[4] » : référence mal formée « article 459 du code civil »");
        }

        @Test
        void articleReferenceWithAParagraphNumber() {
            assertRefused(FRONT.replace("\"CSP L.3211-2\"", "\"CSP L.3212-1 II\""), BODY, "CSP L.3212-1 II");
        }

        @Test
        void unknownTheme() {
            assertRefused(FRONT.replace("theme: soins-libres", "theme: divers"), BODY, "« theme »", "divers");
        }

        @Test
        void unknownAudience() {
            assertRefused(FRONT.replace("[patient, proche]", "[patient, medecin]"), BODY, "champ « audience[2] » : valeur « medecin » inconnue");
        }

        @Test
        void reviewDateInTheFuture() {
            assertRefused(FRONT.replace("2026-11-22", "2026-11-23"), BODY, "« reviewed »", "futur");
        }

        @Test
        void reviewDateThatIsNotADate() {
            assertRefused(FRONT.replace("2026-11-22", "hier"), BODY, "« reviewed »", "hier");
        }
    }

    @Nested
    class RefusesBrokenBodies {
        @Test
        void linkToAnUnknownPage() {
            assertRefused(FRONT, BODY + "\nVoir [la fiche](/fiches/hospitalisation-d-office).\n",
                    "page inconnue", "/fiches/hospitalisation-d-office");
        }

        @Test
        void linkToAnUnknownLetter() {
            assertRefused(FRONT, BODY + "\nVoir [la lettre](/lettres/lettre-au-pape).\n", "lettre inconnue");
        }

        @Test
        void rawHtml() {
            assertRefused(FRONT, BODY + "\n<script>alert(1)</script>\n", "HTML brut");
        }

        @Test
        void insecureOrScriptLink() {
            assertRefused(FRONT, BODY + "\n[clic](javascript:alert(1))\n", "lien non admis");
        }
    }

    @Nested
    class RefusesInconsistentFiles {
        @Test
        void duplicateSlug() {
            SourceFile first = new SourceFile("content/pages/soins-libres.md", page(FRONT, BODY));
            SourceFile second = new SourceFile("content/pages/autre/soins-libres.md", page(FRONT, BODY));
            assertThatThrownBy(() -> loader.load(List.of(first, second, GLOSSARY)))
                    .hasMessageContaining("content/pages/autre/soins-libres.md")
                    .hasMessageContaining("déjà utilisé");
        }

        @Test
        void slugNotMatchingTheFileName() {
            assertRefused("slug: soins-sans-consentement\n" + FRONT, BODY, "« slug »", "nom du fichier");
        }

        @Test
        void fileNameThatIsNotASlug() {
            assertThatThrownBy(() -> loader.load(List.of(
                    new SourceFile("content/pages/Soins Libres.md", page(FRONT, BODY)), GLOSSARY)))
                    .hasMessageContaining("content/pages/Soins Libres.md").hasMessageContaining("nom de fichier");
        }
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = FRONT.replace("title: \"Les soins libres\"\n", "").replace("[SOINS_LIBRES]", "[X]");
        assertThatThrownBy(() -> load(broken, BODY))
                .isInstanceOfSatisfying(ContentValidationException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }
}
