package fr.reperes.letters;

import java.util.List;
import java.util.Map;

/**
 * What all letters share ({@code content/letters/_commun.yml}): the groups of the form, the families of the
 * letters page, and the wording of the fixed parts of a letter and of its instruction page.
 */
public record LetterLayout(List<Group> groups, Map<String, String> families, Map<String, String> wording, String intro,
                           Map<String, String> ui) {

    public LetterLayout {
        groups = List.copyOf(groups);
        families = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(families));
        Map<String, String> typeset = new java.util.HashMap<>();
        wording.forEach((key, value) -> typeset.put(key, FrenchTypography.apply(value)));
        wording = Map.copyOf(typeset);
        Map<String, String> interfaceTexts = new java.util.HashMap<>();
        ui.forEach((key, value) -> interfaceTexts.put(key, FrenchTypography.apply(value)));
        ui = Map.copyOf(interfaceTexts);
    }

    /** The wording keys every renderer relies on; the catalogue refuses to start without them. */
    public static final List<String> WORDING_KEYS = List.of("objet", "pieces_jointes", "copie", "instructions_titre",
            "instructions_avertissement", "a_qui", "comment_envoyer", "pieces_a_joindre", "delai", "sans_reponse",
            "a_savoir", "textes", "pied", "modele_verifie", "signataire_libelle", "signataire_aide");

    /** The interface texts the letters pages need; the catalogue refuses to start without them. */
    public static final List<String> UI_KEYS = List.of("liste_titre", "liste_acces_direct", "liste_en_cours",
            "retour_liste", "formulaire_titre", "formulaire_intro", "prerempli", "erreurs_resume", "apercu_titre",
            "apercu_aide", "corps_libelle", "corps_aide", "corps_reinitialiser", "confirmer_titre", "confirmer_texte",
            "confirmer_oui", "confirmer_non", "reinitialiser_titre", "reinitialiser_texte", "reinitialiser_oui",
            "reinitialiser_non", "telecharger_titre", "pret", "incomplet", "verifier", "pdf", "docx", "txt", "copier",
            "copie_ok", "copie_echec", "signataires_titre", "introuvable");

    /** A text of the letters pages ({@code interface:} in {@code _commun.yml}). */
    public String ui(String key) {
        return ui.getOrDefault(key, key);
    }

    public String word(String key) {
        return wording.getOrDefault(key, key);
    }

    public String groupLabel(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).map(Group::label).findFirst().orElse(groupId);
    }

    public record Group(String id, String label) {
    }
}
