package fr.reperes.letters.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.core.LetterId;
import fr.reperes.letters.Letter;
import fr.reperes.letters.LetterLayout;
import fr.reperes.letters.LetterService;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.CaseFile;

import java.util.List;

/** Every letter, by family, with what it is for; anyone can open any of them directly. */
@Route(Routes.LETTERS)
@Menu(order = 5)
@StyleSheet("styles/lettres.css")
public class LettersView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    public LettersView(LetterService letters, CaseFile caseFile, PageTitles titles) {
        this.titles = titles;
        addClassName("vue");
        LetterLayout layout = letters.layout();
        add(new H1(layout.ui("liste_titre")), new Paragraph(layout.intro()), new Paragraph(layout.ui("liste_acces_direct")));
        List<LetterId> started = caseFile.preparedLetters().stream()
                .filter(id -> !caseFile.letterDraft(id).isEmpty())
                .filter(id -> letters.letter(id).isPresent()).toList();
        if (!started.isEmpty()) {
            UnorderedList list = new UnorderedList();
            started.forEach(id -> list.add(new ListItem(link(letters.letter(id).orElseThrow()))));
            Div current = new Div(new Paragraph(layout.ui("liste_en_cours")), list);
            current.addClassName("lettres-en-cours");
            add(current);
        }
        layout.families().forEach((family, label) -> {
            List<Letter> inFamily = letters.letters().stream().filter(letter -> letter.family().equals(family)).toList();
            if (inFamily.isEmpty()) {
                return;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("liste-lettres");
            for (Letter letter : inFamily) {
                Paragraph description = new Paragraph(letter.description());
                description.addClassName("resume");
                list.add(new ListItem(link(letter), description));
            }
            add(new Section(new H2(label), list));
        });
    }

    private static RouterLink link(Letter letter) {
        return new RouterLink(letter.title(), LetterView.class, new RouteParameters(Routes.LETTER_PARAMETER, letter.id().id()));
    }

    @Override
    public String getPageTitle() {
        return titles.tab("lettres");
    }
}
