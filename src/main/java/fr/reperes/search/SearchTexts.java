package fr.reperes.search;

import fr.reperes.core.content.ContentFiles;
import fr.reperes.core.content.ContentValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wording of the search page, from {@code content/search/textes.yml}; checked complete at start-up. */
@Component
public class SearchTexts {

    static final String FILE = "search/textes.yml";

    private final Map<?, ?> texts;

    @Autowired
    public SearchTexts(ContentFiles files) {
        this(files.readOne(FILE).text());
    }

    SearchTexts(String yaml) {
        List<String> problems = new ArrayList<>();
        Map<?, ?> parsed = Map.of();
        try {
            if (new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml) instanceof Map<?, ?> map) {
                parsed = map;
            }
        } catch (YAMLException e) {
            problems.add("content/" + FILE + " : YAML illisible (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        this.texts = parsed;
        for (String key : List.of("intro", "suggestions_titre", "aucun_resultat", "idees_titre", "idee_filtre",
                "mots_trop_courants", "texte_coupe", "resultats_approches")) {
            if (!(texts.get(key) instanceof String text) || text.isBlank()) {
                problems.add("content/" + FILE + " : texte « " + key + " » manquant ou vide");
            }
        }
        for (String key : List.of("suggestions", "idees")) {
            if (!(texts.get(key) instanceof List<?> list) || list.isEmpty()) {
                problems.add("content/" + FILE + " : liste « " + key + " » manquante ou vide");
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }

    public String intro() {
        return text("intro");
    }

    public String suggestionsTitle() {
        return text("suggestions_titre");
    }

    /** Searches that show what the search understands, offered while nothing is typed. */
    public List<String> suggestions() {
        return list("suggestions");
    }

    public String noResult(String query) {
        return text("aucun_resultat").replace("{requete}", query);
    }

    public String ideasTitle() {
        return text("idees_titre");
    }

    public List<String> ideas() {
        return list("idees");
    }

    public String filterIdea() {
        return text("idee_filtre");
    }

    public String onlyCommonWords() {
        return text("mots_trop_courants");
    }

    public String truncated() {
        return text("texte_coupe").replace("{max}", String.valueOf(QueryText.MAX_LENGTH));
    }

    public String approximate() {
        return text("resultats_approches");
    }

    private String text(String key) {
        return ((String) texts.get(key)).strip();
    }

    private List<String> list(String key) {
        return ((List<?>) texts.get(key)).stream().map(String::valueOf).map(String::strip).toList();
    }
}
