package fr.reperes.letters;

import fr.reperes.core.FrenchTypography;
import fr.reperes.core.content.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What all letters share ({@code content/letters/_commun.yml}): the groups of the form, the families of the
 * letters page, the wording of the fixed parts of a letter and of its instruction page ({@code libelles}), and the
 * texts of the letters pages ({@code interface}), with French typography.
 */
public final class LetterLayout {

    static final String WORDING = "libelles.";
    static final String UI = "interface.";

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
            "copie_ok", "copie_echec", "signataires_titre", "introuvable", "a_corriger", "incorrect", "etape", "etape_suivante",
            "etape_precedente", "propose");

    private final List<Group> groups;
    private final List<Step> steps;
    private final Map<String, String> families;
    private final Texts texts;
    private final Map<String, String> wording = new LinkedHashMap<>();
    private final String intro;

    LetterLayout(List<Group> groups, List<Step> steps, Map<String, String> families, Texts texts, String intro) {
        this.groups = List.copyOf(groups);
        this.steps = List.copyOf(steps);
        this.families = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(families));
        this.texts = texts;
        this.intro = intro;
        texts.keys().stream().filter(key -> key.startsWith(WORDING)).forEach(key ->
                wording.put(key.substring(WORDING.length()), FrenchTypography.apply(texts.text(key))));
    }

    public List<Group> groups() {
        return groups;
    }

    /** The steps of the form on screen, in order; the last one shows the letter and its downloads. */
    public List<Step> steps() {
        return steps;
    }

    /** Family id → its title on the letters page, in the order of the file. */
    public Map<String, String> families() {
        return families;
    }

    public String intro() {
        return intro;
    }

    /** The fixed parts of letters by key, as the HTML page layouts use them ({@code {{libelles.objet}}}). */
    public Map<String, String> wording() {
        return java.util.Collections.unmodifiableMap(wording);
    }

    /** A text of the letters pages ({@code interface:} in {@code _commun.yml}). */
    public String ui(String key) {
        return texts.has(UI + key) ? FrenchTypography.apply(texts.text(UI + key)) : key;
    }

    public String word(String key) {
        return wording.getOrDefault(key, key);
    }

    public String groupLabel(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).map(Group::label).findFirst().orElse(groupId);
    }

    public record Group(String id, String label) {
    }

    /** A step of the form: its title and the groups it shows. */
    public record Step(String id, String label, List<String> groups) {
    }
}
