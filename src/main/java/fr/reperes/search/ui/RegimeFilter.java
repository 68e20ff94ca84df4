package fr.reperes.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import fr.reperes.core.RegimeCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checkboxes « Filtrer par situation », one per regime the results are about, each with its number of results.
 * A checkbox group is a labelled group of native-like checkboxes: usable with Tab and Space, announced with
 * its label and state.
 */
final class RegimeFilter extends Div {

    static final String LABEL = "Filtrer par situation";

    private final CheckboxGroup<RegimeCode> choices = new CheckboxGroup<>(LABEL);
    private Map<RegimeCode, Integer> counts = Map.of();
    private boolean updating;

    RegimeFilter(Consumer<Set<RegimeCode>> onChange) {
        addClassName("filtre-regimes");
        choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choices.setHelperText("Cochez une ou plusieurs situations pour ne garder que les résultats qui en parlent.");
        choices.setItemLabelGenerator(regime -> regime.label() + " (" + counts.getOrDefault(regime, 0) + ")");
        choices.addValueChangeListener(change -> {
            if (!updating) {
                onChange.accept(selected());
            }
        });
        add(choices);
        setVisible(false);
    }

    Set<RegimeCode> selected() {
        return choices.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(choices.getValue());
    }

    /** Offers the regimes the results are about, keeping the choices made (even if they match nothing now). */
    void show(Map<RegimeCode, Integer> counts, Set<RegimeCode> selected) {
        this.counts = counts;
        List<RegimeCode> offered = Stream.of(RegimeCode.values())
                .filter(regime -> counts.containsKey(regime) || selected.contains(regime)).toList();
        updating = true;
        try {
            choices.setItems(offered);
            choices.setValue(selected);
        } finally {
            updating = false;
        }
        setVisible(!offered.isEmpty());
    }
}
