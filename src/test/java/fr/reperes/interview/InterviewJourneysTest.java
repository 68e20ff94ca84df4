package fr.reperes.interview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import fr.reperes.web.components.ChoiceGroup;
import fr.reperes.AbstractViewTest;
import fr.reperes.core.LetterId;
import fr.reperes.core.RegimeCode;
import fr.reperes.web.components.DateTyping;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Six people walk the questionnaire end to end, clicking as they would, and read their result. */
class InterviewJourneysTest extends AbstractViewTest {

    /** Answers by question id: option labels, a date "AAAA-MM-JJ", or nothing for "Je ne sais pas". */
    private void walk(Map<String, List<String>> answers) {
        UI.getCurrent().navigate("questionnaire");
        for (int guard = 0; guard < 30 && path().startsWith("questionnaire/") && !path().endsWith("verifier"); guard++) {
            String question = path().substring("questionnaire/".length());
            List<String> planned = answers.getOrDefault(question, List.of());
            fill(planned.isEmpty() ? List.of("Je ne sais pas") : planned);
            _click(_get(Button.class, spec -> spec.withText("Suivant")));
        }
        assertThat(path()).isEqualTo("questionnaire/verifier");
        _click(_get(Button.class, spec -> spec.withText("Voir mon résultat")));
        assertThat(path()).isEqualTo("resultat");
    }

