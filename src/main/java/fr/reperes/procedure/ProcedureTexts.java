package fr.reperes.procedure;

import fr.reperes.core.FrenchTypography;
import fr.reperes.core.Voice;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.Texts;
import fr.reperes.core.content.Wording;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wording of the procedure check, from {@code content/procedure/controle.yml}: for each point its label, one
 * text per thing the rule can find, and the consequence with its basis; then the notes added after some findings.
 * Checked at start-up: every text is there, and nothing else.
 */
@Component
public class ProcedureTexts {

    static final String FILE = "procedure/controle.yml";

    private static final List<String> CERTIFICATE = List.of("sans-objet", "admission-manquante", "manquant", "a-temps",
            "en-retard", "heure-a-preciser");
    private static final List<String> JUDGE = List.of("sans-objet", "hors-hospitalisation-complete",
            "admission-manquante", "manquant", "a-temps", "en-retard", "lecture-du-delai");
    private static final List<String> MAINTIEN = List.of("sans-objet", "regime-inconnu", "admission-manquante",
            "aucune-decision", "prochaine-decision", "en-retard", "lecture-du-delai", "trop-tot",
            "pas-encore-d-echeance", "a-jour", "echeance-aujourdhui", "manquante-lecture-du-delai",
            "decision-manquante");
    private static final List<String> SEIZURE = List.of("sans-objet", "dates-manquantes", "terminee-avant",
            "saisine-manquante", "fin-et-saisine-manquantes", "a-temps", "en-retard", "heure-a-preciser");
    private static final List<String> LENGTH = List.of("sans-objet", "dates-manquantes", "fin-manquante",
            "dans-la-limite", "heure-a-preciser", "au-dela-juge-informe", "au-dela-sans-information");

    /** What each rule can find, by point checked. */
    static final Map<CheckId, List<String>> REASONS = Map.ofEntries(
            Map.entry(CheckId.CERTIFICAT_24H, CERTIFICATE),
            Map.entry(CheckId.CERTIFICAT_72H, CERTIFICATE),
            Map.entry(CheckId.SAISINE_DU_JUGE, JUDGE),
            Map.entry(CheckId.DECISION_DU_JUGE_12_JOURS, JUDGE),
            Map.entry(CheckId.CONTROLE_6_MOIS, List.of("sans-objet", "hors-hospitalisation-complete",
                    "aucune-decision", "prochain-controle", "a-temps", "en-retard", "lecture-du-delai", "manquant",
                    "a-jour", "echeance-aujourdhui", "controle-lecture-du-delai", "controle-manquant")),
            Map.entry(CheckId.MAINTIEN_SDT_MENSUEL, MAINTIEN),
            Map.entry(CheckId.ARRETES_MAINTIEN_SDRE, MAINTIEN),
            Map.entry(CheckId.ISOLEMENT_SAISINE_JUGE, SEIZURE),
            Map.entry(CheckId.CONTENTION_SAISINE_JUGE, SEIZURE),
            Map.entry(CheckId.ISOLEMENT_DUREE, LENGTH),
            Map.entry(CheckId.CONTENTION_DUREE, LENGTH));

    static final List<String> NOTES = List.of("auteur-du-certificat", "deux-psychiatres", "detenu",
            "controles-precedents-a-temps", "mesures-successives", "decision-sur-l-hospitalisation");

    static final List<String> SECTION = List.of("section.titre", "section.intro", "statut.RESPECTE",
            "statut.NON_RESPECTE", "statut.A_VERIFIER", "statut.SANS_OBJET", "section.echeance", "section.textes",
            "section.chronologie", "section.manquant", "section.manquant-depasse");

    static final List<String> ENTRY = List.of("titre", "intro", "heure", "pas-de-date", "enregistrer", "lien",
            "heure-invalide", "resume-erreurs", "ajouter", "retirer");

    private final Texts texts;

    public ProcedureTexts(Wording wording) {
        Problems problems = new Problems();
        this.texts = wording.texts(FILE, problems);
        List<String> keys = new ArrayList<>(SECTION);
        for (CheckId check : CheckId.values()) {
            keys.add(check.id() + ".libelle");
            keys.add(check.id() + ".consequence");
            REASONS.get(check).forEach(reason -> keys.add(check.id() + "." + reason));
        }
        NOTES.forEach(note -> keys.add("notes." + note));
        for (fr.reperes.core.ProcedureEvent.Type type : fr.reperes.core.ProcedureEvent.Type.values()) {
            keys.add("evenements." + type.name());
        }
        ENTRY.forEach(key -> keys.add("saisie." + key));
        texts.requireExactly(keys, problems);
        problems.throwIfAny();
    }

    /** A text of the section (title, statuses), e.g. {@code statut.A_VERIFIER}. */
    public String text(String key) {
        return FrenchTypography.apply(texts.text(key));
    }

    ProcedureItem item(Verdict verdict) {
        String id = verdict.check().id();
        StringBuilder detail = new StringBuilder(texts.text(id + "." + verdict.reason(), Voice.PERSON,
                verdict.values()));
        verdict.notes().forEach(note -> detail.append(' ').append(texts.text("notes." + note)));
        if (verdict.status() != ProcedureStatus.SANS_OBJET) {
            detail.append(' ').append(texts.text(id + ".consequence"));
        }
        return new ProcedureItem(id, verdict.status(), FrenchTypography.apply(texts.text(id + ".libelle")),
                FrenchTypography.apply(detail.toString()), verdict.check().legalBasis(), verdict.dueBy());
    }
}
