package fr.reperes.search;

import fr.reperes.core.Voice;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The wording of the search page, from {@code content/search/textes.yml}; checked complete at start-up. */
@Component
public class SearchTexts {

    static final String FILE = "search/textes.yml";
    private static final List<String> TEXTS = List.of("intro", "suggestions_titre", "aucun_resultat", "idees_titre",
            "idee_filtre", "mots_trop_courants", "texte_coupe", "resultats_approches");
    private static final List<String> LISTS = List.of("suggestions", "idees");

    private final Texts texts;

    public SearchTexts(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        texts.requireExactly(TEXTS, problems);
        texts.requireLists(LISTS, problems);
        problems.throwIfAny();
    }

    public String intro() {
        return texts.text("intro");
    }

    public String suggestionsTitle() {
        return texts.text("suggestions_titre");
    }

    /** Searches that show what the search understands, offered while nothing is typed. */
    public List<String> suggestions() {
        return texts.list("suggestions");
    }

    public String noResult(String query) {
        return texts.text("aucun_resultat", Voice.PERSON, Map.of("requete", query));
    }

    public String ideasTitle() {
        return texts.text("idees_titre");
    }

    public List<String> ideas() {
        return texts.list("idees");
    }

    public String filterIdea() {
        return texts.text("idee_filtre");
    }

    public String onlyCommonWords() {
        return texts.text("mots_trop_courants");
    }

    public String truncated() {
        return texts.text("texte_coupe", Voice.PERSON, Map.of("max", String.valueOf(QueryText.MAX_LENGTH)));
    }

    public String approximate() {
        return texts.text("resultats_approches");
    }
}