    @SuppressWarnings("unchecked")
    private static void fill(List<String> planned) {
        ChoiceGroup<InterviewService.Option> group = _get(ChoiceGroup.class);
        if (group.hasClassName("date-survenue")) {
            // A date: first whether it happened ("Oui", then the date typed in the three boxes).
            boolean unknown = planned.getFirst().equals("Je ne sais pas");
            group.select(group.getItems().stream()
                    .filter(o -> o.label().equals(unknown ? "Je ne sais pas" : "Oui")).findFirst().orElseThrow());
            if (!unknown) {
                DateTyping.type("date", LocalDate.parse(planned.getFirst()));
            }
        } else {
            List<InterviewService.Option> chosen = group.getItems().stream()
                    .filter(o -> planned.contains(o.label().replace('\u00a0', ' '))).toList();
            if (chosen.isEmpty()) {
                throw new AssertionError("réponse introuvable : " + planned);
            }
            chosen.forEach(group::select);
        }
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static List<String> regimes() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static List<String> letterLinks() {
        return _find(Anchor.class).stream().map(Anchor::getHref).filter(h -> h.startsWith("lettres/"))
                .map(h -> h.substring("lettres/".length())).distinct().toList();
    }

    private static String pageText() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).collect(Collectors.joining("\n"))
                + _find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).collect(Collectors.joining("\n"));
    }

    @Test
    void anAdultInSoinsLibresAtACmpWhoWantsToLeave() {
        walk(Map.of("respondent", List.of("Moi, la personne concernée"), "minor", List.of("Non, 18 ans ou plus"),
                "careSetting", List.of("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", List.of("Moi-même : j'ai accepté ces soins (soins libres)"), "detained", List.of("Non"),
                "justiceMeasure", List.of("Non"), "protection", List.of("Non"),
                "goals", List.of("Arrêter ou quitter un suivi")));
        assertThat(_get(H1.class).getText()).isEqualTo("Votre situation");
        assertThat(regimes()).contains(RegimeCode.SOINS_LIBRES.label());
        assertThat(letterLinks()).startsWith(LetterId.CESSATION_PRISE_EN_CHARGE.id());
    }

    @Test
    void aPersonInAProgrammeDeSoinsUnderSdreWhoWantsToStopInjections() {
        walk(Map.of("respondent", List.of("Moi, la personne concernée"), "minor", List.of("Non, 18 ans ou plus"),
                "careSetting", List.of("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", List.of("Le préfet, par un arrêté (anciennement « hospitalisation d'office »)"),
                "detained", List.of("Non"), "programmeDeSoins", List.of("Oui"),
                "justiceMeasure", List.of("Non"), "protection", List.of("Non"),
                "goals", List.of("Arrêter ou quitter un suivi", "Changer ou diminuer un traitement")));
        assertThat(regimes()).contains(RegimeCode.SDRE.label(), RegimeCode.PROGRAMME_DE_SOINS.label());
        assertThat(letterLinks()).contains(LetterId.SAISINE_JUGE_MAINLEVEE.id(), LetterId.DEMANDE_MODIFICATION_PROGRAMME_DE_SOINS.id())
                .doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE.id());
        assertThat(pageText()).containsIgnoringCase("brutal");
    }

    @Test
    void aPersonHospitalisedUnderSdtForFiveDays() {
        LocalDate admission = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(5);
        walk(Map.of("respondent", List.of("Moi, la personne concernée"), "minor", List.of("Non, 18 ans ou plus"),
                "careSetting", List.of("Oui, je suis hospitalisé (je dors à l'hôpital)"),
                "careBasis", List.of("Le directeur de l'hôpital, à la demande d'un proche (soins à la demande d'un tiers)"),
                "detained", List.of("Non"), "restraint", List.of("Non"), "admissionDate", List.of(admission.toString()),
                "justiceMeasure", List.of("Non"), "protection", List.of("Non"),
                "goals", List.of("Contester la mesure devant le juge")));
        assertThat(regimes()).contains(RegimeCode.SDT.label(), RegimeCode.HOSPITALISATION_COMPLETE.label());
        assertThat(letterLinks()).contains(LetterId.SAISINE_JUGE_MAINLEVEE.id());
        // The 12th day heads the deadline: admission day not counted (CPC 641), possibly extended (CPC 642, uncertain).
        LocalDate twelfthDay = new fr.reperes.core.time.LegalDelays(new fr.reperes.core.time.FrenchPublicHolidays())
                .days(admission, 12, fr.reperes.core.time.Extension.UNCERTAIN).legalLastDay();
        assertThat(pageText()).contains(twelfthDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void aPersonUnderInjonctionDeSoinsWhoWantsAnotherDoctor() {
        walk(Map.of("respondent", List.of("Moi, la personne concernée"), "minor", List.of("Non, 18 ans ou plus"),
                "careSetting", List.of("Oui, je vais au CMP, en hôpital de jour ou en consultation"),
                "careBasis", List.of("Moi-même : j'ai accepté ces soins (soins libres)"), "detained", List.of("Non"),
                "justiceMeasure", List.of("Oui, une injonction de soins (avec un médecin coordonnateur)"),
                "protection", List.of("Non"), "goals", List.of("Changer de psychiatre ou de lieu de suivi")));
        assertThat(regimes()).contains(RegimeCode.INJONCTION_DE_SOINS.label());
        assertThat(letterLinks()).contains(LetterId.CHANGEMENT_MEDECIN_TRAITANT_INJONCTION.id()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE.id());
    }

    @Test
    void aPersonUnderCuratelleWhoWantsTheirFile() {
        walk(Map.of("respondent", List.of("Moi, la personne concernée"), "minor", List.of("Non, 18 ans ou plus"),
                "careSetting", List.of("Non, pas de soins en ce moment"),
                "justiceMeasure", List.of("Non"), "protection", List.of("Curatelle (simple)"),
                "goals", List.of("Obtenir le dossier médical")));
        assertThat(regimes()).contains(RegimeCode.CURATELLE.label());
        assertThat(letterLinks()).startsWith(LetterId.ACCES_DOSSIER_MEDICAL.id());
    }

    @Test
    void aParentOfAHospitalisedMinor() {
        walk(Map.of("respondent", List.of("Un proche (famille, ami, conjoint)"), "minor", List.of("Oui, moins de 18 ans"),
                "careSetting", List.of("Oui, elle est hospitalisée (elle dort à l'hôpital)"),
                "careBasis", List.of("Les parents (ou le tuteur) d'un mineur"), "restraint", List.of("Non"),
                "justiceMeasure", List.of("Non"), "protection", List.of("Non"),
                "goals", List.of("Seulement comprendre la situation")));
        assertThat(_get(H1.class).getText()).isEqualTo("La situation de la personne");
        assertThat(regimes()).contains(RegimeCode.SOINS_MINEUR_PARENTS.label());
        assertThat(letterLinks()).doesNotContain(LetterId.CESSATION_PRISE_EN_CHARGE.id());
    }
}
