package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import fr.reperes.web.navigation.Destination;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any unknown address, including an unknown page slug: a friendly page with a way forward, HTTP 404. Its words come
 * from {@code content/site/pages-d-erreur.yml} ({@link ErrorPagesWording}).
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final ErrorPagesWording words;

    public NotFoundView(ErrorPagesWording words, SearchBoxWording search) {
        this.words = words;
        addClassName("vue");
        add(new H1(words.text("introuvable.titre")), new Paragraph(words.text("introuvable.texte")),
                new SearchBox(search),
                new Paragraph(Destination.PAGES.link(words.text("introuvable.toutes-les-fiches"))));
    }

    @Override
    public String getPageTitle() {
        return words.text("introuvable.titre-onglet");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
