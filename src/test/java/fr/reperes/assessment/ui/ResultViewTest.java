package fr.reperes.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.Facts;
import fr.reperes.interview.Question;
import fr.reperes.interview.Questions;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The result page as a person on a phone checks it: "En bref" first, the detail folded, nothing left blank. */
class ResultViewTest extends AbstractViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** A man held 5 days at his family's request (SDT), who wants to leave. */
    private static Facts sdt(Facts.Respondent who) {
        return new Facts(who, false, Facts.CareSetting.FULL_HOSPITALISATION, Facts.CareBasis.THIRD_PARTY, false, null,
                List.of(), TODAY.minusDays(4), null, Facts.Restraint.NONE, Facts.JusticeMeasure.NONE,
                Facts.Protection.NONE, List.of(Facts.Goal.LEAVE_CARE), null, null);
    }

    private void answerAll(Facts facts) {
        context.getBean(CaseFile.class).restore(facts,
                context.getBean(Questions.class).askedFor(facts).stream().map(Question::id).toList());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively().replace('\u00a0', ' ');
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void enBrefComesRightAfterTheTitleWithTheRegimeItsCertaintyTheFirstStepAndTheNextDate() {
        answerAll(sdt(Facts.Respondent.PERSON));
        UI.getCurrent().navigate("resultat");

        ResultView view = _get(ResultView.class);
        List<Component> children = view.getChildren().toList();
        assertThat(children.get(0)).isInstanceOf(H1.class);
        assertThat(children.get(1)).isInstanceOf(InBriefBlock.class);
        String brief = text(children.get(1));
        assertThat(brief).startsWith("En bref")
                .contains("Vous êtes soigné sans votre accord. Un proche l'a demandé.")
                .contains("C'est sûr, d'après vos réponses.")
                .contains("À faire d'abord : ")
                .contains("Prochaine date : ").contains("L'hôpital doit avoir prévenu le juge.");
        assertThat(brief).doesNotContainPattern("CSP |L\\.\\d");
    }

    @Test
    void theDetailIsFoldedAndToutDeplierOpensEveryPartAndEveryLawLine() {
        answerAll(sdt(Facts.Respondent.LAWYER));
        UI.getCurrent().navigate("resultat");

        List<Details> parts = _find(Details.class, spec -> spec.withClasses("detail-resultat"));
        assertThat(parts).extracting(Details::getSummaryText).contains("Ce qui peut être fait, par priorité",
                "Délais et dates", "Les règles qui s'appliquent, et pourquoi",
                "Pour l'avocat : procédure, jurisprudence, résumé");
        assertThat(parts).noneMatch(Details::isOpened);
        List<NativeDetails> lawLines = _find(NativeDetails.class, spec -> spec.withClasses("textes-de-loi"));
        assertThat(lawLines).isNotEmpty().noneMatch(NativeDetails::isOpen);
        assertThat(lawLines).allSatisfy(line -> assertThat(line.getSummaryText()).startsWith("Textes de loi ("));

        Button unfold = _get(Button.class, spec -> spec.withText("Tout déplier"));
        _click(unfold);
        assertThat(parts).allMatch(Details::isOpened);
        assertThat(lawLines).allMatch(NativeDetails::isOpen);
        assertThat(unfold.getText()).isEqualTo("Tout replier");
        assertThat(unfold.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        _click(unfold);
        assertThat(parts).noneMatch(Details::isOpened);
    }

    @Test
    void aSisterReadsAboutHerBrotherInTheThirdPerson() {
        answerAll(sdt(Facts.Respondent.RELATIVE));
        UI.getCurrent().navigate("resultat");

        String brief = text(_get(InBriefBlock.class));
        assertThat(brief).contains("La personne est soignée sans son accord.")
                .doesNotContainPattern("\\b[Vv]ous\\b|\\bvotre\\b|\\bvos\\b");
        assertThat(_get(H1.class).getText()).isEqualTo("La situation de la personne");
    }

    @Test
    void theResultCannotBeReachedWithAQuestionLeftBlank() {
        Facts facts = sdt(Facts.Respondent.PERSON);
        List<String> asked = context.getBean(Questions.class).askedFor(facts).stream().map(Question::id).toList();
        context.getBean(CaseFile.class).restore(facts, asked.stream().filter(id -> !id.equals("protection")).toList());
        UI.getCurrent().navigate("resultat");

        assertThat(path()).isEqualTo("questionnaire/protection");
        assertThat(_find(ResultView.class)).isEmpty();
    }

    @Test
    void effacerMesReponsesIsOnTheResultPageAndAsksFirst() {
        answerAll(sdt(Facts.Respondent.PERSON));
        UI.getCurrent().navigate("resultat");

        Button erase = _get(_get(ResultView.class), Button.class, spec -> spec.withText("Effacer mes réponses"));
        assertThat(_find(Button.class, spec -> spec.withText("Nouvelle personne"))).isEmpty();
        _click(erase);
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
    }
}
