package fr.reperes.interview;

import fr.reperes.core.Facts.Respondent;
import fr.reperes.core.FrenchTypography;
import fr.reperes.core.Voice;
import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentences of the questionnaire, from {@code content/interview/questions.yml}, in the form that fits who
 * answers ("vous" or "tiers"). Checked at start-up: every question and every option has its wording, and nothing
 * else is there.
 */
@Component
public class QuestionWording extends WordingBundle {

    static final String FILE = "interview/questions.yml";
    private static final List<String> PARTS = List.of("title", "help", "where");
    /** The words of a question's page ({@code ecran.*}) and its error messages ({@code erreurs.*}). */
    static final List<String> SCREEN = List.of("ecran.suivant", "ecran.revenir-au-resume", "ecran.precedent",
            "ecran.ou-trouver", "ecran.progression", "erreurs.titre", "erreurs.choisir", "erreurs.choisir-ou-jnsp",
            "erreurs.cocher", "erreurs.jnsp-seul");

    public QuestionWording(Wording wording, Questions catalogue) {
        super(wording, FILE, "du questionnaire", keys(catalogue),
                Map.of("ecran.progression", List.of("partie", "parties", "nom")));
    }

    private static List<String> keys(Questions catalogue) {
        List<String> keys = new ArrayList<>(List.of("unknown", "date.oui", "date.pas-encore", "date.erreur-choix"));
        keys.addAll(SCREEN);
        for (int part = 1; part <= Questions.PARTS; part++) {
            keys.add("parties." + part);
        }
        for (Question question : catalogue.all()) {
            PARTS.forEach(part -> keys.add(key(question.id(), part)));
            question.options().forEach(option -> keys.add(key(question.id(), "options." + option)));
        }
        return keys;
    }

    public String unknown() {
        return text("unknown");
    }

    /** "Oui" or "Non, pas encore", asked before a date. */
    public String dateAnswer(String key) {
        return text("date." + key);
    }

    /** A word of the page or an error message, by its key ({@code erreurs.titre}); placeholders filled in. */
    public String screen(String key, Map<String, String> values) {
        if (!SCREEN.contains(key)) {
            throw new IllegalArgumentException("Texte du questionnaire inconnu : " + key);
        }
        return text(key, values);
    }

    public String part(int part, Respondent respondent) {
        return text("parties." + part, respondent);
    }

    public String title(String questionId, Respondent respondent) {
        return text(key(questionId, "title"), respondent);
    }

    public String help(String questionId, Respondent respondent) {
        return text(key(questionId, "help"), respondent);
    }

    public String where(String questionId, Respondent respondent) {
        return text(key(questionId, "where"), respondent);
    }

    public String option(String questionId, String option, Respondent respondent) {
        return text(key(questionId, "options." + option), respondent);
    }

    private String text(String key, Respondent respondent) {
        return FrenchTypography.apply(text(key, Voice.of(respondent), Map.of()));
    }

    private static String key(String questionId, String part) {
        return "questions." + questionId + "." + part;
    }
}
