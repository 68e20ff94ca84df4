package fr.reperes.interview;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import fr.reperes.web.components.ChoiceGroup;
import com.vaadin.flow.component.html.FieldSet;
import fr.reperes.AbstractViewTest;
import fr.reperes.HostileInput;
import fr.reperes.web.components.DateTyping;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire clicked through at random — answers, "Je ne sais pas", back, the summary, the result — and
 * dates typed wrong or out of range: every page shows, no click fails, a refused date is explained in French and
 * never recorded, and the result can always be computed.
 */
class QuestionViewFuzzTest extends AbstractViewTest {

    private static final Set<String> QUESTION_BUTTONS = Set.of("Suivant", "Précédent", "Je ne sais pas",
            "Enregistrer et revenir au résumé");

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static void click(String text) {
        ButtonKt._click(_get(Button.class, spec -> spec.withText(text)));
    }

    /** What a person might type in the three boxes of a date: a real date out of range, or anything at all. */
    private static String typeWrongDate(HostileInput in) {
        if (in.chance(0.5)) {
            LocalDate date = outOfRange(in);
            DateTyping.type("date", date);
            return date.toString();
        }
        String day = in.chance(0.5) ? in.anyText() : String.valueOf(in.nextInt(40));
        String month = in.chance(0.5) ? in.anyText() + "x" : String.valueOf(13 + in.nextInt(90));
        String year = in.chance(0.5) ? in.anyText() : in.pick(List.of("", "26", "0", "99999", "2026"));
        DateTyping.type("date", day, month, year);
        return day + " / " + month + " / " + year;
    }

    private static LocalDate outOfRange(HostileInput in) {
        return in.pick(List.of(LocalDate.now().plusDays(1 + in.nextInt(3_000)), LocalDate.of(1949, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)));
    }


    @SuppressWarnings("unchecked")
    private static void answer(HostileInput in) {
        for (ChoiceGroup<?> found : _find(ChoiceGroup.class)) {
            ChoiceGroup<Object> group = (ChoiceGroup<Object>) found;
            List<Object> items = group.getItems();
            // Any number of taps on any choices, in any order (a radio keeps the last one).
            group.clear();
            for (int n = in.nextInt(items.size() + 1); n > 0; n--) {
                group.select(in.pick(items));
            }
        }
        if (!_find(FieldSet.class).isEmpty()) {
            if (in.chance(0.4)) {
                DateTyping.type("date", LocalDate.of(1950, 1, 1).plusDays(in.nextInt(76 * 365)));
            } else {
                typeWrongDate(in);
            }
        }
    }

    @Test
    void aRandomWalkThroughTheQuestionnaireNeverFails() {
        HostileInput in = new HostileInput(8_601);
        CaseFile caseFile = context.getBean(CaseFile.class);
        UI.getCurrent().navigate("questionnaire");
        for (int step = 0; step < 300; step++) {
            String replay = in.replay(step) + " sur " + path();
            assertThat(_find(H1.class)).as(replay).hasSize(1);
            if (path().equals("questionnaire/verifier")) {
                switch (in.nextInt(3)) {
                    case 0 -> click("Voir mon résultat");
                    case 1 -> ButtonKt._click(in.pick(_find(Button.class).stream()
                            .filter(b -> b.getText().equals("Modifier") || b.getText().equals("Répondre")).toList()));
                    default -> UI.getCurrent().navigate("questionnaire");
                }
            } else if (path().startsWith("questionnaire/")) {
                if (in.chance(0.7)) {
                    answer(in);
                }
                List<Button> buttons = _find(Button.class).stream().filter(b -> QUESTION_BUTTONS.contains(b.getText())).toList();
                String questionPath = path();
                Button pressed = in.pick(buttons);
                ButtonKt._click(pressed);
                if (path().equals(questionPath) && !pressed.getText().equals("Précédent")) {
                    // Refused: the reason is shown next to the field, in French.
                    String message = _find(Component.class).stream().filter(c -> c instanceof HasValidation v && v.isInvalid())
                            .map(c -> ((HasValidation) c).getErrorMessage()).findFirst().orElse("");
                    if (!message.isEmpty()) {
                        assertThat(message).as(replay).containsPattern("(?i)(date|réponse|choisissez|cochez)");
                    }
                }
            } else {
                UI.getCurrent().navigate(in.chance(0.5) ? "questionnaire" : "resultat");
            }
            LocalDate admission = caseFile.facts().admissionDate();
            assertThat(admission == null || !admission.isAfter(LocalDate.now()) && admission.getYear() >= 1950)
                    .as("%s : date d'admission enregistrée %s", replay, admission).isTrue();
        }
        UI.getCurrent().navigate("resultat");
        assertThat(_find(H1.class)).hasSize(1);
    }

    @Test
    void datesTypedWrongOrOutOfRangeAreRefusedInFrenchAndNeverRecorded() {
        HostileInput in = new HostileInput(8_602);
        CaseFile caseFile = context.getBean(CaseFile.class);
        FactsCodec codec = context.getBean(FactsCodec.class);
        for (String field : List.of("admissionDate", "lastJudgeDecisionDate", "recordsRequestDate", "judgeDecisionDate")) {
            for (int i = 0; i < 25; i++) {
                UI.getCurrent().navigate("questionnaire/" + field);
                QuestionViewTest.choose("Oui");
                String sent = typeWrongDate(in);
                click("Suivant");
                String replay = in.replay(i) + " : « " + sent + " » dans " + field;
                assertThat(path()).as(replay).isEqualTo("questionnaire/" + field);
                assertThat(DateTyping.error("date")).as(replay).isPresent();
                assertThat(DateTyping.error("date").orElseThrow()).as(replay).containsPattern("(?i)(date|jour|mois|année)");
                assertThat(codec.read(caseFile.facts(), field)).as("%s : rien d'enregistré", replay).isEmpty();
            }
        }
    }
}
