package fr.reperes.assessment.rules;

import static fr.reperes.core.Certainty.A_CONFIRMER;
import static fr.reperes.core.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.core.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.core.Facts.DocumentHeld.JUDGE_DECISION_CARE;
import static fr.reperes.core.Facts.Goal.ACCESS_RECORDS;
import static fr.reperes.core.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.core.Facts.Goal.CHANGE_TREATMENT;
import static fr.reperes.core.Facts.Goal.COMPLAIN;
import static fr.reperes.core.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.core.Facts.Goal.CONTROL_SHARING;
import static fr.reperes.core.Facts.Goal.LEAVE_CARE;
import static fr.reperes.core.Facts.Goal.TRUSTED_PERSON;
import static fr.reperes.core.RegimeCode.INJONCTION_DE_SOINS;
import static fr.reperes.core.RegimeCode.PERIL_IMMINENT;
import static fr.reperes.core.RegimeCode.PLACEMENT_JUGE_DES_ENFANTS;
import static fr.reperes.core.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.core.RegimeCode.SDT;
import static fr.reperes.core.RegimeCode.SDT_URGENCE;
import static fr.reperes.core.RegimeCode.SOINS_LIBRES;
import static fr.reperes.core.RegimeCode.SOINS_MINEUR_PARENTS;

import fr.reperes.core.LetterId;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which letter fits which situation: a letter is offered only where it fits. A rule proposes a step carrying a
 * letter; this policy has the last word: a step whose letter does not fit is dropped, and when the person may
 * expect that letter the result says why it is not offered.
 */
public final class LetterPolicy {

    /** A letter that does not fit, and why. */
    public record Veto(NotOfferedReason reason, Map<String, Object> params) {

        static Veto of(NotOfferedReason reason) {
            return new Veto(reason, Map.of());
        }
    }

    public Optional<Veto> veto(LetterId letter, Situation s, Findings f) {
        return Optional.ofNullable(switch (letter) {
            case CESSATION_PRISE_EN_CHARGE -> cessation(s, f);
            case SAISINE_JUGE_MAINLEVEE -> saisineDuJuge(s, f);
            case APPEL_DECISION_JUGE -> appel(s, f);
            case SAISINE_CDSP -> f.compulsoryLikely() ? null : Veto.of(NotOfferedReason.CDSP_HORS_SOINS_SANS_CONSENTEMENT);
            case SAISINE_CGLPL -> s.hospitalised() || s.detained() || s.restraintReported()
                    || f.compulsoryLikely() && !s.outpatient() ? null : Veto.of(NotOfferedReason.CGLPL_HORS_LIEU_PRIVATIF);
            case DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS -> f.likely(PROGRAMME_DE_SOINS) ? null
                    : Veto.of(NotOfferedReason.MODIFICATION_SANS_PROGRAMME);
            case RELANCE_DOSSIER_MEDICAL -> relance(s, f);
            case DESIGNATION_PERSONNE_DE_CONFIANCE -> s.minor() ? Veto.of(NotOfferedReason.PERSONNE_CONFIANCE_MINEUR)
                    : null;
            case CHANGEMENT_MEDECIN_TRAITANT_INJONCTION -> f.likely(INJONCTION_DE_SOINS) ? null
                    : Veto.of(NotOfferedReason.CHANGEMENT_MEDECIN_HORS_INJONCTION);
            case DEMANDE_ATTESTATION_SUIVI -> f.anyFound(Findings.JUSTICE) ? null
                    : Veto.of(NotOfferedReason.ATTESTATION_SANS_MESURE);
            case INFORMATION_PROTECTEUR -> f.anyFound(Findings.PROTECTION) ? null
                    : Veto.of(NotOfferedReason.PROTECTEUR_SANS_MESURE);
            // CSP L.3212-9: a measure decided by the director (not the préfet's), for an adult (CSP L.3211-10).
            case DEMANDE_LEVEE_DIRECTEUR -> !s.minor() && f.likelyAny(SDT, SDT_URGENCE, PERIL_IMMINENT) ? null
                    : Veto.of(NotOfferedReason.LEVEE_DIRECTEUR_HORS_SDT);
            // CSP L.3211-3: there are decisions to copy whenever compulsory care is possible.
            case DEMANDE_COPIE_DECISIONS -> f.compulsory(A_CONFIRMER) ? null
                    : Veto.of(NotOfferedReason.COPIE_SANS_SOINS_SANS_CONSENTEMENT);
            // Open to everyone: the person's own file, a complaint, an objection to sharing.
            case ACCES_DOSSIER_MEDICAL, RECLAMATION_CDU, OPPOSITION_PARTAGE_INFORMATIONS -> null;
        });
    }

    /**
     * {@code cessation-prise-en-charge}: adults in soins libres only — never under any compulsory basis (programme
     * de soins included), never while the basis is to be confirmed, never for a minor (the parents decide,
     * CSP L.3211-10), never under an injonction de soins (the change goes through the coordinator, CSP L.3711-1).
     */
    private static Veto cessation(Situation s, Findings f) {
        if (s.minor() || f.has(SOINS_MINEUR_PARENTS) && !s.adult()) {
            return Veto.of(NotOfferedReason.CESSATION_MINEUR);
        }
        if (f.likely(INJONCTION_DE_SOINS)) {
            return Veto.of(NotOfferedReason.CESSATION_INJONCTION_DE_SOINS);
        }
        if (f.compulsoryLikely()) {
            return Veto.of(NotOfferedReason.CESSATION_SOINS_SANS_CONSENTEMENT);
        }
        if (!f.likely(SOINS_LIBRES) || f.compulsory(A_CONFIRMER)) {
            return Veto.of(NotOfferedReason.CESSATION_BASE_A_CONFIRMER);
        }
        if (f.has(INJONCTION_DE_SOINS)) {
            return Veto.of(NotOfferedReason.CESSATION_MESURE_PENALE_A_CONFIRMER);
        }
        if (s.hospitalised()) {
            return Veto.of(NotOfferedReason.CESSATION_HOSPITALISATION_LIBRE);
        }
        if (s.noCurrentCare()) {
            return Veto.of(NotOfferedReason.CESSATION_SANS_SUIVI);
        }
        return null;
    }

