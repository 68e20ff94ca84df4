package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.DocumentHeld.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.HOSPITALISATION_COMPLETE;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;

import fr.reperes.core.Certainty;
import fr.reperes.core.RegimeCode;

import java.util.Optional;

/**
 * The form of compulsory care (CSP L.3211-2-1): full hospitalisation or a programme de soins. A form is no surer
 * than the compulsory care it belongs to, except a programme de soins the person says they were given: that
 * exists only in compulsory care, whatever its basis.
 */
final class FormRules {

    private FormRules() {
    }

    /** CSP L.3211-2-1 I 1° and L.3211-2-2: full hospitalisation, starting with the observation period. */
    static void hospitalisationComplete(Situation s, Findings f) {
        Optional<Certainty> basis = f.strongest(Findings.COMPULSORY_BASES);
        if (basis.isEmpty()) {
            return;
        }
        if (s.hospitalised()) {
            f.regime(HOSPITALISATION_COMPLETE, basis.get(), Because.HOSPITALISATION_DECLAREE, "CSP L.3211-2-1",
                    "CSP L.3211-2-2", "CSP L.3211-12-1");
        } else if (s.facts().careSetting() == null && f.has(SOINS_DETENU)) {
            f.regime(HOSPITALISATION_COMPLETE, Findings.weaker(f.certainty(SOINS_DETENU).orElseThrow(), PROBABLE),
                    Because.DETENU_HOSPITALISATION_SEULE, "CSP L.3214-3", "CSP L.3211-12-1");
        } else if (s.facts().careSetting() == null && s.restraintReported()) {
            // Isolement and contention happen only in hospital (CSP L.3222-5-1).
            f.regime(HOSPITALISATION_COMPLETE, Findings.weaker(basis.get(), PROBABLE), Because.ISOLEMENT_INDICE,
                    "CSP L.3222-5-1", "CSP L.3211-12-1");
        }
    }

    /** CSP L.3211-2-1 and R.3211-1: compulsory care outside full hospitalisation is a written programme de soins. */
    static void programmeDeSoins(Situation s, Findings f) {
        if (s.programmeStated()) {
            f.regime(RegimeCode.PROGRAMME_DE_SOINS, CERTAIN, Because.PROGRAMME_DECLARE, "CSP L.3211-2-1",
                    "CSP R.3211-1");
            return;
        }
        if (s.programmeDenied()) {
            return;
        }
        if (s.holds(PROGRAMME_DE_SOINS)) {
            f.regime(RegimeCode.PROGRAMME_DE_SOINS, PROBABLE, Because.DOC_PROGRAMME, "CSP L.3211-2-1", "CSP R.3211-1");
            return;
        }
        Optional<Certainty> basis = f.strongest(Findings.COMPULSORY_BASES);
        if (basis.isPresent() && s.outpatient() && !f.has(SOINS_DETENU)) {
            f.regime(RegimeCode.PROGRAMME_DE_SOINS, Findings.weaker(basis.get(), PROBABLE),
                    Because.AMBULATOIRE_SOUS_CONTRAINTE, "CSP L.3211-2-1", "CSP R.3211-1");
        }
    }

    /** CSP L.3211-2-1: compulsory care takes one of two forms; which one changes the judge's role. */
    static void formeInconnue(Situation s, Findings f) {
        if (f.anyFound(Findings.COMPULSORY_BASES) && s.facts().careSetting() == null
                && s.facts().programmeDeSoins() == null && !f.has(SOINS_DETENU) && !s.restraintReported()) {
            f.clarify(ClarifyId.FORME_DES_SOINS);
        }
    }
}
