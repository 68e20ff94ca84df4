package fr.reperes.situation;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.Facts;
import fr.reperes.core.ProcedureEvent;
import fr.reperes.core.time.Extension;
import fr.reperes.core.time.FrenchPublicHolidays;
import fr.reperes.core.time.LegalDelays;
import fr.reperes.situation.ui.CalendarDownload;
import fr.reperes.situation.ui.LawyerPanel;
import fr.reperes.situation.ui.SheetLinks;
import fr.reperes.situation.ui.SituationSheetView;
import fr.reperes.situation.ui.Timeline;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page and the sheet as a lawyer, a volunteer or the person sees them, without a browser: the lawyer's
 * articles and case law, the copy of the summary, the chronology, and the sheet with its print and downloads.
 */
class SituationViewsTest extends AbstractViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** Admitted at a relative's request a week ago, still in hospital, the judge's decision notified 3 days ago. */
    private static Facts sdt(Facts.Respondent who) {
        return new Facts(who, false, Facts.CareSetting.FULL_HOSPITALISATION, Facts.CareBasis.THIRD_PARTY, null, null,
                List.of(), TODAY.minusDays(7), null, null, null, null, List.of(Facts.Goal.CONTEST_MEASURE), null,
                TODAY.minusDays(3));
    }

    private void answer(Facts facts) {
        CaseFile caseFile = context.getBean(CaseFile.class);
        // Every question of the path answered: the result is never shown with one left blank.
        caseFile.restore(facts, context.getBean(fr.reperes.interview.Questions.class).askedFor(facts).stream()
                .map(fr.reperes.interview.Question::id).toList());
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively().replace('\u00a0', ' ');
    }

    private static List<PendingJavaScriptInvocation> pendingJavaScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void aLawyerSeesTheProcedureCheckOnTheResultPageAndThePersonDoesNot() {
        answer(sdt(Facts.Respondent.LAWYER).withEvents(List.of(
                new ProcedureEvent(ProcedureEvent.Type.ADMISSION_DECISION, TODAY.minusDays(7) + "T10:00"),
                new ProcedureEvent(ProcedureEvent.Type.CERTIFICATE_24H, TODAY.minusDays(5) + "T10:00"))));
        UI.getCurrent().navigate("resultat");
        com.vaadin.flow.component.details.Details check = _get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("controle-procedure"));
        assertThat(check.getSummaryText()).isEqualTo("Contrôle de la procédure");
        String section = text(check);
        assertThat(section).contains("Certificat des 24 heures", "Non respecté", "L.3216-1", "À vérifier");

        answer(sdt(Facts.Respondent.PERSON));
        UI.getCurrent().navigate("resultat");
        assertThat(_find(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("controle-procedure"))).isEmpty();
    }

    @Test
    void aLawyerSeesEveryArticleInFullAndTheCaseLawOfTheseRegimes() {
        answer(sdt(Facts.Respondent.LAWYER));
        UI.getCurrent().navigate("resultat");

        _get(H2.class, spec -> spec.withText("Pour l'avocat : textes complets et jurisprudence"));
        LawyerPanel panel = _get(LawyerPanel.class);
        List<Anchor> articles = _find(panel, Anchor.class);
        assertThat(articles).extracting(Anchor::getText).contains("Code de la santé publique, article L.3212-1",
                "Code de la santé publique, article L.3211-12-1", "Code de la santé publique, article L.3211-12");
        assertThat(articles).allSatisfy(link -> assertThat(link.getHref()).startsWith("https://www.legifrance.gouv.fr/"));
        List<String> references = _find(panel, Span.class).stream().map(Span::getText).toList();
        assertThat(references).contains("Cass. 1re civ., 18 juin 2014, n° 13-16.887",
                "Cass. 1re civ., 18 janv. 2023, n° 21-21.370", "Cass. 1re civ., 26 oct. 2022, n° 20-22.827",
                "CSP L.3216-1");
        assertThat(references).as("points propres au préfet, à l'isolement, aux mineurs ou au programme de soins")
                .doesNotContain("Cass. 1re civ., 26 oct. 2022, n° 21-50.045", "Cass. avis, 6 mars 2024, n° 23-70.017",
                        "Cass. avis, 18 mai 2022, n° 22-70.003", "Cons. const., décision n° 2012-235 QPC");
    }

    @Test
    void copyingTheSummarySendsThePlainTextToTheClipboardAndItStaysReadableByHand() {
        answer(sdt(Facts.Respondent.LAWYER));
        UI.getCurrent().navigate("resultat");

        TextArea summary = _get(TextArea.class, spec -> spec.withLabel(LawyerPanel.SUMMARY_LABEL));
        assertThat(summary.isReadOnly()).isTrue();
        assertThat(summary.getValue()).startsWith("FICHE DE SITUATION (Repères)")
                .contains("- Soins à la demande d'un tiers (SDT) — certitude : certain (déclaré) (Textes : CSP L.3212-1)")
                .contains("- " + day(TODAY.minusDays(7)) + " — Admission : décision d'hospitalisation")
                .contains("Demander au juge de lever la mesure")
                .contains("JURISPRUDENCE ET POINTS DE PROCÉDURE")
                .contains("Cass. 1re civ., 18 juin 2014, n° 13-16.887 : ")
                .doesNotContain("<");

        pendingJavaScript();
        _click(_get(Button.class, spec -> spec.withText(LawyerPanel.COPY)));
        List<PendingJavaScriptInvocation> calls = pendingJavaScript();
        assertThat(calls).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("navigator.clipboard.writeText($0)");
            assertThat(call.getInvocation().getParameters()).containsExactly(summary.getValue());
        });
    }

    @Test
    void thePersonDoesNotSeeTheLawyersViewButGetsTheChronologyAndTheSheet() {
        answer(sdt(Facts.Respondent.PERSON));
        UI.getCurrent().navigate("resultat");

        assertThat(_find(LawyerPanel.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(LawyerPanel.COPY))).isEmpty();

        List<String> lines = _find(_get(Timeline.class), ListItem.class).stream().map(SituationViewsTest::text).toList();
        // Admission, notification, and four deadlines: 8th day, 12th day, appeal, and the SDT's first month
        // (admission + 1 month, CSP L.3212-7).
        assertThat(lines).hasSize(6);
        assertThat(lines.getLast()).isEqualTo(day(TODAY.minusDays(7).plusMonths(1))
                + " — Échéance : Fin du mois de soins (maintien sur certificat) (à venir)");
        assertThat(lines.getFirst()).isEqualTo(day(TODAY.minusDays(7))
                + " — Admission : décision d'hospitalisation (passé)");
        assertThat(lines.get(1)).isEqualTo(day(TODAY.minusDays(3))
                + " — Notification d'une décision du juge sur les soins (passé)");
        // The timeline stands on the legal last days (CPC 641: admission day not counted; CPC 642 possibly extends).
        LegalDelays delays = new LegalDelays(new FrenchPublicHolidays());
        assertThat(lines).contains(day(delays.days(TODAY.minusDays(7), 12, Extension.UNCERTAIN).legalLastDay())
                + " — Échéance : Décision du juge sur l'hospitalisation complète (12e jour) (à venir)");
        assertThat(lines).contains(day(delays.days(TODAY.minusDays(7), 8, Extension.UNCERTAIN).legalLastDay())
                + " — Échéance : Saisine du juge par l'établissement (8e jour) (à venir)");

        _get(RouterLink.class, spec -> spec.withText(SheetLinks.SHEET_LINK_TEXT));
        _get(Anchor.class, spec -> spec.withText(CalendarDownload.LINK_TEXT));
    }

    @Test
    void theSheetWithoutAnswersSaysSoAndOffersNoDownload() {
        UI.getCurrent().navigate(Routes.SITUATION_SHEET);

        assertThat(_get(H1.class).getText()).isEqualTo("Fiche de situation");
        _get(Paragraph.class, spec -> spec.withText("Vous n'avez encore répondu à aucune question : la fiche se "
                + "remplit avec les réponses du questionnaire."));
        assertThat(_find(Anchor.class, spec -> spec.withText(SituationSheetView.PDF))).isEmpty();
        _get(Anchor.class, spec -> spec.withText("Commencer le questionnaire"));
    }

    @Test
    void theSheetShowsTheSituationAndPrintsAndDownloads() {
        answer(sdt(Facts.Respondent.ASSOCIATION));
        UI.getCurrent().navigate(Routes.SITUATION_SHEET);

        List<Html> parts = _find(Html.class);
        assertThat(parts.getFirst().getInnerHtml()).contains("<h1>Fiche de situation</h1>");
        String body = parts.get(1).getInnerHtml().replace('\u00a0', ' ');
        assertThat(body).contains("Personne concernée").contains("une association")
                .contains("Soins à la demande d'un tiers (SDT)").contains("Recours ouverts maintenant")
                .contains("datetime=\"" + TODAY.minusDays(7) + "\"")
                .contains("information, pas un conseil juridique");

        pendingJavaScript();
        _click(_get(Button.class, spec -> spec.withText(SituationSheetView.PRINT)));
        assertThat(pendingJavaScript()).anySatisfy(call ->
                assertThat(call.getInvocation().getExpression()).contains("window.print()"));
        Anchor pdf = _get(Anchor.class, spec -> spec.withText(SituationSheetView.PDF));
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        _get(Anchor.class, spec -> spec.withText(CalendarDownload.LINK_TEXT));
    }

    /** A date as the sheet and the timeline write it: "lundi 16/11/2026". */
    private static String day(LocalDate date) {
        return date.format(SheetHtml.DAY);
    }
}
