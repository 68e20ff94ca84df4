package fr.reperes.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What users read follows French typography: no colon, guillemet or article number alone at a line start. */
class FrenchTypographyTest {

    @Test
    void colonsGuillemetsAndArticleReferencesAreKeptWithTheirWords() {
        assertThat(FrenchTypography.apply("Objet : la lettre « Relancer » (CSP L.1111-7) ; n° 12 ?"))
                .isEqualTo("Objet\u00A0: la lettre «\u00A0Relancer\u00A0» (CSP\u00A0L.1111-7)\u00A0; n°\u00A012\u00A0?");
        assertThat(FrenchTypography.apply("CP 132-45 et CC 459")).isEqualTo("CP\u00A0132-45 et CC\u00A0459");
    }
}
