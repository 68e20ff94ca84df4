package fr.reperes.documents;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** No PDF, letter or sheet, ever splits an article reference across two lines. */
class ArticleLineBreakingTest {

    @Test
    void aLineIsNeverBrokenInsideAnArticleNumber() {
        String text = "voir les articles L.3211-12-1 et R.1111-2 du code, ou cada.fr pour la suite";
        List<Integer> breaks = breaks(text);
        for (String reference : List.of("L.3211-12-1", "R.1111-2")) {
            int start = text.indexOf(reference);
            assertThat(breaks).as(reference).noneMatch(position -> position > start && position < start + reference.length());
        }
        assertThat(breaks).as("les autres coupures restent possibles").contains(text.indexOf("du code"));
    }

    @Test
    void aLineIsNeverBrokenBetweenACodeAndItsArticle() {
        String text = "aucune contrainte (CSP L.3211-2-1), puis le juge (CC 459 ; CPP 706-47) ; le CSP le dit aussi";
        List<Integer> breaks = breaks(text);
        for (String reference : List.of("CSP L.3211-2-1", "CC 459", "CPP 706-47")) {
            int start = text.indexOf(reference);
            assertThat(breaks).as(reference).noneMatch(position -> position > start && position < start + reference.length());
        }
        assertThat(breaks).as("un code suivi d'un mot reste une coupure possible").contains(text.indexOf("le dit"));
    }

    private static List<Integer> breaks(String text) {
        ArticleAwareLineBreaker breaker = new ArticleAwareLineBreaker();
        breaker.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int position = breaker.next(); position != BreakIterator.DONE; position = breaker.next()) {
            breaks.add(position);
        }
        return breaks;
    }
}
