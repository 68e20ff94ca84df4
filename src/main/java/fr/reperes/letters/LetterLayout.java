package fr.reperes.letters;

import java.util.List;
import java.util.Map;

/**
 * What all letters share ({@code content/letters/_commun.yml}): the groups of the form, the families of the
 * letters page, and the wording of the fixed parts of a letter and of its instruction page.
 */
public record LetterLayout(List<Group> groups, Map<String, String> families, Map<String, String> wording, String intro) {

    public LetterLayout {
        groups = List.copyOf(groups);
        families = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(families));
        Map<String, String> typeset = new java.util.HashMap<>();
        wording.forEach((key, value) -> typeset.put(key, FrenchTypography.apply(value)));
        wording = Map.copyOf(typeset);
    }

    /** The wording keys every renderer relies on; the catalogue refuses to start without them. */
    public static final List<String> WORDING_KEYS = List.of("objet", "pieces_jointes", "copie", "instructions_titre",
            "instructions_avertissement", "a_qui", "comment_envoyer", "pieces_a_joindre", "delai", "sans_reponse",
            "a_savoir", "textes", "pied", "modele_verifie", "signataire_libelle", "signataire_aide");

    public String word(String key) {
        return wording.getOrDefault(key, key);
    }

    public String groupLabel(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).map(Group::label).findFirst().orElse(groupId);
    }

    public record Group(String id, String label) {
    }
}
