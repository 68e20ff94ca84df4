package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.Goal.UNDERSTAND;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.Priority.UTILE;

import fr.reperes.assessment.rules.Findings.RegimeFinding;
import fr.reperes.core.RegimeCode;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Each likely regime has a page that explains it; reading it is a step. */
final class UnderstandingRules {

    /** The page explaining each regime. */
    static final Map<RegimeCode, String> PAGES = new EnumMap<>(Map.ofEntries(
            Map.entry(RegimeCode.SOINS_LIBRES, "soins-libres"),
            Map.entry(RegimeCode.SOINS_MINEUR_PARENTS, "mineurs"),
            Map.entry(RegimeCode.SDT, "soins-a-la-demande-d-un-tiers"),
            Map.entry(RegimeCode.SDT_URGENCE, "soins-a-la-demande-d-un-tiers"),
            Map.entry(RegimeCode.PERIL_IMMINENT, "peril-imminent"),
            Map.entry(RegimeCode.SDRE, "soins-sur-decision-du-prefet"),
            Map.entry(RegimeCode.MESURE_PROVISOIRE_MAIRE, "soins-sur-decision-du-prefet"),
            Map.entry(RegimeCode.SDRE_IRRESPONSABILITE_PENALE, "soins-sur-decision-du-prefet"),
            Map.entry(RegimeCode.SOINS_DETENU, "personnes-detenues"),
            Map.entry(RegimeCode.PLACEMENT_JUGE_DES_ENFANTS, "mineurs"),
            Map.entry(RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER, "droits-en-soins-sans-consentement"),
            Map.entry(RegimeCode.HOSPITALISATION_COMPLETE, "periode-d-observation"),
            Map.entry(RegimeCode.PROGRAMME_DE_SOINS, "programme-de-soins"),
            Map.entry(RegimeCode.ISOLEMENT_CONTENTION, "isolement-et-contention"),
            Map.entry(RegimeCode.INJONCTION_DE_SOINS, "injonction-de-soins"),
            Map.entry(RegimeCode.OBLIGATION_DE_SOINS, "obligation-de-soins"),
            Map.entry(RegimeCode.INJONCTION_THERAPEUTIQUE, "injonction-therapeutique"),
            Map.entry(RegimeCode.SAUVEGARDE_DE_JUSTICE, "mesures-de-protection"),
            Map.entry(RegimeCode.CURATELLE, "mesures-de-protection"),
            Map.entry(RegimeCode.CURATELLE_RENFORCEE, "mesures-de-protection"),
            Map.entry(RegimeCode.TUTELLE, "mesures-de-protection"),
            Map.entry(RegimeCode.HABILITATION_FAMILIALE, "mesures-de-protection"),
            Map.entry(RegimeCode.MANDAT_PROTECTION_FUTURE, "mesures-de-protection")));

    private final Function<String, String> pageTitles;

    UnderstandingRules(Function<String, String> pageTitles) {
        this.pageTitles = pageTitles;
    }

    /** The pages of the likely regimes, and those of a detainee's or a minor's situation. */
    void lireLesFiches(Situation s, Findings f) {
        Set<String> slugs = new LinkedHashSet<>();
        for (RegimeFinding regime : f.regimes()) {
            if (f.holds(regime.code(), PROBABLE)) {
                slugs.add(PAGES.get(regime.code()));
            }
        }
        if (s.detained()) {
            slugs.add("personnes-detenues");
        }
        if (s.minor()) {
            slugs.add("mineurs");
        }
        for (String slug : slugs) {
            f.readPage(slug, pageTitles.apply(slug), s.wants(UNDERSTAND) ? IMPORTANT : UTILE);
        }
    }

    /** Hurried admissions (urgence, péril imminent) follow a crisis: the crisis numbers come first. */
    static void numerosDeCrise(Situation s, Findings f) {
        if (f.likelyAny(RegimeCode.SDT_URGENCE, RegimeCode.PERIL_IMMINENT)) {
            f.warn(WarningId.NUMEROS_DE_CRISE);
        }
    }
}
