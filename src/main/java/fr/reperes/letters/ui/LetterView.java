package fr.reperes.letters.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.letters.ComposedLetter;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterField;
import fr.reperes.letters.LetterLayout;
import fr.reperes.letters.LetterService;
import fr.reperes.web.components.DateInputTexts;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One letter: the form (prefilled from the interview), the letter as it will print with its editable body, the
 * downloads and the sending instructions. Everything typed goes at once into the session's case file, so nothing is
 * lost when the user navigates away and comes back.
 */
@Route(Routes.LETTER)
@StyleSheet("styles/lettres.css")
public class LetterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterService letters;
    private final CaseFile caseFile;
    private final DateInputTexts dateTexts;
    private final Clock clock;
    private final PageTitles titles;
    private Letter letter;
    private Map<String, String> draft;
    private LetterForm form;
    private LetterPreview preview;
    private LetterExports exports;
    private SendingInstructions instructions;
    private String title = "Lettre";

    public LetterView(LetterService letters, CaseFile caseFile, DateInputTexts dateTexts, Clock clock,
                      PageTitles titles) {
        this.titles = titles;
        this.letters = letters;
        this.caseFile = caseFile;
        this.dateTexts = dateTexts;
        this.clock = clock;
        addClassName("vue");
        addClassName("vue-lettre");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        letter = event.getRouteParameters().get(Routes.LETTER_PARAMETER).flatMap(LetterId::byId).flatMap(letters::letter).orElse(null);
        if (letter == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = letter.title();
        draft = caseFile.letterDraft(letter.id());
        boolean fresh = draft.isEmpty();
        Map<String, String> known = letters.prefill(letter.id(), caseFile.facts());
        known.forEach(draft::putIfAbsent);
        build(fresh && !known.equals(letters.prefill(letter.id(), Facts.unknown())));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("page", title);
    }

    private void build(boolean prefilledFromInterview) {
        removeAll();
        LetterLayout layout = letters.layout();
        Paragraph description = new Paragraph(letter.description());
        description.addClassName("chapeau");
        RouterLink back = new RouterLink(layout.ui("retour_liste"), LettersView.class);
        back.addClassName("retour");
        // Why this signatory, when the answers say something about it; without answers there is nothing to explain.
        String proposal = caseFile.facts().equals(Facts.unknown()) ? null
                : letters.proposal(letter.id(), caseFile.facts()).because();
        Div letterColumn = new Div();
        form = new LetterForm(letter, layout, prefilledFromInterview, proposal, this::typed,
                () -> letters.validate(letter.id(), values()), last -> letterColumn.setVisible(last), dateTexts,
                LocalDate.now(clock));
        preview = new LetterPreview(draft, layout, letters::html, this::refreshExports);
        exports = new LetterExports(letters, layout, this::verify, () -> letters.text(current(), false));
        instructions = new SendingInstructions(letter, layout);
        letterColumn.add(preview, exports, instructions);
        Div columns = new Div(form, letterColumn);
        columns.addClassName("lettre-colonnes");
        add(back, new H1(letter.title()), description, columns);
        form.show(draft);
        refresh();
    }

    /** A field changed (value) or was left (committed, value null). */
    private void typed(LetterField field, String value, boolean committed) {
        if (value != null) {
            draft.put(field.id(), value);
        }
        refresh();
        form.showErrors(letters.validate(letter.id(), values()), false);
        if (committed) {
            preview.askIfProposalChanged();
        }
    }

    private void refresh() {
        Map<String, String> values = values();
        ComposedLetter proposed = letters.preview(letter.id(), values);
        form.refreshVisibility(values, letter.signatories().size());
        preview.show(proposed);
        instructions.show(proposed.instructions());
        refreshExports();
    }

    private void refreshExports() {
        Map<String, String> errors = letters.validate(letter.id(), values());
        List<String> missing = errors.entrySet().stream().filter(e -> LetterService.MISSING.equals(e.getValue()))
                .map(e -> form.label(e.getKey())).toList();
        List<String> wrong = errors.entrySet().stream().filter(e -> !LetterService.MISSING.equals(e.getValue()))
                .map(e -> form.label(e.getKey())).toList();
        exports.update(errors.isEmpty() ? preview.current(letters.compose(letter.id(), values())) : null, missing, wrong);
    }

    private void verify() {
        form.showErrors(letters.validate(letter.id(), values()), true);
        form.focusFirstError();
    }

    /** The letter as it stands, with the user's body, for the clipboard. */
    private ComposedLetter current() {
        return preview.current(letters.preview(letter.id(), values()));
    }

    /** The field values of the draft, without the editor's own keys. */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        draft.forEach((key, value) -> {
            if (!key.startsWith("_")) {
                values.put(key, value);
            }
        });
        return values;
    }
}
