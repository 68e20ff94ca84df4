package fr.reperes.situation;

import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.reperes.situation.SituationFixtures.INJONCTION;
import static fr.reperes.situation.SituationFixtures.LIBRARY;
import static fr.reperes.situation.SituationFixtures.SDRE_PROGRAMME_CURATELLE;
import static fr.reperes.situation.SituationFixtures.SDT_HOSPITALISED;
import static fr.reperes.situation.SituationFixtures.SERVICE;
import static fr.reperes.situation.SituationFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The situation sheet as a lawyer or a volunteer prints it: the PDF read back as text, section by section, for the
 * three situations of the issue, on one tagged, French, A4 page with embedded fonts.
 */
class SituationSheetPdfTest {

    private static final List<String> HEADINGS = List.of("Personne concernée", "Régimes et textes", "Chronologie",
            "Délais et échéances", "Recours ouverts maintenant, et qui peut les exercer", "Points d'alerte",
            "Lettres préparées pendant cette session", "Points à clarifier", "Fiche établie le");

    /** The PDF's text cut at the section headings (the footer starts with "Fiche établie le"). */
    private static Map<String, String> sections(byte[] pdf) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        Map<String, Integer> starts = new LinkedHashMap<>();
        int from = 0;
        for (String heading : HEADINGS) {
            int at = text.indexOf(heading, from);
            if (at >= 0) {
                starts.put(heading, at);
                from = at + heading.length();
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("titre", text.substring(0, starts.values().iterator().next()));
        List<String> found = new ArrayList<>(starts.keySet());
        for (int i = 0; i < found.size(); i++) {
            int start = starts.get(found.get(i)) + found.get(i).length();
            int end = i + 1 < found.size() ? starts.get(found.get(i + 1)) : text.length();
            sections.put(found.get(i), text.substring(start, end));
        }
        return sections;
    }

    private static byte[] pdf(Facts facts, LetterId... letters) {
        return SERVICE.pdf(sheet(facts, letters)).bytes();
    }

    @Nested
    class SdtInFullHospitalisationWithDates {

        private final byte[] pdf = pdf(SDT_HOSPITALISED, LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.APPEL_DECISION_JUGE);

        @Test
        void whoIsConcernedSaysOnlyWhatWasAnswered() throws IOException {
            String who = sections(pdf).get("Personne concernée");
            assertThat(who).contains("Fiche préparée par : un avocat ou une avocate")
                    .contains("Soins en ce moment : hospitalisation complète")
                    .contains("Décision des soins : le directeur, à la demande d'un tiers")
                    .contains("Papiers en main : décision du directeur, décision du juge sur les soins")
                    .contains("Ce qui est souhaité : contester la mesure devant le juge");
        }

        @Test
        void theRegimesComeWithTheirCertaintyAndArticles() throws IOException {
            String regimes = sections(pdf).get("Régimes et textes");
            assertThat(regimes).contains("Soins à la demande d'un tiers (SDT) — certitude : certain (déclaré)")
                    .contains("CSP L.3212-1").contains("Hospitalisation complète").contains("CSP L.3211-12-1");
        }

        @Test
        void theChronologyAndTheJudgesDeadlinesAreDated() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Chronologie"))
                    .contains("lundi 16/11/2026 — Admission : décision d'hospitalisation")
                    .contains("vendredi 20/11/2026 — Notification d'une décision du juge sur les soins");
            String deadlines = sections.get("Délais et échéances");
            assertThat(deadlines)
                    .contains("mardi 24/11/2026 — Saisine du juge par l'établissement (8e jour) — à venir")
                    .contains("lundi 30/11/2026 — Décision du juge sur l'hospitalisation complète (12e jour) — à venir")
                    // Notified Friday 20/11: the day of notification does not count (CPC 641), day 10 is Monday 30/11.
                    .contains("lundi 30/11/2026 — Dernier jour pour faire appel de la décision du juge (10 jours) — à venir")
                    .contains("CSP R.3211-18");
            // In date order, on the legal last days; the cautious dates are in the sentences, not in the headings.
            assertThat(deadlines.indexOf("mardi 24/11/2026")).isLessThan(deadlines.indexOf("lundi 30/11/2026"));
            assertThat(deadlines).doesNotContain("29/11/2026");
        }

        @Test
        void theRemediesSayWhoCanUseThem() throws IOException {
            String remedies = sections(pdf).get("Recours ouverts maintenant, et qui peut les exercer");
            assertThat(remedies).contains("Faire appel de la décision du juge")
                    .contains("Demander au juge de lever la mesure")
                    .contains("Qui peut agir : La personne elle-même ; son tuteur ou curateur")
                    .contains("le procureur de la République").contains("CSP L.3211-12")
                    .contains("Saisir la commission départementale des soins psychiatriques (CDSP)")
                    // Reading a page or naming a trusted person are steps, not remedies.
                    .doesNotContain("Lire la fiche").doesNotContain("personne de confiance");
        }

        @Test
        void theLettersPreparedAreListedByTitleAndTheFooterIsComplete() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections).doesNotContainKey("Points d'alerte");
            assertThat(sections.get("Lettres préparées pendant cette session"))
                    .contains("Demander au juge la fin d'une mesure de soins sans consentement")
                    .contains("Faire appel");
            assertThat(sections.get("Fiche établie le")).startsWith(" 23/11/2026.")
                    .contains("information, pas un conseil juridique")
                    .contains("vérifié le " + LIBRARY.lastReviewed().format(SheetHtml.SHORT_DAY))
                    .contains("3114");
        }
    }

    @Nested
    class ProgrammeDeSoinsUnderSdreWithCuratelle {

        private final byte[] pdf = pdf(SDRE_PROGRAMME_CURATELLE);

        @Test
        void whoIsConcernedAndTheThreeRegimes() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Personne concernée")).contains("Fiche préparée par : une association")
                    .contains("soins ambulatoires").contains("Décision des soins : le préfet, par arrêté")
                    .contains("Programme de soins : remis ou mentionné").contains("Mesure de protection : curatelle");
            assertThat(sections.get("Régimes et textes"))
                    .contains("Soins sur décision du représentant de l'État (SDRE) — certitude : certain (déclaré)")
                    .contains("CSP L.3213-4")
                    .contains("Programme de soins — certitude : certain (déclaré)").contains("CSP L.3211-2-1")
                    .contains("Curatelle — certitude : certain (déclaré)").contains("CC 459");
        }

        @Test
        void aPassedDeadlineSaysWhatToDoNowAndTheOpenOneIsStillComing() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Chronologie")).contains("lundi 02/03/2026 — Admission")
                    .contains("jeudi 12/03/2026 — Dernière décision du juge")
                    .contains("mardi 10/11/2026 — Demande de dossier médical");
            assertThat(sections.get("Délais et échéances"))
                    .contains("mercredi 18/11/2026 — Réponse à la demande de dossier médical (8 jours) — date dépassée")
                    .contains("À faire : ").contains("une relance s'impose")
                    .contains("lundi 11/01/2027 — Réponse à la demande de dossier médical (2 mois) — à venir");
        }

        @Test
        void theRemediesOfAProgrammeUnderAPrefectsOrder() throws IOException {
            String remedies = sections(pdf).get("Recours ouverts maintenant, et qui peut les exercer");
            assertThat(remedies).contains("Demander au juge de lever la mesure")
                    .contains("Demander à modifier ou à lever le programme de soins")
                    .contains("par le préfet (soins sur décision du préfet)")
                    .contains("CSP L.3213-5").contains("Relancer la demande de dossier médical")
                    .contains("pour un établissement public, la CADA, après un refus ou un mois de silence");
        }

        @Test
        void theSituationsAlertsStayButGeneralAdviceGoesToTheResultPage() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Points d'alerte"))
                    .contains("Ne plus aller aux rendez-vous du programme de soins n'y met pas fin")
                    .doesNotContain("antipsychotiques");
            assertThat(sections.get("Lettres préparées pendant cette session"))
                    .contains("Aucune lettre n'a été préparée pendant cette session.");
        }
    }

    @Nested
    class InjonctionDeSoins {

        private final byte[] pdf = pdf(INJONCTION, LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION);

        @Test
        void theRegimeAndItsArticlesWithoutAnyDate() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Personne concernée")).contains("Fiche préparée par : la personne concernée")
                    .contains("Mesure pénale de soins : injonction de soins")
                    .doesNotContain("Mesure de protection : curatelle");
            assertThat(sections.get("Régimes et textes")).contains("Injonction de soins — certitude : certain (déclaré)")
                    .contains("CSP L.3711-1").contains("CP 131-36-4").contains("Soins libres");
            assertThat(sections.get("Chronologie")).contains("Aucune date n'a été donnée.");
            assertThat(sections.get("Délais et échéances"))
                    .contains("Aucune échéance ne peut être calculée avec les dates données.");
        }

        @Test
        void aChangeOfDoctorGoesThroughTheCoordinatorThenTheJap() throws IOException {
            Map<String, String> sections = sections(pdf);
            assertThat(sections.get("Recours ouverts maintenant, et qui peut les exercer"))
                    .contains("Changer de médecin traitant en passant par le médecin coordonnateur")
                    .contains("le juge de l'application des peines (JAP) désigne le médecin traitant")
                    .contains("CSP L.3711-1")
                    .doesNotContain("Demander au juge de lever la mesure");
            assertThat(sections.get("Lettres préparées pendant cette session"))
                    .contains("Demander un autre médecin traitant");
        }
    }

    @Test
    void aPassedJudgeDeadlineIsNeverAWayOut() throws IOException {
        Facts late = new Facts(Facts.Respondent.RELATIVE, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, false, List.of(), LocalDate.of(2026, 10, 1), null, null, null,
                null, List.of(), null, null);
        String deadlines = sections(pdf(late)).get("Délais et échéances");
        assertThat(deadlines).contains("date dépassée").contains("la sortie passe par l'avocat ou le juge")
                .doesNotContainIgnoringCase("libre de partir").doesNotContainIgnoringCase("vous pouvez partir");
    }

    @Test
    void anIsolatedPersonsSheetShowsTheNextSeizureOfTheJudgeAndStaysOnOnePage() throws IOException {
        // CSP L.3222-5-1 II: isolement since Saturday 21/11, no judge's decision yet: seized before 72 hours.
        Facts isolated = new Facts(Facts.Respondent.LAWYER, false, Facts.CareSetting.FULL_HOSPITALISATION,
                Facts.CareBasis.THIRD_PARTY, false, false, List.of(Facts.DocumentHeld.DIRECTOR_DECISION),
                LocalDate.of(2026, 11, 16), null, Facts.Restraint.ISOLATION, Facts.JusticeMeasure.NONE,
                Facts.Protection.NONE, List.of(Facts.Goal.CONTEST_MEASURE), null, null, null, LocalDate.of(2026, 11, 21),
                Facts.RestraintDecisions.NONE, null);
        byte[] pdf = pdf(isolated, LetterId.SAISINE_JUGE_MAINLEVEE);
        assertThat(sections(pdf).get("Délais et échéances"))
                .contains("mardi 24/11/2026 — Saisine du juge avant 72 heures d'isolement — à venir");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("une seule page").isEqualTo(1);
        }
    }

    @Test
    void everySheetIsOneTaggedFrenchA4PageWithEmbeddedFonts() throws IOException {
        for (Facts facts : List.of(SDT_HOSPITALISED, SDRE_PROGRAMME_CURATELLE, INJONCTION)) {
            byte[] pdf = pdf(facts, LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.ACCES_DOSSIER_MEDICAL);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).as("une seule page").isEqualTo(1);
                PDPage page = document.getPage(0);
                assertThat(page.getMediaBox().getWidth()).as("A4").isCloseTo(595f, Offset.offset(2f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(2f));
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Fiche de situation — 23/11/2026");
                assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                List<String> tags = new ArrayList<>();
                collect(document.getDocumentCatalog().getStructureTreeRoot(), tags);
                assertThat(tags).as("balisage").containsOnlyOnce("H1").contains("H2", "L", "LI");
                assertThat(tags.stream().filter("H2"::equals).count()).as("un titre par section").isGreaterThanOrEqualTo(7);
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("police intégrée " + font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void nothingTypedCanBecomeMarkup() {
        SituationSheet sheet = sheet(SDT_HOSPITALISED);
        SituationSheet hostile = new SituationSheet(sheet.madeOn(), sheet.contentReviewed(), true,
                List.of(new SituationSheet.Detail("Champ", "<script>alert(1)</script> & « ok »")), sheet.regimes(),
                sheet.chronology(), sheet.deadlines(), sheet.remedies(), sheet.warnings(), List.of("</li><li>faux"),
                sheet.toClarify());
        String body = SERVICE.htmlBody(hostile);
        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;").contains("&lt;/li&gt;&lt;li&gt;faux");
        assertThat(SituationFixtures.pdfText(SERVICE.pdf(hostile).bytes())).contains("<script>alert(1)</script>");
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collect(element, tags);
            }
        }
    }
}
