package fr.reperes.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.reperes.AbstractViewTest;
import fr.reperes.content.ContentLibrary;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.CheckboxGroupKt.getItemLabels;
import static com.github.mvysny.kaributesting.v10.CheckboxGroupKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The search page as a person uses it: typing, reading the results, filtering, finding nothing. */
class SearchViewTest extends AbstractViewTest {

    private static TextField field() {
        return _get(TextField.class, spec -> spec.withLabel("Mots recherchés"));
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("statut-recherche")).getText();
    }

    /** The result titles, in order, as links. */
    private static List<Anchor> resultLinks() {
        return _find(H2.class).stream()
                .flatMap(h2 -> h2.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)).toList();
    }

    private static CheckboxGroup<RegimeCode> regimeFilter() {
        @SuppressWarnings("unchecked")
        CheckboxGroup<RegimeCode> group = _get(CheckboxGroup.class, spec -> spec.withLabel("Filtrer par situation"));
        return group;
    }

    private static String pageText() {
        StringBuilder text = new StringBuilder();
        _find(Paragraph.class).forEach(p -> text.append(p.getText()).append('\n'));
        _find(com.vaadin.flow.component.html.ListItem.class).forEach(li -> text.append(li.getText()).append('\n'));
        return text.toString();
    }

    @Test
    void beforeTypingThePageSuggestsSearchesThatWork() {
        UI.getCurrent().navigate("rechercher");
        assertThat(_get(H1.class).getText()).isEqualTo("Rechercher");
        assertThat(status()).isEmpty();
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .contains("rechercher?q=sortir%20du%20CMP", "rechercher?q=hospitalisation%20d'office");
        assertThat(resultLinks()).isEmpty();
    }

    @Test
    void typingShowsTheResultsWithTheirTypeAndTheMatchedPassage() {
        UI.getCurrent().navigate("rechercher");
        _setValue(field(), "attachée au lit");
        Anchor first = resultLinks().getFirst();
        assertThat(first.getText()).isEqualTo("L'isolement et la contention");
        assertThat(first.getHref()).isEqualTo("fiches/isolement-et-contention");
        assertThat(status()).matches("\\d+ résultats?.*");
        assertThat(_find(Html.class)).extracting(Html::getInnerHtml).anyMatch(html -> html.contains("<mark>"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("type-resultat"))).extracting(Paragraph::getText)
                .contains("Fiche");
    }

    @Test
    void typingKeepsTheAddressInStepWithTheWords() {
        UI.getCurrent().navigate("rechercher");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _setValue(field(), "juge des libertés");
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(calls).extracting(call -> call.getInvocation().getExpression() + " "
                        + call.getInvocation().getParameters())
                .anyMatch(js -> js.contains("replace: true") && js.contains("rechercher?q=juge%20des%20libert"));
    }

    @Test
    void aSearchInTheAddressIsShownWithItsResults() {
        UI.getCurrent().navigate("rechercher", QueryParameters.fromString("q=HO"));
        assertThat(field().getValue()).isEqualTo("HO");
        assertThat(resultLinks()).extracting(Anchor::getHref)
                .containsAnyOf("fiches/soins-sur-decision-du-prefet", "fiches/glossaire#ho-hospitalisation-d-office");
        assertThat(resultLinks().getFirst().getHref()).isIn("fiches/soins-sur-decision-du-prefet",
                "fiches/glossaire#ho-hospitalisation-d-office");
    }

    @Test
    void theRegimeFilterShowsCountsAndKeepsOnlyTheChosenSituation() {
        UI.getCurrent().navigate("rechercher");
        _setValue(field(), "juge");
        int before = resultLinks().size();
        String tutelle = getItemLabels(regimeFilter()).stream().filter(label -> label.startsWith("Tutelle ("))
                .findFirst().orElseThrow();
        int count = Integer.parseInt(tutelle.replaceAll("\\D", ""));
        selectByLabel(regimeFilter(), tutelle);

        assertThat(resultLinks()).hasSize(count).hasSizeLessThan(before);
        assertThat(status()).isEqualTo(count == 1 ? "1 résultat" : count + " résultats");
        ContentLibrary library = context.getBean(ContentLibrary.class);
        assertThat(resultLinks()).extracting(Anchor::getHref).allSatisfy(href -> assertThat(
                library.page(href.replace("fiches/", "")).orElseThrow().regimes()).contains(RegimeCode.TUTELLE));
        // What was chosen stays chosen when the words change.
        _setValue(field(), "dossier médical");
        assertThat(regimeFilter().getValue()).containsExactly(RegimeCode.TUTELLE);
    }

    @Test
    void theFilterInTheAddressIsApplied() {
        UI.getCurrent().navigate("rechercher",
                QueryParameters.fromString("q=juge&regime=TUTELLE&regime=INCONNU"));
        assertThat(regimeFilter().getValue()).containsExactly(RegimeCode.TUTELLE);
        assertThat(resultLinks()).extracting(Anchor::getHref).contains("fiches/mesures-de-protection")
                .doesNotContain("fiches/controle-du-juge");
    }

    @Test
    void nothingFoundSaysSoClearlyWithIdeas() {
        UI.getCurrent().navigate("rechercher");
        _setValue(field(), "xylophone");
        assertThat(status()).isEqualTo("Aucun résultat pour « xylophone ».");
        assertThat(pageText()).contains("Vérifiez l'orthographe");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("fiches/glossaire");
        assertThat(resultLinks()).isEmpty();
    }

    @Test
    void onlyCommonWordsAreExplained() {
        UI.getCurrent().navigate("rechercher");
        _setValue(field(), "comment est-ce que je peux");
        assertThat(pageText()).contains("ne contient que des mots très courants");
    }

    @Test
    void aMisspeltSearchStillFindsAndSaysItWasApproximate() {
        UI.getCurrent().navigate("rechercher");
        _setValue(field(), "contension");
        assertThat(resultLinks()).extracting(Anchor::getHref).contains("fiches/isolement-et-contention");
        assertThat(pageText()).contains("des mots proches de ceux que vous avez tapés");
    }

    @Test
    void anOverlongTextIsCutWithANoteNextToTheFieldAndNothingTypedIsLost() {
        UI.getCurrent().navigate("rechercher");
        String pasted = "Je voudrais savoir comment sortir du CMP. ".repeat(30);
        _setValue(field(), pasted);
        assertThat(field().getValue()).isEqualTo(pasted);
        assertThat(field().getHelperText()).contains("seuls les 200 premiers caractères");
        assertThat(resultLinks()).extracting(Anchor::getHref).first().isEqualTo("fiches/quitter-un-cmp");
        _setValue(field(), "sortir du CMP");
        assertThat(field().getHelperText()).isNullOrEmpty();
    }

    @Test
    void theMenuSearchBoxOpensThisPageWithTheWords() {
        UI.getCurrent().navigate("fiches");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Rechercher dans Repères")), "curatelle");
        _click(_get(Button.class, spec -> spec.withText("Chercher")));
        assertThat(field().getValue()).isEqualTo("curatelle");
        assertThat(resultLinks()).extracting(Anchor::getHref).contains("fiches/mesures-de-protection");
    }
}
