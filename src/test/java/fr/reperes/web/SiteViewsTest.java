package fr.reperes.web;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.AbstractViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A smoke test per fixed page: each shows what a first-time visitor needs. */
class SiteViewsTest extends AbstractViewTest {

    private static String allText() {
        StringBuilder text = new StringBuilder();
        _find(Paragraph.class).forEach(p -> text.append(p.getText()).append('\n'));
        _find(Html.class).forEach(h -> text.append(h.getInnerHtml()).append('\n'));
        return text.toString();
    }

    @Test
    void homeOffersTheQuestionnaireASearchAndThePrivacyPromise() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).startsWith("Repères");
        _get(TextField.class, spec -> spec.withLabel("Rechercher une fiche"));
        assertThat(allText()).contains("n'est enregistré");
        _click(_get(Button.class, spec -> spec.withText("Commencer le questionnaire")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("questionnaire/respondent");
    }

    @Test
    void homeSearchOpensTheSearchPageWithTheWordsTyped() {
        UI.getCurrent().navigate("");
        _get(TextField.class, spec -> spec.withLabel("Rechercher une fiche")).setValue("sortir du CMP");
        _click(_get(Button.class, spec -> spec.withText("Rechercher")));
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("rechercher");
        assertThat(location.getQueryParameters().getParameters().get("q")).containsExactly("sortir du CMP");
    }

    @Test
    void privacyPageSaysNothingIsStoredAndHowToErase() {
        UI.getCurrent().navigate("confidentialite");
        assertThat(_get(H1.class).getText()).isEqualTo("Confidentialité");
        assertThat(allText()).contains("Effacer mes réponses").contains("Quitter rapidement")
                .contains("30 minutes").contains("cookie");
    }

    @Test
    void aboutPageSaysItIsNotLegalAdviceAndHowToReachALawyer() {
        UI.getCurrent().navigate("a-propos");
        assertThat(allText()).contains("pas un conseil juridique").contains("aide juridictionnelle")
                .contains("Dernière vérification du contenu juridique");
    }

}
