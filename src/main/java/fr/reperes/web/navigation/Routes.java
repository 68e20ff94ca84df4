package fr.reperes.web.navigation;

import fr.reperes.core.Links;

/**
 * Every address of the site, written once. Views declare theirs with these constants ({@code @Route(Routes.RESULT)});
 * other features reach a view through a {@link Destination}, or through {@link Links} for a page or a letter, never
 * by spelling it.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String QUESTIONNAIRE = "questionnaire";
    /** The route parameter naming a question: the fact it sets. */
    public static final String QUESTION_PARAMETER = "question";
    public static final String QUESTION = QUESTIONNAIRE + "/:" + QUESTION_PARAMETER;
    public static final String SUMMARY = QUESTIONNAIRE + "/verifier";
    public static final String RESULT = "resultat";
    public static final String PROCEDURE_DATES = RESULT + "/dates-de-la-procedure";
    public static final String SITUATION_SHEET = "fiche-de-situation";
    public static final String SEARCH = "rechercher";
    public static final String PAGES = Links.PAGES;
    /** The route parameter naming a page: its slug. */
    public static final String PAGE_PARAMETER = "slug";
    public static final String PAGE = PAGES + "/:" + PAGE_PARAMETER;
    public static final String LETTERS = Links.LETTERS;
    /** The route parameter naming a letter: its {@code LetterId}. */
    public static final String LETTER_PARAMETER = "id";
    public static final String LETTER = LETTERS + "/:" + LETTER_PARAMETER;
    public static final String PRIVACY = "confidentialite";
    public static final String ABOUT = "a-propos";
    public static final String ACCESSIBILITY = "accessibilite";

    private Routes() {
    }
}
