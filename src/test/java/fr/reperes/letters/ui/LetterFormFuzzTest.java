package fr.reperes.letters.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import fr.reperes.web.components.DateInput;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fr.reperes.AbstractViewTest;
import fr.reperes.HostileInput;
import fr.reperes.core.LetterId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters form under generated input, as people type, paste and click: whatever goes into the fields (very
 * long texts, control and invisible characters, lone surrogates, right-to-left scripts, markup), the form never
 * fails, keeps what was typed, explains each problem in French next to the field, and the downloads that are
 * offered work.
 */
class LetterFormFuzzTest extends AbstractViewTest {

    private static final String BODY = "Texte de la lettre (vous pouvez le modifier)";
    private static final List<String> DOWNLOADS = List.of("Télécharger en PDF", "Télécharger en Word (DOCX)",
            "Télécharger en texte");

    private static String hostile(HostileInput in) {
        return switch (in.nextInt(5)) {
            case 0 -> in.anyText();
            case 1 -> "x".repeat(10_000 + in.nextInt(3_000));
            case 2 -> in.pick(List.of("{{nom}}", "<script>alert(1)</script>", "\uD800", "\uDFFF\uD800", "\u0000",
                    "\u202Etxet", "مريم بن علي", "😀👍🏽", "30/02/2026", "99/99/9999", "0", "-", " ", "\t\n"));
            case 3 -> in.text(60);
            default -> "Camille " + in.pick(HostileInput.EDGE_CHARACTERS) + " Durand";
        };
    }

    @SuppressWarnings("unchecked")
    private static void chooseAtRandom(RadioButtonGroup<?> group, HostileInput in) {
        List<Object> items = new ArrayList<>(((RadioButtonGroup<Object>) group).getListDataView().getItems().toList());
        if (!items.isEmpty()) {
            HasValueUtilsKt._setValue((RadioButtonGroup<Object>) group, in.pick(items));
        }
    }

    private static void answerAnyQuestion(HostileInput in) {
        for (ConfirmDialog dialog : _find(ConfirmDialog.class)) {
            if (dialog.isOpened()) {
                if (in.chance(0.5)) {
                    ConfirmDialogKt._fireConfirm(dialog);
                } else {
                    ConfirmDialogKt._fireCancel(dialog);
                }
            }
        }
    }

    @Test
    void hostileValuesInEveryFieldNeverBreakTheFormAndAreKeptAsTyped() {
        HostileInput in = new HostileInput(8_501);
        for (int round = 0; round < 40; round++) {
            LetterId id = in.pick(List.of(LetterId.values()));
            String replay = in.replay(round) + " (" + id + ")";
            UI.getCurrent().navigate("lettres/" + id);
            Map<TextFieldBase<?, String>, String> typed = new IdentityHashMap<>();
            Map<Input, String> boxes = new IdentityHashMap<>();
            List<TextFieldBase<?, String>> fields = new ArrayList<>();
            // Step by step, as a person goes: fill what the step shows, then "Continuer" (refused while a field of
            // the step is wrong, which ends the walk there) until the step that shows the letter.
            for (int step = 0; step < 6; step++) {
                for (RadioButtonGroup<?> group : _find(RadioButtonGroup.class)) {
                    if (group.isVisible() && in.chance(0.5)) {
                        chooseAtRandom(group, in);
                        answerAnyQuestion(in);
                    }
                }
                List<TextFieldBase<?, String>> here = new ArrayList<>();
                here.addAll(_find(TextField.class));
                here.addAll(_find(TextArea.class));
                fields.addAll(here);
                for (TextFieldBase<?, String> field : here) {
                    if (!field.isVisible() || !in.chance(0.6)) {
                        continue;
                    }
                    String value = hostile(in);
                    HasValueUtilsKt._setValue(field, value);
                    BasicUtilsKt._blur(field);
                    answerAnyQuestion(in);
                    if (!BODY.equals(field.getLabel())) {
                        typed.put(field, value);
                    }
                }
                // The three boxes of each date shown: anything typed in them, then the focus leaves the date.
                for (DateInput date : _find(DateInput.class)) {
                    if (!date.isVisible() || !in.chance(0.6)) {
                        continue;
                    }
                    for (Input box : _find(date, Input.class)) {
                        String value = in.chance(0.5) ? String.valueOf(in.nextInt(40)) : hostile(in);
                        HasValueUtilsKt._setValue(box, value);
                        boxes.put(box, value);
                    }
                    BasicUtilsKt._fireDomEvent(date, "focusout", tools.jackson.databind.node.JsonNodeFactory.instance
                            .objectNode().put("!(event.relatedTarget && event.currentTarget.contains(event.relatedTarget))", true));
                    answerAnyQuestion(in);
                }
                List<Button> next = _find(Button.class, spec -> spec.withText("Continuer"));
                if (next.isEmpty()) {
                    ButtonKt._click(_get(Button.class, spec -> spec.withText("Vérifier la lettre")));
                    answerAnyQuestion(in);
                    break;
                }
                String before = _get(H2.class, spec -> spec.withId("formulaire-titre")).getText();
                ButtonKt._click(next.getFirst());
                if (before.equals(_get(H2.class, spec -> spec.withId("formulaire-titre")).getText())) {
                    // Refused: every field the step shows in error says why, in French.
                    assertThat(fields.stream().filter(f -> f.isVisible() && ((HasValidation) f).isInvalid()))
                            .allSatisfy(f -> assertThat(((HasValidation) f).getErrorMessage()).isNotBlank());
                    assertThat(fields.stream().filter(f -> f.isVisible() && ((HasValidation) f).isInvalid()).count()
                            + _find(DateInput.class).stream().filter(d -> d.isVisible() && d.errorMessage().isPresent()).count())
                            .as("%s : étape refusée sans champ en erreur", replay).isPositive();
                    break;
                }
            }
            boxes.forEach((box, value) -> assertThat(box.getValue()).as("%s : case « %s » gardée telle quelle", replay,
                    box.getId().orElse("")).isEqualTo(value));
            for (DateInput date : _find(DateInput.class)) {
                if (date.isVisible() && date.errorMessage().isPresent()) {
                    assertThat(date.errorMessage().get()).as("%s : message de date", replay).containsPattern("[a-zéèàç]{3,}");
                }
            }
            typed.forEach((field, value) -> assertThat(field.getValue()).as("%s : « %s » gardé tel quel", replay,
                    field.getLabel()).isEqualTo(value));
            for (TextFieldBase<?, String> field : fields) {
                if (field.isVisible() && ((HasValidation) field).isInvalid()) {
                    assertThat(((HasValidation) field).getErrorMessage()).as("%s : message de « %s »", replay, field.getLabel())
                            .isNotBlank().containsPattern("[a-zéèàç]{3,}");
                }
            }
            if (round % 8 == 0) {
                for (String label : DOWNLOADS) {
                    List<Anchor> found = _find(Anchor.class, spec -> spec.withText(label));
                    if (found.isEmpty()) {
                        continue; // the walk stopped before the step of the letter
                    }
                    Anchor download = found.getFirst();
                    if (download.isEnabled()) {
                        assertThat(DownloadKt._download(download)).as("%s : %s", replay, label).isNotEmpty();
                    }
                }
            }
        }
    }
}
