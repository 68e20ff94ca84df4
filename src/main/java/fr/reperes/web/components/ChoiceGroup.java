package fr.reperes.web.components;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Radio buttons or check boxes as plain HTML inputs ({@code <input type="radio">} and its {@code <label>}), named by
 * a heading of the page. Unlike Vaadin's groups, a new group sends nothing to the server when it appears: a screen
 * made of these costs no exchange once drawn. A tap sends the choice (the {@code change} event); the server holds
 * the selection, which {@link #select} and {@link #clear} also set from the server.
 *
 * <p>The group is a {@code <div role="radiogroup">} (or {@code role="group"} for check boxes) labelled by the
 * heading; an error is a message above the choices, linked with {@code aria-describedby}, the group marked
 * {@code aria-invalid}. Each input's {@code value} is the item's key, so style sheets can react to a choice
 * ({@code :has(input[value=oui]:checked)}).
 *
 * @param <T> the items
 */
public class ChoiceGroup<T> extends Composite<Div> {

    /** One choice among several, or as many as wanted. */
    public enum Mode { SINGLE, MULTIPLE }

    private final Mode mode;
    private final String id;
    private final Paragraph error = new Paragraph();
    private final Div options = new Div();
    private final List<T> items = new ArrayList<>();
    private final List<Element> inputs = new ArrayList<>();
    private final Set<Integer> selected = new LinkedHashSet<>();
    private final List<SerializableConsumer<List<T>>> listeners = new ArrayList<>();
    private SerializableFunction<T, String> keys = String::valueOf;

    /**
     * @param mode       radio buttons or check boxes
     * @param id         the group's id, also the base of its inputs' ids ({@code reponse-0}…) and name
     * @param labelledBy the id of the heading that names the group
     */
    public ChoiceGroup(Mode mode, String id, String labelledBy) {
        this.mode = mode;
        this.id = id;
        Div group = getContent();
        group.setId(id);
        group.addClassName("choix-groupe");
        group.getElement().setAttribute("role", mode == Mode.SINGLE ? "radiogroup" : "group");
        group.getElement().setAttribute("aria-labelledby", labelledBy);
        error.setId(id + "-erreur");
        error.addClassName("choix-erreur");
        error.setVisible(false);
        options.addClassName("choix-options");
        group.add(error, options);
        // A tap: the input's index and whether it is now checked.
        group.getElement().addEventListener("change", event -> {
            var data = event.getEventData();
            int index = data.get("event.target.dataset.index").asInt(-1);
            boolean checked = data.get("event.target.checked").asBoolean(false);
            if (index >= 0 && index < items.size()) {
                fromClient(index, checked);
            }
        }).addEventData("event.target.dataset.index").addEventData("event.target.checked");
    }

    /** What each item's input carries as its {@code value} (unique in the group); {@code String.valueOf} at first. */
    public ChoiceGroup<T> setKeys(SerializableFunction<T, String> keys) {
        this.keys = keys;
        return this;
    }

    /** Shows {@code items}, each labelled by {@code label}; nothing is selected. */
    public ChoiceGroup<T> setItems(List<T> items, SerializableFunction<T, String> label) {
        this.items.clear();
        this.items.addAll(items);
        inputs.clear();
        selected.clear();
        options.removeAll();
        for (int index = 0; index < items.size(); index++) {
            T item = items.get(index);
            Element input = new Element("input");
            input.setAttribute("type", mode == Mode.SINGLE ? "radio" : "checkbox");
            input.setAttribute("id", id + "-" + index);
            input.setAttribute("name", id);
            input.setAttribute("value", keys.apply(item));
            input.setAttribute("data-index", String.valueOf(index));
            Element text = new Element("label");
            text.setAttribute("for", id + "-" + index);
            text.setText(label.apply(item));
            Div option = new Div();
            option.addClassName("choix");
            option.getElement().appendChild(input, text);
            options.add(option);
            inputs.add(input);
        }
        return this;
    }

    public List<T> getItems() {
        return List.copyOf(items);
    }

    /** The items chosen, in the order shown. */
    public List<T> getSelected() {
        return selected.stream().sorted().map(items::get).toList();
    }

    /** The one item chosen (radio buttons), if any. */
    public Optional<T> getSelectedItem() {
        return getSelected().stream().findFirst();
    }

    /** Chooses {@code item}, as a tap on it would (for radio buttons, instead of the one chosen before). */
    public void select(T item) {
        int index = items.indexOf(item);
        if (index < 0) {
            throw new IllegalArgumentException("Choix absent de ce groupe : " + item);
        }
        set(index, true);
        fire();
    }

    /** Chooses nothing. */
    public void clear() {
        List.copyOf(selected).forEach(index -> set(index, false));
        fire();
    }

    /** Called with the items chosen each time the choice changes, by a tap or from the server. */
    public Registration addSelectionListener(SerializableConsumer<List<T>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Shows {@code message} above the choices and marks the group invalid for assistive technologies. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        getContent().getElement().setAttribute("aria-invalid", "true");
        getContent().getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        getContent().addClassName("choix-invalide");
    }

    public void clearError() {
        error.setText("");
        error.setVisible(false);
        getContent().getElement().removeAttribute("aria-invalid");
        getContent().getElement().removeAttribute("aria-describedby");
        getContent().removeClassName("choix-invalide");
    }

    public boolean isInvalid() {
        return error.isVisible();
    }

    public String getErrorMessage() {
        return error.getText();
    }

    /** The id of the first input, where the focus goes to correct the choice. */
    public String firstInputId() {
        return id + "-0";
    }

    /** Moves the keyboard focus to the chosen input, or the first one. */
    public void focus() {
        int index = selected.stream().findFirst().orElse(0);
        if (index < inputs.size()) {
            inputs.get(index).callJsFunction("focus");
        }
    }

    private void fromClient(int index, boolean checked) {
        if (mode == Mode.SINGLE) {
            selected.clear();
            if (checked) {
                selected.add(index);
            }
        } else if (checked) {
            selected.add(index);
        } else {
            selected.remove(index);
        }
        fire();
    }

    private void set(int index, boolean checked) {
        if (mode == Mode.SINGLE && checked) {
            List.copyOf(selected).forEach(other -> {
                if (other != index) {
                    inputs.get(other).setProperty("checked", false);
                    inputs.get(other).removeAttribute("checked");
                }
            });
            selected.clear();
        }
        if (checked) {
            selected.add(index);
            inputs.get(index).setAttribute("checked", true);
        } else {
            selected.remove(index);
            inputs.get(index).removeAttribute("checked");
        }
        inputs.get(index).setProperty("checked", checked);
    }

    private void fire() {
        List<T> now = getSelected();
        List.copyOf(listeners).forEach(listener -> listener.accept(now));
    }
}
