package fr.reperes.core.content;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every feature gets its wording: one reader and one lookup ({@link Texts}) for the texts of the assessment,
 * the questionnaire, the search page, the situation sheet and the letters pages. Each feature asks for its files
 * and checks the keys it needs.
 */
@Component
public class Wording {

    private final ContentFiles files;
    private final ContentReader reader;

    public Wording(ContentFiles files, ContentReader reader) {
        this.files = files;
        this.reader = reader;
    }

    /**
     * The texts of the files matching {@code pattern} (e.g. {@code assessment/*.yml}), or of the given top-level
     * {@code sections} of them only. Unreadable or malformed texts are recorded in {@code problems}.
     */
    public Texts texts(String pattern, Problems problems, String... sections) {
        List<SourceFile> sources = files.read(pattern);
        String where = "content/" + (pattern.contains("*") ? pattern.substring(0, pattern.lastIndexOf('/') + 1) : pattern);
        if (sources.isEmpty()) {
            problems.add(where, "fichier manquant");
        }
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            reader.tree(source, problems).ifPresent(tree -> {
                if (!tree.isObject()) {
                    problems.add(source.path(), "le fichier doit être une suite de clés « nom: texte »");
                } else if (sections.length == 0) {
                    trees.put(source.path(), tree);
                } else {
                    ObjectNode only = ((ObjectNode) tree).deepCopy();
                    only.retain(sections);
                    trees.put(source.path(), only);
                }
            });
        }
        return Texts.of(where, trees, problems);
    }
}
