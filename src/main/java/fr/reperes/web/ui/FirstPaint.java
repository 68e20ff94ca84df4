package fr.reperes.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import fr.reperes.content.ContentLibrary;
import fr.reperes.web.navigation.Routes;
import fr.reperes.web.session.PrivacySettings;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * What a person sees before the application's scripts arrive. On a slow connection the Vaadin client takes many
 * seconds to load; the first HTML response already carries the crisis numbers, a "Quitter rapidement" link and,
 * for the home page, its text (a fiche opened directly is a whole page without the application, see
 * {@link LightFichePage}). The block is hidden by the style sheet as soon as the application
 * has drawn its own frame (see {@code .premier-affichage} in {@code reperes.css}), so nothing is shown twice. Its words
 * are the frame's, the home page's and the crisis band's ({@code content/site/cadre.yml}, {@code ecran-accueil.yml},
 * {@code urgence.yml}), and {@code premier-affichage.md} for the numbers.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    static final String BLOCK_ID = "premier-affichage";

    private final ContentLibrary content;
    private final PrivacySettings privacy;
    /** The words, read at start-up like the frame's: nothing is read from content/ while a page is served. */
    private final String crisisName;
    private final String quit;
    private final String loading;
    private final String homeTitle;
    private final String start;

    FirstPaint(ContentLibrary content, PrivacySettings privacy, FrameWording frame, HomeWording home,
               CrisisWording crisis) {
        this.content = content;
        this.privacy = privacy;
        this.crisisName = crisis.text("region-nom-accessible");
        this.quit = frame.text("quitter");
        this.loading = frame.text("chargement");
        this.homeTitle = home.text("titre");
        this.start = home.text("commencer");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addFirstPaint);
    }

    void addFirstPaint(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        addFirstPaint(response.getDocument().body(), path == null ? "/" : path);
    }

    /** Puts the block at the top of {@code body} for the page at {@code path} (e.g. "/", "/fiches/soins-libres"). */
    void addFirstPaint(Element body, String path) {
        Element block = body.prependElement("div").id(BLOCK_ID).addClass("premier-affichage");
        Element band = block.appendElement("div").addClass("premier-urgence")
                .attr("role", "region").attr("aria-label", crisisName);
        band.append(content.siteHtml("premier-affichage"));
        // Works without any script: a plain link to the neutral site; with the head script, it also drops the
        // session and keeps Back from coming back (window.reperesQuitter, see sortie-rapide.js).
        block.appendElement("a").addClass("premier-quitter").attr("href", privacy.quickExitUrl())
                .attr("rel", "noreferrer")
                .attr("onclick", "if (window.reperesQuitter) { window.reperesQuitter(); return false; }")
                .text(quit);
        Element main = block.appendElement("div").addClass("premier-contenu");
        String route = path.startsWith("/") ? path.substring(1) : path;
        if (route.equals(Routes.HOME)) {
            main.appendElement("h1").text(homeTitle);
            main.appendElement("div").addClass("texte").append(content.siteHtml("accueil"));
            main.appendElement("p").addClass("premier-commencer").appendElement("a").attr("href", Routes.QUESTIONNAIRE)
                    .text(start);
        }
        // A fiche opened directly never reaches here: it gets the whole light page (LightFicheFilter).
        block.appendElement("p").addClass("premier-chargement").text(loading);
    }
}
