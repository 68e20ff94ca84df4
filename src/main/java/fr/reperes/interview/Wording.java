package fr.reperes.interview;

import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentValidationException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentences of the questionnaire, from content/interview/questions.yml. A text may have two forms: "vous"
 * when the person concerned answers, "tiers" when someone answers for them. Checked at start-up: every question
 * and every option must have its wording.
 */
@Component
public class Wording {

    static final String FILE = "interview/questions.yml";

    private final Map<String, Object> questions;
    private final String unknown;

    public Wording(ContentFiles files, Questions catalogue) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(files.readOne(FILE).text());
        this.unknown = String.valueOf(root.get("unknown"));
        this.questions = asMap(root.get("questions"));
        List<String> problems = new ArrayList<>();
        for (Question question : catalogue.all()) {
            Map<String, Object> texts = asMap(questions.get(question.id()));
            for (String field : List.of("title", "help", "where")) {
                if (texts.get(field) == null) {
                    problems.add("content/" + FILE + " : question « " + question.id() + " » : champ « " + field + " » manquant");
                }
            }
            Map<String, Object> options = asMap(texts.get("options"));
            for (String option : question.options()) {
                if (options.get(option) == null) {
                    problems.add("content/" + FILE + " : question « " + question.id() + " » : réponse « " + option + " » sans libellé");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }

    public String unknown() {
        return unknown;
    }

    public String title(String questionId, Respondent respondent) {
        return form(asMap(questions.get(questionId)).get("title"), respondent);
    }

    public String help(String questionId, Respondent respondent) {
        return form(asMap(questions.get(questionId)).get("help"), respondent);
    }

    public String where(String questionId, Respondent respondent) {
        return form(asMap(questions.get(questionId)).get("where"), respondent);
    }

    public String option(String questionId, String option, Respondent respondent) {
        return form(asMap(asMap(questions.get(questionId)).get("options")).get(option), respondent);
    }

    private static String form(Object text, Respondent respondent) {
        if (text instanceof Map<?, ?> forms) {
            boolean self = respondent == null || respondent == Respondent.PERSON;
            return typography(String.valueOf(forms.get(self ? "vous" : "tiers")));
        }
        return typography(String.valueOf(text));
    }

    /** French typography: a non-breaking space before ? ! : ; » and after «, so they never start a line. */
    static String typography(String text) {
        return text.replaceAll(" ([?!:;»])", "\u00a0$1").replace("« ", "«\u00a0");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new java.util.HashMap<>();
            map.forEach((key, item) -> result.put(String.valueOf(key), item));
            return result;
        }
        return Map.of();
    }
}
