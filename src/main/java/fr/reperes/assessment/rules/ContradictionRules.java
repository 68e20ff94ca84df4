package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Certainty.PROBABLE;
import static fr.reperes.core.Facts.CareBasis.CONSENT;
import static fr.reperes.core.Facts.CareBasis.CRIMINAL_IRRESPONSIBILITY;
import static fr.reperes.core.Facts.CareBasis.DETAINEE;
import static fr.reperes.core.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.core.Facts.CareBasis.MAYOR_PROVISIONAL;
import static fr.reperes.core.Facts.CareBasis.PARENTS;
import static fr.reperes.core.Facts.CareBasis.PREFECT;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.core.Facts.DocumentHeld.DIRECTOR_DECISION;
import static fr.reperes.core.Facts.DocumentHeld.JUDGE_DECISION_CARE;
import static fr.reperes.core.Facts.DocumentHeld.MAYOR_ORDER;
import static fr.reperes.core.Facts.DocumentHeld.PREFECT_ORDER;
import static fr.reperes.core.Facts.DocumentHeld.PROGRAMME_DE_SOINS;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Priority.IMPORTANT;
import static fr.reperes.core.RegimeCode.MESURE_PROVISOIRE_MAIRE;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.SDRE;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SOINS_DETENU;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;
import static fr.reperes.core.RegimeCode.SOINS_SANS_CONSENTEMENT_A_PRECISER;

import fr.reperes.core.Facts.CareBasis;
import fr.reperes.core.Facts.DocumentHeld;
import fr.reperes.core.RegimeCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers that cannot all be true. Each is reported with what to check; the regimes involved drop to
 * {@code A_CONFIRMER} rather than one answer silently winning over the other.
 */
final class ContradictionRules {

    /** The regime each stated compulsory basis leads to. */
    private static final Map<CareBasis, Set<RegimeCode>> STATED = Map.of(
            THIRD_PARTY, EnumSet.of(SDT), THIRD_PARTY_URGENT, EnumSet.of(RegimeCode.SDT_URGENCE),
            IMMINENT_PERIL, EnumSet.of(PERIL_IMMINENT), PREFECT, EnumSet.of(SDRE, SOINS_DETENU),
            MAYOR_PROVISIONAL, EnumSet.of(MESURE_PROVISOIRE_MAIRE),
            CRIMINAL_IRRESPONSIBILITY, EnumSet.of(RegimeCode.SDRE_IRRESPONSABILITE_PENALE),
            DETAINEE, EnumSet.of(SOINS_DETENU));

    private ContradictionRules() {
    }

