package fr.reperes.assessment.rules;

import static fr.reperes.assessment.Assessment.Certainty.A_CONFIRMER;
import static fr.reperes.assessment.Facts.CareBasis.IMMINENT_PERIL;
import static fr.reperes.assessment.Facts.CareBasis.THIRD_PARTY;
import static fr.reperes.assessment.Facts.CareBasis.THIRD_PARTY_URGENT;
import static fr.reperes.assessment.Facts.DocumentHeld.JUDGE_DECISION_CARE;
import static fr.reperes.assessment.Facts.Goal.ACCESS_RECORDS;
import static fr.reperes.assessment.Facts.Goal.CHANGE_DOCTOR;
import static fr.reperes.assessment.Facts.Goal.CHANGE_TREATMENT;
import static fr.reperes.assessment.Facts.Goal.COMPLAIN;
import static fr.reperes.assessment.Facts.Goal.CONTEST_MEASURE;
import static fr.reperes.assessment.Facts.Goal.CONTROL_SHARING;
import static fr.reperes.assessment.Facts.Goal.LEAVE_CARE;
import static fr.reperes.assessment.Facts.Goal.TRUSTED_PERSON;
import static fr.reperes.assessment.RegimeCode.INJONCTION_DE_SOINS;
import static fr.reperes.assessment.RegimeCode.PLACEMENT_JUGE_DES_ENFANTS;
import static fr.reperes.assessment.RegimeCode.PROGRAMME_DE_SOINS;
import static fr.reperes.assessment.RegimeCode.SOINS_LIBRES;
import static fr.reperes.assessment.RegimeCode.SOINS_MINEUR_PARENTS;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which letter fits which situation (DESIGN §4, "offered only where it fits"). A rule proposes a step carrying a
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

    public Optional<Veto> veto(String letter, Situation s, Findings f) {
        return Optional.ofNullable(switch (letter) {
            case "cessation-prise-en-charge" -> cessation(s, f);
            case "saisine-juge-mainlevee" -> saisineDuJuge(s, f);
            case "appel-decision-juge" -> appel(s, f);
            case "saisine-cdsp" -> f.compulsoryLikely() ? null : Veto.of(NotOfferedReason.CDSP_HORS_SOINS_SANS_CONSENTEMENT);
            case "saisine-cglpl" -> s.hospitalised() || s.detained() || s.restraintReported()
                    || f.compulsoryLikely() && !s.outpatient() ? null : Veto.of(NotOfferedReason.CGLPL_HORS_LIEU_PRIVATIF);
            case "demande-modification-programme-de-soins" -> f.likely(PROGRAMME_DE_SOINS) ? null
                    : Veto.of(NotOfferedReason.MODIFICATION_SANS_PROGRAMME);
            case "relance-dossier-medical" -> relance(s);
            case "designation-personne-de-confiance" -> s.minor() ? Veto.of(NotOfferedReason.PERSONNE_CONFIANCE_MINEUR)
                    : null;
            case "changement-medecin-traitant-injonction" -> f.likely(INJONCTION_DE_SOINS) ? null
                    : Veto.of(NotOfferedReason.CHANGEMENT_MEDECIN_HORS_INJONCTION);
            case "demande-attestation-suivi" -> f.anyFound(Findings.JUSTICE) ? null
                    : Veto.of(NotOfferedReason.ATTESTATION_SANS_MESURE);
            case "information-protecteur" -> f.anyFound(Findings.PROTECTION) ? null
                    : Veto.of(NotOfferedReason.PROTECTEUR_SANS_MESURE);
            default -> null;
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

    /** {@code appel-decision-juge} (CSP R.3211-18): a notified decision of the judge, within the 10 days. */
    private static Veto appel(Situation s, Findings f) {
        LocalDate notified = s.facts().judgeDecisionDate();
        if (notified == null || !(f.compulsoryLikely() || s.restraintReported())) {
            return Veto.of(NotOfferedReason.APPEL_SANS_DECISION);
        }
        if (s.passed(notified.plusDays(9))) {
            return Veto.of(NotOfferedReason.APPEL_DELAI_DEPASSE);
        }
        return null;
    }

    /** {@code relance-dossier-medical}: once the 8 days after receipt of the request have passed (CSP L.1111-7). */
    private static Veto relance(Situation s) {
        LocalDate requested = s.facts().recordsRequestDate();
        if (requested == null) {
            return Veto.of(NotOfferedReason.RELANCE_SANS_DATE);
        }
        LocalDate eightDays = requested.plusDays(8);
        return s.passed(eightDays) ? null : new Veto(NotOfferedReason.RELANCE_TROP_TOT, Map.of("date", eightDays));
    }

    /** The letters a person in this situation may look for: if one does not fit, the result explains why. */
    public Set<String> expected(Situation s, Findings f) {
        Set<String> expected = new LinkedHashSet<>();
        if (s.wants(LEAVE_CARE)) {
            expected.add("cessation-prise-en-charge");
            expected.add("saisine-juge-mainlevee");
            if (f.compulsory(A_CONFIRMER)) {
                expected.add("demande-modification-programme-de-soins");
            }
        }
        if (s.outpatient() && !f.anyFound(Findings.JUSTICE)) {
            expected.add("cessation-prise-en-charge");
        }
        if (s.wants(CONTEST_MEASURE)) {
            expected.add("saisine-juge-mainlevee");
            expected.add("appel-decision-juge");
            expected.add("saisine-cdsp");
        }
        if (s.holds(JUDGE_DECISION_CARE) || s.facts().judgeDecisionDate() != null) {
            expected.add("appel-decision-juge");
        }
        if (s.wants(CHANGE_DOCTOR)) {
            expected.add("cessation-prise-en-charge");
            expected.add("changement-medecin-traitant-injonction");
        }
        if (s.wants(CHANGE_TREATMENT) && f.compulsory(A_CONFIRMER)) {
            expected.add("demande-modification-programme-de-soins");
        }
        if (s.wants(ACCESS_RECORDS)) {
            expected.add("acces-dossier-medical");
            expected.add("relance-dossier-medical");
        }
        if (s.wants(COMPLAIN)) {
            expected.add("reclamation-cdu");
            expected.add("saisine-cdsp");
            expected.add("saisine-cglpl");
        }
        if (s.wants(CONTROL_SHARING)) {
            expected.add("opposition-partage-informations");
        }
        if (s.wants(TRUSTED_PERSON)) {
            expected.add("designation-personne-de-confiance");
        }
        if (s.restraintReported()) {
            expected.add("saisine-juge-mainlevee");
            expected.add("saisine-cglpl");
        }
        return expected;
    }
}
