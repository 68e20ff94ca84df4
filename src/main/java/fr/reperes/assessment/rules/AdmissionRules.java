package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.CERTAIN;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.CareBasis.CHILDREN_JUDGE;
import static fr.reperes.core.Facts.CareBasis.CONSENT;
import static fr.reperes.core.Facts.CareBasis.CRIMINAL_IRRESPONSIBILITY;
import static fr.reperes.core.Facts.CareBasis.DETAINEE;
import static fr.reperes.core.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.core.Facts.CareBasis.MAYOR_PROVISIONAL;
import static fr.reperes.core.Facts.CareBasis.PARENTS;
import static fr.reperes.core.Facts.CareBasis.PREFECT;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.core.Facts.DocumentHeld.PREFECT_ORDER;
import static fr.reperes.core.RegimeCode.MESURE_PROVISOIRE_MAIRE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.PLACEMENT_JUGE_DES_ENFANTS;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SDRE_IRRESPONSABILITE_PENALE;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

import fr.reperes.core.Facts.Respondent;

import fr.reperes.core.time.HourDeadline;
import fr.reperes.core.time.LegalDelays;

import java.time.LocalDate;

/** The basis of care as the person (or whoever answers) stated it: a stated basis is {@code CERTAIN}. */
final class AdmissionRules {

    private final LegalDelays delays;

    AdmissionRules(LegalDelays delays) {
        this.delays = delays;
    }

    /** CSP L.3211-2: soins libres rest on consent; CSP L.3214-1: so does the care of a detainee who consents, even in a UHSA. */
    static void soinsLibres(Situation s, Findings f) {
        if (!s.basisIs(CONSENT) || s.minor()) {
            return;
        }
        if (s.detained()) {
            f.regime(SOINS_LIBRES, CERTAIN, Because.CONSENTEMENT_DETENU, "CSP L.3211-2", "CSP L.3214-1");
        } else {
            f.regime(SOINS_LIBRES, CERTAIN, Because.CONSENTEMENT_DECLARE, "CSP L.3211-2");
        }
    }

    /**
     * CSP L.3211-10: the admission of a minor is asked for by those holding parental authority, and is legally
     * soins libres (Cass. avis 18 May 2022). A minor who "consents" is still admitted at the parents' request.
     */
    static void mineurALaDemandeDeSesParents(Situation s, Findings f) {
        if (s.basisIs(PARENTS)) {
            f.regime(SOINS_MINEUR_PARENTS, CERTAIN, Because.MINEUR_DEMANDE_PARENTS, "CSP L.3211-10",
                    Sources.CASS_AVIS_MINEURS);
        } else if (s.basisIs(CONSENT) && s.minor()) {
            f.regime(SOINS_MINEUR_PARENTS, PROBABLE, Because.MINEUR_CONSENTEMENT, "CSP L.3211-10", "CSP L.1111-4");
        }
    }

    /**
     * CSP L.3212-1 I and II 1°: admission by the director at the request of a third party. Not for a minor: such a
     * decision is irregular (CSP L.3211-10), which {@code MinorRules} reports.
     */
    static void demandeDUnTiers(Situation s, Findings f) {
        if (s.basisIs(THIRD_PARTY) && !s.minor()) {
            f.regime(SDT, CERTAIN, Because.TIERS_DECLARE, "CSP L.3212-1");
        }
    }

    /** CSP L.3212-3: the urgent procedure, on a single certificate. Not for a minor (CSP L.3211-10). */
    static void demandeDUnTiersEnUrgence(Situation s, Findings f) {
        if (s.basisIs(THIRD_PARTY_URGENT) && !s.minor()) {
            f.regime(SDT_URGENCE, CERTAIN, Because.TIERS_URGENCE_DECLARE, "CSP L.3212-3");
        }
    }

    /** CSP L.3212-1 II 2°: péril imminent, no third party; the CDSP examines every case (CSP L.3223-1). */
    static void perilImminent(Situation s, Findings f) {
        if (s.basisIs(IMMINENT_PERIL) && !s.minor()) {
            f.regime(PERIL_IMMINENT, CERTAIN, Because.PERIL_DECLARE, "CSP L.3212-1", "CSP L.3223-1");
        }
    }

