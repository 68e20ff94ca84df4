package fr.reperes.assessment.rules;

import java.util.ArrayList;
import java.util.List;

/** Every text the rules can ask for: the content must provide each of them, or the application does not start. */
public final class TextKeys {

    private TextKeys() {
    }

    public static List<TextKey> all() {
        List<TextKey> keys = new ArrayList<>();
        keys.addAll(List.of(Because.values()));
        keys.addAll(List.of(WarningId.values()));
        keys.addAll(List.of(ClarifyId.values()));
        keys.addAll(List.of(NotOfferedReason.values()));
        keys.addAll(List.of(DocumentName.values()));
        keys.addAll(List.of(SignatoryReason.values()));
        for (StepId step : StepId.values()) {
            keys.add(step.title());
            keys.add(step.body());
        }
        for (DeadlineId deadline : DeadlineId.values()) {
            keys.add(deadline.label());
            keys.add(deadline.whatNow());
            keys.add(deadline.whatNowPassed());
        }
        return keys;
    }
}
