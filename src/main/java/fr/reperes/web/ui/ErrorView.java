package fr.reperes.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected error in a view: a calm French message, never a stack trace. Only the kind of error is logged,
 * not its message, which could quote something the user typed. Its words come from
 * {@code content/site/pages-d-erreur.yml} ({@link ErrorPagesWording}).
 */
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private final ErrorPagesWording words;

    public ErrorView(ErrorPagesWording words) {
        this.words = words;
        addClassName("vue");
        add(new H1(words.text("erreur.titre")), new Paragraph(words.text("erreur.texte")),
                new Paragraph(new RouterLink(words.text("erreur.retour"), HomeView.class)));
    }

    @Override
    public String getPageTitle() {
        return words.text("erreur.titre-onglet");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable cause = parameter.getCaughtException();
        StackTraceElement where = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
        LOG.error("Erreur dans une vue : {} à {}", cause.getClass().getName(), where);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
