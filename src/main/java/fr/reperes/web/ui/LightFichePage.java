package fr.reperes.web.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteData;
import fr.reperes.content.Page;
import fr.reperes.core.LegalReference;
import fr.reperes.core.Links;
import fr.reperes.web.session.PrivacySettings;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A fiche opened directly (a link in a text message, a bookmark, a search engine, a reload): the whole page in one
 * HTML response, without the application's scripts. The frame is the application's — skip link, "Quitter
 * rapidement" (with the same head script: Shift three times, Back sent away), the crisis numbers, the menu's links
 * and search, the footer — and the fiche is the same as {@code content.ui.FicheView} shows inside the application:
 * title, summary, review date, table of contents, text, articles and sources. On a weak connection the page is
 * read in a few seconds and weighs a tenth of the application; the questionnaire, the search and the letters load
 * the application when opened from it. See docs/decisions/light-fiche-pages.md.
 */
@Component
public class LightFichePage {

    static final String STYLES = "styles/reperes.css";
    static final String LIGHT_STYLES = "styles/page-legere.css";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final FrameWording words;
    private final PrivacySettings privacy;
    private final String quickExitScript;
    private final String stylesVersion;
    private final String lightStylesVersion;

    public LightFichePage(FrameWording words, PrivacySettings privacy,
                          fr.reperes.web.session.QuickExitScript quickExit) {
        this.words = words;
        this.privacy = privacy;
        this.quickExitScript = quickExit.script();
        this.stylesVersion = checksum(STYLES);
        this.lightStylesVersion = checksum(LIGHT_STYLES);
    }

    /** A menu entry of the application ({@code @Menu} on a view): its title and its address. */
    record MenuEntry(String title, String path, double order) {

        static List<MenuEntry> of(List<RouteData> routes) {
            return routes.stream()
                    .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                    .map(route -> {
                        Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
                        return new MenuEntry(menu.title(), route.getTemplate(), menu.order());
                    })
                    .sorted(Comparator.comparingDouble(MenuEntry::order))
                    .toList();
        }
    }

    /** The whole document of {@code page}; {@code root} is the application's address ending with "/". */
    String render(Page page, String root, Supplier<List<MenuEntry>> menu) {
        Document document = Document.createShell(root);
        document.outputSettings().prettyPrint(false);
        Element html = document.selectFirst("html");
        html.attr("lang", "fr");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("title").text(page.title() + " — Repères");
        // Relative addresses (the fiches' own links, the menu) resolve from the application's root, as in it.
        head.appendElement("base").attr("href", root);
        head.appendElement("script").appendChild(new DataNode(quickExitScript));
        head.appendElement("link").attr("rel", "icon").attr("href", "icons/reperes.svg");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", STYLES + "?v-c=" + stylesVersion);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", LIGHT_STYLES + "?v-c=" + lightStylesVersion);

