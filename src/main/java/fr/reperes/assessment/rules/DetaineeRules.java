package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.CareBasis.DETAINEE;
import static fr.reperes.core.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.core.Facts.CareBasis.MAYOR_PROVISIONAL;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.core.Facts.DocumentHeld.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.MESURE_PROVISOIRE_MAIRE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;
import static fr.reperes.core.RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER;

import fr.reperes.core.RegimeCode;

/** Detainees (CSP L.3214-1 to L.3214-5): care with consent in principle; otherwise only by the préfet, in hospital. */
final class DetaineeRules {

    private DetaineeRules() {
    }

    /**
     * CSP L.3214-3: a detainee can be cared for without consent only on an arrêté of the préfet. A third party's
     * request, péril imminent or a mayor's measure cannot apply to them.
     */
    static void baseIncompatibleAvecLaDetention(Situation s, Findings f) {
        if (s.detained() && s.basisIs(THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL, MAYOR_PROVISIONAL)) {
            f.warn(WarningId.DETENU_BASE_INCOMPATIBLE);
            f.doubt(SDT, SDT_URGENCE, PERIL_IMMINENT, MESURE_PROVISOIRE_MAIRE);
            f.regime(SOINS_DETENU, A_CONFIRMER, Because.DETENU_SEUL_PREFET, "CSP L.3214-3");
            f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.SANS_CONSENTEMENT_DANS_LES_DEUX_CAS,
                    "CSP L.3214-3");
            f.clarify(ClarifyId.DETENU_ARRETE);
        }
    }

    /** CSP L.3214-3 concerns detainees: the basis "détenu" with "not in prison" must be checked. */
    static void detentionNonConfirmee(Situation s, Findings f) {
        if (s.basisIs(DETAINEE) && Boolean.FALSE.equals(s.facts().detained())) {
            f.warn(WarningId.DETENU_NON_DECLARE);
            f.doubt(SOINS_DETENU);
            f.clarify(ClarifyId.DETENU_ARRETE);
        }
    }

    /**
     * CSP L.3214-1 and L.3214-3: compulsory care of a detainee is full hospitalisation only (in a UHSA or an
     * adapted unit); there is no programme de soins for them.
     */
    static void hospitalisationCompleteSeulement(Situation s, Findings f) {
        if (f.has(SOINS_DETENU) && (s.outpatient() || s.programmeStated() || s.holds(PROGRAMME_DE_SOINS))) {
            f.warn(WarningId.DETENU_PAS_DE_PROGRAMME);
            f.doubt(RegimeCode.PROGRAMME_DE_SOINS);
        }
    }
}
