package fr.reperes.interview;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import fr.reperes.AbstractViewTest;
import fr.reperes.HostileInput;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

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

    /**
     * A date the browser's date field has read (it always sends ISO dates, here possibly out of the allowed range).
     * A forged message with an impossible ISO date ("2026-02-30") makes Vaadin's own DatePicker throw while reading
     * it; Vaadin's request handling catches that, and no browser sends it: not tested here.
     */
    private static void sendDateFromClient(DatePicker picker, LocalDate date) {
        try {
            picker.getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", date.toString()).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("la propriété « value » du champ de date doit venir du navigateur", e);
        }
    }

    /** Text typed in the date field that the browser cannot read as a date: it tells the server so. */
    private static void typeUnreadableDate(DatePicker picker, String typed) {
        picker.getElement().setProperty("_inputElementValue", typed);
        ElementUtilsKt._fireDomEvent(picker.getElement(), new DomEvent(picker.getElement(), "unparsable-change",
                JsonNodeFactory.instance.objectNode()));
    }

    private static LocalDate outOfRange(HostileInput in) {
        return in.pick(List.of(LocalDate.now().plusDays(1 + in.nextInt(3_000)), LocalDate.of(1949, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)));
    }

    private static String unreadable(HostileInput in) {
        return in.chance(0.5) ? in.pick(HostileInput.BAD_DATES) : in.anyText() + "x";
    }

    @SuppressWarnings("unchecked")
    private static void answer(HostileInput in) {
        for (RadioButtonGroup<?> group : _find(RadioButtonGroup.class)) {
            List<Object> items = ((RadioButtonGroup<Object>) group).getListDataView().getItems().toList();
            HasValueUtilsKt._setValue((RadioButtonGroup<Object>) group, in.pick(items));
        }
        for (CheckboxGroup<?> group : _find(CheckboxGroup.class)) {
            List<Object> items = new ArrayList<>(((CheckboxGroup<Object>) group).getListDataView().getItems().toList());
            Set<Object> chosen = new LinkedHashSet<>();
            for (int n = in.nextInt(items.size() + 1); n > 0; n--) {
                chosen.add(in.pick(items));
            }
            HasValueUtilsKt._setValue((CheckboxGroup<Object>) group, chosen);
        }
        for (DatePicker picker : _find(DatePicker.class)) {
            switch (in.nextInt(3)) {
                case 0 -> HasValueUtilsKt._setValue(picker, LocalDate.of(1950, 1, 1).plusDays(in.nextInt(76 * 365)));
                case 1 -> sendDateFromClient(picker, outOfRange(in));
                default -> typeUnreadableDate(picker, unreadable(in));
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
                DatePicker picker = _get(DatePicker.class);
                String sent;
                if (in.chance(0.5)) {
                    LocalDate date = outOfRange(in);
                    sendDateFromClient(picker, date);
                    sent = date.toString();
                } else {
                    sent = unreadable(in);
                    typeUnreadableDate(picker, sent);
                }
                click("Suivant");
                String replay = in.replay(i) + " : « " + sent + " » dans " + field;
                assertThat(path()).as(replay).isEqualTo("questionnaire/" + field);
                assertThat(picker.isInvalid()).as(replay).isTrue();
                assertThat(picker.getErrorMessage()).as(replay).containsPattern("(?i)date");
                assertThat(codec.read(caseFile.facts(), field)).as("%s : rien d'enregistré", replay).isEmpty();
            }
        }
    }
}
