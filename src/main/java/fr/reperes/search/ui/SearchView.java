package fr.reperes.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.reperes.core.RegimeCode;
import fr.reperes.search.SearchRequest;
import fr.reperes.search.SearchResults;
import fr.reperes.search.SearchService;
import fr.reperes.search.SearchTexts;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;

import fr.reperes.assessment.AssessmentService;
import fr.reperes.web.session.CaseFile;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /rechercher?q=…}: results as the user types (after a short pause), the address kept in step with the
 * words so that a search can be bookmarked or shared, a spoken status (« 12 résultats »), suggestions while
 * nothing is typed, ideas when nothing is found, and a filter by regime with counts. Tab order: the field, then
 * the results, then the filter.
 */
@Route(Routes.SEARCH)
@Menu(order = 3)
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String FIELD_LABEL = "Mots recherchés";
    /** Long enough not to search at every keystroke, short enough to feel immediate. */
    static final int DEBOUNCE_MILLIS = 350;
    static final int SHOWN = 30;

    private final SearchService search;
    private final SearchTexts texts;
    private final TextField words = new TextField(FIELD_LABEL);
    private final Paragraph status = new Paragraph();
    private final Div help = new Div();
    private final ResultList results = new ResultList();
    private final RegimeFilter filter;
    private boolean fromAddress;

    private final CaseFile caseFile;
    private final AssessmentService assessments;
    private final PageTitles titles;

    public SearchView(SearchService search, SearchTexts texts, CaseFile caseFile, AssessmentService assessments,
                      PageTitles titles) {
        this.titles = titles;
        this.caseFile = caseFile;
        this.assessments = assessments;
        this.search = search;
        this.texts = texts;
        addClassName("vue");
        addClassName("recherche");
        words.setPlaceholder("Ex. : sortir du CMP, juge des libertés");
        words.setClearButtonVisible(true);
        words.setAutocomplete(Autocomplete.OFF);
        words.setWidthFull();
        words.setValueChangeMode(ValueChangeMode.TIMEOUT);
        words.setValueChangeTimeout(DEBOUNCE_MILLIS);
        words.addValueChangeListener(change -> {
            if (!fromAddress) {
                refresh(true);
            }
        });
        Div searchArea = new Div(words);
        searchArea.addClassName("zone-recherche");
        searchArea.getElement().setAttribute("role", "search");
        // Announced after each search, without moving the focus away from the field.
        status.getElement().setAttribute("role", "status");
        status.addClassName("statut-recherche");
        filter = new RegimeFilter(selected -> refresh(true));
        Paragraph intro = new Paragraph(texts.intro());
        add(new H1("Rechercher"), intro, searchArea, status, help, results, filter);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String typed = parameters.getOrDefault("q", List.of("")).getFirst();
        Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
        parameters.getOrDefault("regime", List.of()).stream().filter(RegimeCode::isKnown)
                .map(RegimeCode::valueOf).forEach(regimes::add);
        fromAddress = true;
        try {
            words.setValue(typed);
            filter.show(Map.of(), regimes);
        } finally {
            fromAddress = false;
        }
        refresh(false);
    }

    /** The address of a search, e.g. {@code rechercher?q=sortir+du+CMP&regime=SDRE}. */
    static String address(String text, Set<RegimeCode> regimes) {
        return location(text, regimes).getPathWithQueryParameters();
    }

    private static Location location(String text, Set<RegimeCode> regimes) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isBlank()) {
            parameters.put("q", List.of(text));
        }
        if (!regimes.isEmpty()) {
            parameters.put("regime", regimes.stream().map(Enum::name).toList());
        }
        return new Location(Routes.SEARCH, new QueryParameters(parameters));
    }

    private void refresh(boolean updateAddress) {
        Set<RegimeCode> regimes = filter.selected();
        SearchResults found = search.search(new SearchRequest(words.getValue(), regimes, preferredRegimes(), SHOWN));
        words.setHelperText(found.truncated() ? texts.truncated() : null);
        status.setText(status(found, texts));
        results.show(found.hits());
        filter.show(found.regimeCounts(), regimes);
        help.removeAll();
        if (found.query().isBlank()) {
            help.add(SearchHelp.suggestions(texts));
        } else if (!found.searchable()) {
            help.add(SearchHelp.note(texts.onlyCommonWords()));
        } else if (found.isEmpty()) {
            help.add(SearchHelp.noResult(texts, !regimes.isEmpty()));
        } else if (found.approximate()) {
            help.add(SearchHelp.note(texts.approximate()));
        }
        if (updateAddress) {
            // The searched text (cut if too long), not a 10 kB paste, goes into the address.
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location(found.query(), regimes)));
        }
    }

    /** The user's regimes once they have answered the questionnaire: pages about them rank first. */
    private Set<RegimeCode> preferredRegimes() {
        if (caseFile.answered().isEmpty()) {
            return Set.of();
        }
        Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
        assessments.assess(caseFile.facts()).regimes().forEach(regime -> regimes.add(regime.code()));
        return regimes;
    }

    private static String status(SearchResults found, SearchTexts texts) {
        if (found.query().isBlank()) {
            return "";
        }
        return switch (found.total()) {
            case 0 -> found.searchable() ? texts.noResult(found.query()) : "Aucun résultat";
            case 1 -> "1 résultat";
            default -> found.total() + " résultats" + (found.total() > found.hits().size()
                    ? ", les " + found.hits().size() + " plus pertinents sont affichés" : "");
        };
    }

    @Override
    public String getPageTitle() {
        return titles.tab("rechercher");
    }
}
