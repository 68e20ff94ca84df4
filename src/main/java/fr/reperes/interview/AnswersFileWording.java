package fr.reperes.interview;

import fr.reperes.core.content.Wording;
import fr.reperes.core.content.WordingBundle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of the answers file, from {@code content/interview/fichier-reponses.yml}: the panel that saves and
 * loads it, and why a file is refused. Checked at start-up: every text is there, nothing else, and only the
 * placeholders the code fills in.
 */
@Component
public class AnswersFileWording extends WordingBundle {

    static final String FILE = "interview/fichier-reponses.yml";
    static final List<String> KEYS = keys();
    private static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "fichier-rejete", List.of("taille"),
            "chargement.trop-gros", List.of("taille"),
            "refus.ordre-des-dates", List.of("probleme"));

    public AnswersFileWording(Wording wording) {
        super(wording, FILE, "du fichier de réponses", KEYS, PLACEHOLDERS);
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("titre", "avertissement", "telecharger", "charger-intro",
                "charger-nom-accessible", "charge", "fichier-rejete"));
        for (String name : List.of("deposer-un", "deposer-plusieurs", "choisir-un", "choisir-plusieurs",
                "trop-de-fichiers", "trop-gros", "mauvais-type", "connexion", "bloque", "lecture", "en-attente",
                "reste", "duree-inconnue", "serveur-indisponible", "erreur-serveur", "refuse", "reessayer", "envoyer",
                "retirer")) {
            keys.add("chargement." + name);
        }
        for (String name : List.of("vide", "trop-gros", "illisible", "autre-format", "autre-version", "modifie",
                "question-inconnue", "pas-une-date", "date-invraisemblable", "ordre-des-dates", "non-reconnu")) {
            keys.add("refus." + name);
        }
        return List.copyOf(keys);
    }
}
