package fr.reperes.web.components;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Typing in the three boxes of a {@link DateInput} in a Karibu test, as a person would, and reading its message. */
public final class DateTyping {

    private DateTyping() {
    }

    public static void type(String id, String day, String month, String year) {
        HasValueUtilsKt._setValue(box(id, "jour"), day);
        HasValueUtilsKt._setValue(box(id, "mois"), month);
        HasValueUtilsKt._setValue(box(id, "annee"), year);
    }

    public static void type(String id, LocalDate date) {
        type(id, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    public static Input box(String id, String part) {
        return _get(Input.class, spec -> spec.withId(id + "-" + part));
    }

    /** The message shown above the boxes, if one is shown. */
    public static Optional<String> error(String id) {
        // Karibu finds visible components only: no paragraph found means no message shown.
        return _find(Paragraph.class, spec -> spec.withId(id + "-erreur")).stream()
                .map(error -> error.getElement().getTextRecursively()).findFirst();
    }
}
