package fr.reperes.assessment.rules;

import fr.reperes.core.time.LegalDelays;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * All the rules, in the order they must run: the basis of care first (stated, then read from papers, then
 * contradictions and unknowns), then its form, then everything that depends on the regimes (isolement, justice,
 * protection, the person's goals, deadlines), then the pages to read.
 */
public final class Rulebook {

    private final List<Rule> rules;

    /**
     * @param pageTitles the title of a content page, by slug (steps that point to a page name it)
     * @param delays     where every legal delay is counted (CPC 640 to 642, Paris time)
     */
    public Rulebook(Function<String, String> pageTitles, LegalDelays delays) {
        UnderstandingRules understanding = new UnderstandingRules(pageTitles);
        AppealRules appeals = new AppealRules(delays);
        RenewalRules renewals = new RenewalRules(delays);
        JudgeRules judge = new JudgeRules(delays);
        RecordsRules records = new RecordsRules(delays);
        JusticeRules justice = new JusticeRules(delays);
        AdmissionRules admissions = new AdmissionRules(delays);
        RestraintRules restraints = new RestraintRules(delays);
        this.rules = List.of(
                // The basis of care, as stated.
                AdmissionRules::soinsLibres,
                AdmissionRules::mineurALaDemandeDeSesParents,
                AdmissionRules::demandeDUnTiers,
                AdmissionRules::demandeDUnTiersEnUrgence,
                AdmissionRules::perilImminent,
                AdmissionRules::decisionDuPrefet,
                AdmissionRules::personneDetenue,
                admissions::mesureProvisoireDuMaire,
                AdmissionRules::irresponsabilitePenale,
                AdmissionRules::placementParLeJugeDesEnfants,
                // Read from the papers held.
                DocumentRules::arreteDuPrefet,
                DocumentRules::arreteDuMaire,
                DocumentRules::decisionDuDirecteur,
                DocumentRules::autresIndicesDeSoinsSansConsentement,
                // Answers that contradict each other on the basis.
                ContradictionRules::consentementContrePapiersDeSoinsSansConsentement,
                ContradictionRules::baseContrePapiers,
                ContradictionRules::mesureSansSoinsEnCours,
                MinorRules::decisionDeSoinsSansConsentementPourUnMineur,
                MinorRules::decisionDuDirecteurPourUnMineur,
                MinorRules::demandeDesParentsPourUnMajeur,
                MinorRules::jugeDesEnfantsPourUnMajeur,
                MinorRules::ageInconnu,
                DetaineeRules::baseIncompatibleAvecLaDetention,
                DetaineeRules::detentionNonConfirmee,
                // Unknown basis.
                UnknownBasisRules::baseInconnue,
                // The form of compulsory care, and contradictions on it.
                FormRules::hospitalisationComplete,
                FormRules::programmeDeSoins,
                FormRules::formeInconnue,
                ContradictionRules::soinsSansConsentementAmbulatoiresSansProgramme,
                ContradictionRules::retourEnHospitalisationComplete,
                DetaineeRules::hospitalisationCompleteSeulement,
                // Isolement and contention.
                RestraintRules::isolementOuContention,
                RestraintRules::isolementHorsDuCadreLegal,
                RestraintRules::leJugeControleLIsolement,
                restraints::leJugeEstSaisiDeNouveauAChaqueCycle,
                // Criminal justice and protective measures.
                JusticeRules::injonctionDeSoins,
                JusticeRules::obligationDeSoins,
                justice::injonctionTherapeutique,
                JusticeRules::mesurePenaleInconnue,
                JusticeRules::mesurePenaleSansSuivi,
                ProtectionRules::mesureDeProtection,
                ProtectionRules::mesureDeProtectionInconnue,
                ContradictionRules::consentementDonneParLeProtecteur,
                // The judge, the person's goals, who is answering.
                judge::controleAutomatiqueDeLHospitalisationComplete,
                renewals::maintienMensuelDesSoinsALaDemandeDUnTiers,
                renewals::arretesDeMaintienDuPrefet,
                JudgeRules::demanderLaMainleveeAuJuge,
                appeals::faireAppel,
                JudgeRules::droitsEnSoinsSansConsentement,
                MinorRules::lesParentsDecidentDeLaSortie,
                MinorRules::placementParLeJugeDesEnfants,
                LeavingRules::mettreFinAUnSuiviEnSoinsLibres,
                LeavingRules::sortirDeLHopitalEnSoinsLibres,
                LeavingRules::quitterUnProgrammeDeSoins,
                LeavingRules::sortirDesSoinsSansConsentement,
                LeavingRules::sortirSansConnaitreSonRegime,
                TreatmentRules::changerSansArretBrutal,
                TreatmentRules::traitementPendantUneHospitalisationSansConsentement,
                TreatmentRules::traitementDansUnProgrammeDeSoins,
                TreatmentRules::traitementSousInjonctionDeSoins,
                DoctorRules::libreChoixDuPraticien,
                DoctorRules::changerDePsychiatreEnSoinsSansConsentement,
                DocumentRules::demanderLaCopieDesDecisions,
                RecordsRules::demanderLeDossierMedical,
                records::delaisDeReponse,
                ComplaintRules::reclamationALEtablissement,
                ComplaintRules::commissionDepartementale,
                ComplaintRules::controleurGeneral,
                ComplaintRules::sOpposerAuPartage,
                ComplaintRules::personneDeConfiance,
                ProtectionRules::informerLeProtecteur,
                RespondentRules::toutePersonneAgissantDansSonInteretPeutSaisirLeJuge,
                RespondentRules::unProchePeutDemanderLaLeveeAuDirecteur,
                RespondentRules::lesProchesPeuventExercerSesDroits,
                RespondentRules::lAvocatVerifieLaProcedure,
                RespondentRules::unAvocatNaPasBesoinDeChercherUnAvocat,
                UnderstandingRules::numerosDeCrise,
                understanding::lireLesFiches);
    }

    public Findings apply(Situation situation) {
        Findings findings = new Findings();
        for (Rule rule : rules) {
            rule.apply(situation, findings);
        }
        return findings;
    }

    /** The page explaining each regime, so that content checks can verify the slugs exist. */
    public static Collection<String> regimePages() {
        return UnderstandingRules.PAGES.values();
    }
}
