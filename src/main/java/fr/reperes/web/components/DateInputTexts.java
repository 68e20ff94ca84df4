package fr.reperes.web.components;

import fr.reperes.core.FrenchTypography;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The wording of {@link DateInput}, from {@code content/components/saisie-date.yml}: the labels of the three boxes,
 * the hint and the error messages. Checked at start-up: every text is there, and nothing else.
 */
@Component
public class DateInputTexts {

    static final String FILE = "components/saisie-date.yml";
    static final List<String> KEYS = List.of("legende", "jour", "mois", "annee", "aide", "prefixe-erreur",
            "messages.vide", "messages.incomplete", "messages.partie-jour", "messages.partie-mois",
            "messages.partie-annee", "messages.et", "messages.jour", "messages.mois", "messages.annee",
            "messages.date-inexistante", "messages.passe", "messages.passe-ou-aujourdhui", "messages.futur",
            "messages.futur-ou-aujourdhui", "messages.pas-avant", "messages.pas-apres");

    private final Texts texts;

    public DateInputTexts(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        texts.requireExactly(KEYS, problems);
        problems.throwIfAny();
    }

    String text(String key) {
        return FrenchTypography.apply(texts.text(key));
    }

    String text(String key, Map<String, String> values) {
        return FrenchTypography.apply(texts.text(key, fr.reperes.core.Voice.PERSON, values));
    }
}