    /** CSP L.3213-1: the préfet's arrêté; renewed by arrêté after 1 month, 3 months, then every 6 months (CSP L.3213-4). */
    static void decisionDuPrefet(Situation s, Findings f) {
        if (s.basisIs(PREFECT) && !s.detained()) {
            f.regime(SDRE, CERTAIN, Because.PREFET_DECLARE, "CSP L.3213-1", "CSP L.3213-4");
        }
    }

    /** CSP L.3214-3: a detainee is cared for without consent only on the préfet's arrêté, in full hospitalisation. */
    static void personneDetenue(Situation s, Findings f) {
        if (s.basisIs(DETAINEE)) {
            f.regime(SOINS_DETENU, CERTAIN, Because.DETENU_DECLARE, "CSP L.3214-1", "CSP L.3214-3");
        } else if (s.basisIs(PREFECT) && s.detained()) {
            f.regime(SOINS_DETENU, CERTAIN, Because.DETENU_ARRETE_PREFET, "CSP L.3214-1", "CSP L.3214-3");
        }
    }

    /**
     * CSP L.3213-2: the mayor's provisional measure lapses after 48 hours without a decision of the préfet. The
     * 48 hours are stated whether or not the date is known, and the question whether the préfet has made an arrêté is
     * asked unless one is held. Once they have passed, either an arrêté of the préfet exists (SDRE) or the measure
     * has lapsed.
     */
    void mesureProvisoireDuMaire(Situation s, Findings f) {
        if (!s.basisIs(MAYOR_PROVISIONAL)) {
            return;
        }
        f.regime(MESURE_PROVISOIRE_MAIRE, CERTAIN, Because.MAIRE_DECLARE, "CSP L.3213-2");
        if (!s.holds(PREFECT_ORDER)) {
            f.clarify(ClarifyId.MAIRE_ARRETE_PREFET);
        }
        LocalDate admission = s.facts().admissionDate();
        if (admission != null) {
            // L.3213-2 counts hours, to the minute, never extended to a working day. Only the day of the measure is
            // known: the 48 hours end at the earliest on the day shown (at the hour of the measure), at the latest
            // on the legal last day (a measure taken at 23:59, or a night with 25 hours in between).
            HourDeadline lapse = delays.hoursFromDay(admission, 48);
            LocalDate latest = lapse.latestEnd().toLocalDate();
            f.deadline(DeadlineId.MAIRE_48_HEURES, lapse.earliestEnd().toLocalDate(), latest);
            if (s.passed(latest) && !s.holds(PREFECT_ORDER)) {
                f.regime(SDRE, A_CONFIRMER, Because.MAIRE_48H_ECOULEES, "CSP L.3213-2", "CSP L.3213-1");
                f.warn(WarningId.MAIRE_48H);
            }
        }
    }

    /**
     * CPP 706-135 and CSP L.3213-7: after a finding of criminal irresponsibility, hospitalisation under the SDRE
     * regime; lifting it needs a collège and two expert reports for the most serious offences (CSP L.3211-12 II,
     * L.3213-8).
     */
    static void irresponsabilitePenale(Situation s, Findings f) {
        if (s.basisIs(CRIMINAL_IRRESPONSIBILITY)) {
            f.regime(SDRE_IRRESPONSABILITE_PENALE, CERTAIN, Because.IRRESPONSABILITE_DECLAREE, "CPP 706-135",
                    "CSP L.3213-7", "CSP L.3213-8", "CSP L.3211-12");
            f.warn(WarningId.IRRESPONSABILITE_LEVEE);
            if (s.respondentIs(Respondent.LAWYER)) {
                f.clarify(ClarifyId.INFRACTION_IRRESPONSABILITE);
            }
        }
    }

    /** CC 375-9: the juge des enfants may place a minor in a psychiatric establishment. */
    static void placementParLeJugeDesEnfants(Situation s, Findings f) {
        if (s.basisIs(CHILDREN_JUDGE)) {
            f.regime(PLACEMENT_JUGE_DES_ENFANTS, CERTAIN, Because.JUGE_ENFANTS_DECLARE, "CC 375-9", "CC 375-6");
        }
    }
}