        Element body = document.body().addClass("page-legere");
        String here = Links.page(page.slug());
        body.appendChild(header(here));
        body.appendChild(crisisBand());
        body.appendChild(menu(menu.get()));
        Element main = body.appendElement("main").id("contenu").attr("tabindex", "-1");
        main.appendChild(fiche(page));
        body.appendChild(footer());
        return "<!DOCTYPE html>" + document.outerHtml();
    }

    private Element header(String here) {
        Element bar = new Element("header").addClass("barre");
        // With the page's <base>, "#contenu" alone would lead to the home page.
        bar.appendElement("a").addClass("lien-evitement").attr("href", here + "#contenu").text(words.text("aller-au-contenu"));
        bar.appendElement("a").addClass("marque").attr("href", "./").text("Repères");
        // Without scripts, a form that opens the neutral site; with them, the same exit as in the application.
        Element exit = bar.appendElement("form").addClass("sortie").attr("action", privacy.quickExitUrl())
                .attr("method", "get").attr("rel", "noreferrer");
        exit.appendElement("button").attr("type", "submit").addClass("quitter")
                .attr("title", words.text("quitter-info-bulle"))
                .attr("aria-describedby", "raccourci-sortie")
                .attr("onclick", "if (window.reperesQuitter) { window.reperesQuitter(); return false; }")
                .text(words.text("quitter"));
        bar.appendElement("span").id("raccourci-sortie").addClass("annonce").text(words.text("quitter-raccourci"));
        bar.appendElement("span").id("annonce-sortie").addClass("annonce").attr("aria-live", "assertive");
        return bar;
    }

    private static Element crisisBand() {
        Element band = new Element("div").addClass("urgence").attr("role", "region")
                .attr("aria-label", "Numéros d'urgence");
        band.appendElement("span").addClass("urgence-question").text("Besoin d'aide tout de suite\u00a0? ");
        CrisisLinks.NUMBERS.forEach(call -> {
            Element link = band.appendElement("a").addClass("appel").attr("href", "tel:" + call.number());
            link.appendElement("span").addClass("appel-numero").text(call.number());
            link.appendElement("span").addClass("appel-detail").text("\u00a0— " + call.what());
        });
        return band;
    }

    private Element menu(List<MenuEntry> entries) {
        // A disclosure that works without scripts and with the keyboard (Enter or Space on "Menu").
        Element details = new Element("details").addClass("menu-leger");
        details.appendElement("summary").text("Menu");
        Element search = details.appendElement("form").addClass("recherche-legere").attr("role", "search")
                .attr("aria-label", "Rechercher dans Repères").attr("action", "rechercher").attr("method", "get");
        search.appendElement("label").attr("for", "recherche-mots").text("Rechercher dans Repères");
        search.appendElement("input").id("recherche-mots").attr("type", "search").attr("name", "q")
                .attr("placeholder", "Ex. : sortir du CMP").attr("autocomplete", "off");
        search.appendElement("button").attr("type", "submit").text("Chercher");
        Element nav = details.appendElement("nav").attr("aria-label", words.text("navigation-nom-accessible"));
        Element list = nav.appendElement("ul");
        entries.forEach(entry -> list.appendElement("li").appendElement("a")
                .attr("href", entry.path().isEmpty() ? "./" : entry.path()).text(entry.title()));
        return details;
    }

    private static Element fiche(Page page) {
        Element article = new Element("div").addClass("vue").addClass("fiche");
        article.appendElement("h1").text(page.title());
        article.appendElement("p").addClass("chapeau").text(page.summary());
        article.appendChild(reviewed(page));
        if (page.toc().size() >= 3) {
            Element toc = article.appendElement("nav").addClass("sommaire").attr("aria-labelledby", "sommaire");
            toc.appendElement("h2").id("sommaire").text("Sommaire");
            Element items = toc.appendElement("ol");
            page.toc().forEach(heading -> items.appendElement("li").appendElement("a")
                    .attr("href", Links.page(page.slug(), heading.anchor())).text(heading.title()));
        }
        article.appendElement("div").addClass("texte").append(page.html());
        Element sources = article.appendElement("section").addClass("sources");
        sources.appendElement("h2").text("Textes et sources");
        sources.appendElement("p").text("Articles cités :");
        Element articles = sources.appendElement("ul");
        for (LegalReference reference : page.legal()) {
            Element item = articles.appendElement("li");
            item.appendElement("a").attr("href", reference.legifranceUrl()).attr("rel", "noopener noreferrer")
                    .text(reference.toString());
            item.appendElement("span").text(" — " + reference.codeName());
        }
        sources.appendElement("p").text("Sources :");
        Element list = sources.appendElement("ul");
        page.sources().forEach(source -> list.appendElement("li").text(source));
        sources.appendChild(reviewed(page));
        return article;
    }

    private static Element reviewed(Page page) {
        return new Element("p").addClass("verification")
                .text("Dernière vérification : " + page.reviewed().format(FRENCH_DATE));
    }

    private Element footer() {
        Element footer = new Element("footer").addClass("pied");
        footer.appendElement("span").text(words.text("pied") + " ");
        footer.appendElement("a").attr("href", "a-propos").text("À propos");
        footer.appendElement("span").text(" · ");
        footer.appendElement("a").attr("href", "confidentialite").text("Confidentialité");
        footer.appendElement("span").text(" · ");
        footer.appendElement("a").attr("href", "accessibilite").text("Accessibilité");
        return footer;
    }

    /** A short checksum of a style sheet served from {@code META-INF/resources}: a new version, a new address. */
    private static String checksum(String path) {
        try (InputStream in = LightFichePage.class.getResourceAsStream("/META-INF/resources/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Feuille de style introuvable : " + path);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