    /**
     * {@code saisine-juge-mainlevee} (CSP L.3211-12): there must be a measure to lift — compulsory care, isolement
     * or contention, or an SDT decision taken for a minor (unlawful, but real). Nothing to lift in soins libres.
     */
    private static Veto saisineDuJuge(Situation s, Findings f) {
        boolean minorWithAnSdtDecision = s.minor() && s.basisIs(THIRD_PARTY, THIRD_PARTY_URGENT, IMMINENT_PERIL);
        if (f.compulsoryLikely() || s.restraintReported() || minorWithAnSdtDecision) {
            return null;
        }
        if (f.has(PLACEMENT_JUGE_DES_ENFANTS)) {
            return Veto.of(NotOfferedReason.JUGE_DES_ENFANTS);
        }
        if (f.compulsory(A_CONFIRMER)) {
            return Veto.of(NotOfferedReason.JUGE_BASE_A_CONFIRMER);
        }
        return Veto.of(NotOfferedReason.JUGE_RIEN_A_LEVER);
    }

    /**
     * {@code appel-decision-juge}: a notified decision of the judge, while an appeal delay is open — 10 days
     * against the measure (CSP R.3211-18, to its legal end), 24 hours against isolement or contention
     * (CSP R.3211-42), as {@code AppealRules} counted them.
     */
    private static Veto appel(Situation s, Findings f) {
        Optional<Findings.DeadlineFinding> tenDays = f.deadline(DeadlineId.APPEL_10_JOURS);
        Optional<Findings.DeadlineFinding> oneDay = f.deadline(DeadlineId.APPEL_24_HEURES);
        if (tenDays.isEmpty() && oneDay.isEmpty()) {
            return Veto.of(NotOfferedReason.APPEL_SANS_DECISION);
        }
        boolean open = tenDays.filter(d -> !s.passed(d.legalLastDay())).isPresent()
                || oneDay.filter(d -> !s.passed(d.legalLastDay())).isPresent();
        if (open) {
            return null;
        }
        return Veto.of(tenDays.isEmpty() ? NotOfferedReason.APPEL_24H_DEPASSE : NotOfferedReason.APPEL_DELAI_DEPASSE);
    }

    /** {@code relance-dossier-medical}: once the 8 days after receipt of the request have passed (CSP L.1111-7). */
    private static Veto relance(Situation s, Findings f) {
        if (s.facts().recordsRequestDate() == null) {
            return Veto.of(NotOfferedReason.RELANCE_SANS_DATE);
        }
        // The 8 days as RecordsRules counted them (LegalDelays): the reminder waits for the legal last day.
        LocalDate eightDays = f.deadline(DeadlineId.DOSSIER_8_JOURS).orElseThrow().legalLastDay();
        return s.passed(eightDays) ? null : new Veto(NotOfferedReason.RELANCE_TROP_TOT, Map.of("date", eightDays));
    }

    /** The letters a person in this situation may look for: if one does not fit, the result explains why. */
    public Set<LetterId> expected(Situation s, Findings f) {
        Set<LetterId> expected = new LinkedHashSet<>();
        if (s.wants(LEAVE_CARE)) {
            expected.add(LetterId.CESSATION_PRISE_EN_CHARGE);
            expected.add(LetterId.SAISINE_JUGE_MAINLEVEE);
            if (f.compulsory(A_CONFIRMER)) {
                expected.add(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
            }
        }
        if (s.outpatient() && !f.anyFound(Findings.JUSTICE)) {
            expected.add(LetterId.CESSATION_PRISE_EN_CHARGE);
        }
        if (s.wants(CONTEST_MEASURE)) {
            expected.add(LetterId.SAISINE_JUGE_MAINLEVEE);
            expected.add(LetterId.APPEL_DECISION_JUGE);
            expected.add(LetterId.SAISINE_CDSP);
        }
        if (s.holds(JUDGE_DECISION_CARE) || s.facts().judgeDecisionDate() != null) {
            expected.add(LetterId.APPEL_DECISION_JUGE);
        }
        if (s.wants(CHANGE_DOCTOR)) {
            expected.add(LetterId.CESSATION_PRISE_EN_CHARGE);
            expected.add(LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION);
        }
        if (s.wants(CHANGE_TREATMENT) && f.compulsory(A_CONFIRMER)) {
            expected.add(LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS);
        }
        if (s.wants(ACCESS_RECORDS)) {
            expected.add(LetterId.ACCES_DOSSIER_MEDICAL);
            expected.add(LetterId.RELANCE_DOSSIER_MEDICAL);
        }
        if (s.wants(COMPLAIN)) {
            expected.add(LetterId.RECLAMATION_CDU);
            expected.add(LetterId.SAISINE_CDSP);
            expected.add(LetterId.SAISINE_CGLPL);
        }
        if (s.wants(CONTROL_SHARING)) {
            expected.add(LetterId.OPPOSITION_PARTAGE_INFORMATIONS);
        }
        if (s.wants(TRUSTED_PERSON)) {
            expected.add(LetterId.DESIGNATION_PERSONNE_DE_CONFIANCE);
        }
        if (s.restraintReported()) {
            expected.add(LetterId.SAISINE_JUGE_MAINLEVEE);
            expected.add(LetterId.SAISINE_CGLPL);
        }
        return expected;
    }
}
