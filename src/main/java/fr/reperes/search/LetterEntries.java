package fr.reperes.search;

import fr.reperes.core.LetterId;
import fr.reperes.core.Links;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.SourceFile;
import jakarta.validation.constraints.NotBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letters as the search shows them, from {@code content/search/letters.yml} ({@code id: {title,
 * description}}). Every {@link LetterId} must have an entry and no other id may appear, so that a result never
 * leads to a letter that does not exist.
 */
final class LetterEntries {

    static final String FILE = "search/letters.yml";

    /** One letter's entry. */
    record Entry(@NotBlank(message = "manquant ou vide") String title,
                 @NotBlank(message = "manquant ou vide") String description) {
    }

    private LetterEntries() {
    }

    static List<SearchDocument> of(SourceFile file, ContentReader reader) {
        Problems problems = new Problems();
        Map<String, Entry> entries = reader.readEntries(file, Entry.class, problems);
        List<SearchDocument> letters = new ArrayList<>();
        for (LetterId letter : LetterId.values()) {
            Entry entry = entries.get(letter.id());
            if (entry == null) {
                problems.add(file.path(), "lettre « " + letter.id() + " » absente (attendu : titre et description)");
            } else {
                letters.add(new SearchDocument(letter.id(), ResultType.LETTRE, "/" + Links.letter(letter),
                        entry.title() == null ? "" : entry.title().strip(),
                        entry.description() == null ? "" : entry.description().strip(),
                        List.of(), List.of(), "", Set.of()));
            }
        }
        entries.keySet().stream().filter(id -> LetterId.byId(id).isEmpty()).forEach(id -> problems.add(file.path(),
                "lettre inconnue « " + id + " » (les identifiants admis sont ceux des fichiers de content/letters/)"));
        problems.throwIfAny();
        return letters;
    }
}