    /**
     * CSP L.3211-2: soins libres rest on no decision. An arrêté (CSP L.3213-1, L.3213-2), a director's decision
     * (CSP L.3212-1), a judge's decision on the care (CSP L.3211-12-1) or a programme de soins (CSP L.3211-2-1)
     * exist only in compulsory care: holding one while answering "soins libres" must be checked (the measure may
     * have been lifted since, or the person may not know it is still running).
     */
    static void consentementContrePapiersDeSoinsSansConsentement(Situation s, Findings f) {
        if (!s.basisIs(CONSENT, PARENTS)) {
            return;
        }
        List<DocumentHeld> papers = new ArrayList<>();
        for (DocumentHeld paper : List.of(PREFECT_ORDER, MAYOR_ORDER, DIRECTOR_DECISION, JUDGE_DECISION_CARE,
                PROGRAMME_DE_SOINS)) {
            // A minor admitted at the parents' request may hold an admission paper from the director: MinorRules.
            boolean minorsAdmission = paper == DIRECTOR_DECISION && (s.minor() || s.basisIs(PARENTS));
            if (s.holds(paper) && !minorsAdmission) {
                papers.add(paper);
            }
        }
        if (s.programmeStated() && !papers.contains(PROGRAMME_DE_SOINS)) {
            papers.add(PROGRAMME_DE_SOINS);
        }
        if (papers.isEmpty()) {
            return;
        }
        f.warn(WarningId.CONTRADICTION_CONSENTEMENT_PAPIERS, Map.of("papiers", DocumentName.all(papers)));
        f.doubt(SOINS_LIBRES, SOINS_MINEUR_PARENTS);
        for (DocumentHeld paper : papers) {
            switch (paper) {
                case PREFECT_ORDER -> f.regime(s.detained() ? SOINS_DETENU : SDRE, A_CONFIRMER,
                        Because.DOC_ARRETE_PREFET, s.detained() ? "CSP L.3214-3" : "CSP L.3213-1");
                case MAYOR_ORDER -> f.regime(MESURE_PROVISOIRE_MAIRE, A_CONFIRMER, Because.DOC_ARRETE_MAIRE,
                        "CSP L.3213-2");
                case DIRECTOR_DECISION -> f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER,
                        Because.DOC_DECISION_DIRECTEUR, "CSP L.3212-1");
                case JUDGE_DECISION_CARE -> f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER,
                        Because.DOC_DECISION_JUGE, "CSP L.3211-12-1");
                default -> f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, A_CONFIRMER,
                        s.programmeStated() ? Because.PROGRAMME_DECLARE : Because.DOC_PROGRAMME, "CSP L.3211-2-1");
            }
        }
        f.doubt(RegimeCode.PROGRAMME_DE_SOINS);
        f.clarify(ClarifyId.QUESTION_STATUT);
        f.clarify(ClarifyId.DERNIERE_DECISION);
        f.clarify(ClarifyId.DEMANDER_COPIES);
        f.step(StepId.VERIFIER_SITUATION, IMPORTANT);
    }

    /**
     * CSP L.3212-1 (the director decides an SDT or a péril imminent) against CSP L.3213-1 (the préfet decides an
     * SDRE): a paper from another authority than the one stated. A move from one to the other exists (CSP
     * L.3213-6), so the most recent decision settles it; either way the care is without consent.
     */
    static void baseContrePapiers(Situation s, Findings f) {
        List<DocumentHeld> papers = new ArrayList<>();
        if (s.basisIs(THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL) && s.holds(PREFECT_ORDER)) {
            papers.add(PREFECT_ORDER);
            f.regime(s.detained() ? SOINS_DETENU : SDRE, A_CONFIRMER, Because.DOC_ARRETE_PREFET, "CSP L.3213-1",
                    "CSP L.3213-6");
        }
        if (s.basisIs(PREFECT, CRIMINAL_IRRESPONSIBILITY, DETAINEE, MAYOR_PROVISIONAL) && s.holds(DIRECTOR_DECISION)
                && !s.holds(PREFECT_ORDER)) {
            papers.add(DIRECTOR_DECISION);
            f.regime(SDT, A_CONFIRMER, Because.DOC_DECISION_DIRECTEUR_TIERS_OU_PERIL, "CSP L.3212-1");
        }
        if (papers.isEmpty()) {
            return;
        }
        f.warn(WarningId.CONTRADICTION_BASE_PAPIERS, Map.of("papiers", DocumentName.all(papers)));
        f.doubt(STATED.get(s.basis()).toArray(RegimeCode[]::new));
        f.regime(SOINS_SANS_CONSENTEMENT_A_PRECISER, PROBABLE, Because.SANS_CONSENTEMENT_DANS_LES_DEUX_CAS,
                "CSP L.3212-1", "CSP L.3213-1");
        f.clarify(ClarifyId.DERNIERE_DECISION);
        f.clarify(ClarifyId.DEMANDER_COPIES);
        f.step(StepId.VERIFIER_SITUATION, IMPORTANT);
    }

    /**
     * CSP L.3212-8, L.3213-4: a compulsory measure that is lifted or lapses ends the care without consent. A
     * stated basis with "no current care" means the measure may have ended, or continues in a form the person
     * does not see as care: the latest decision settles it.
     */
    static void mesureSansSoinsEnCours(Situation s, Findings f) {
        Set<RegimeCode> stated = STATED.get(s.basis());
        if (stated != null && s.noCurrentCare()) {
            f.warn(WarningId.MESURE_SANS_SOINS);
            f.doubt(stated.toArray(RegimeCode[]::new));
            f.clarify(ClarifyId.DERNIERE_DECISION);
            f.clarify(ClarifyId.DEMANDER_COPIES);
        }
    }

    /**
     * CSP L.3211-2-1: outside full hospitalisation, compulsory care exists only as a written programme de soins.
     * Compulsory care, followed outside hospital, "without a programme": either a programme exists or the
     * measure has ended.
     */
    static void soinsSansConsentementAmbulatoiresSansProgramme(Situation s, Findings f) {
        if (!s.outpatient() || !s.programmeDenied() || f.has(SOINS_DETENU)) {
            return;
        }
        Set<RegimeCode> stated = STATED.get(s.basis());
        if (stated == null && !f.compulsoryLikely()) {
            return;
        }
        f.warn(WarningId.AMBULATOIRE_SANS_PROGRAMME);
        f.regime(RegimeCode.PROGRAMME_DE_SOINS, A_CONFIRMER, Because.AMBULATOIRE_SANS_PROGRAMME_ECRIT,
                "CSP L.3211-2-1");
        if (stated != null) {
            f.doubt(stated.toArray(RegimeCode[]::new));
        }
        f.clarify(ClarifyId.PROGRAMME_EXISTE);
        f.clarify(ClarifyId.DERNIERE_DECISION);
    }

    /**
     * CSP L.3211-11: a person in a programme de soins can be hospitalised full time again; CSP L.3211-12-1: the
     * judge must then rule again within 12 days.
     */
    static void retourEnHospitalisationComplete(Situation s, Findings f) {
        if ((s.programmeStated() || s.holds(PROGRAMME_DE_SOINS)) && s.hospitalised() && f.compulsoryLikely()) {
            f.warn(WarningId.REHOSPITALISATION);
        }
    }

    /**
     * CSP L.1111-4 and CC 459: a protected adult who can express their will consents personally; a protector's
     * consent does not turn their refusal into soins libres. Hospitalised under "consent" with a protective measure,
     * or wishing to leave: who consented must be checked.
     */
    static void consentementDonneParLeProtecteur(Situation s, Findings f) {
        if (s.basisIs(CONSENT) && s.protectionStated() && (s.hospitalised() || s.wantsAny(LEAVE_CARE, CONTEST_MEASURE))) {
            f.warn(WarningId.CONSENTEMENT_PROTECTEUR);
            f.clarify(ClarifyId.QUI_A_CONSENTI);
        }
    }
}
