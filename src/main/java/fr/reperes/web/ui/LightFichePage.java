package fr.reperes.web.ui;

import fr.reperes.content.FicheWording;
import fr.reperes.content.Page;
import fr.reperes.core.LegalReference;
import fr.reperes.core.Links;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.session.PrivacySettings;
import fr.reperes.web.session.QuickExitScript;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
    private final FrameWording words;
    private final CrisisWording crisis;
    private final SearchBoxWording search;
    private final PageTitles titles;
    private final FicheWording fiche;
    private final PrivacySettings privacy;
    private final String quickExitScript;
    private final String stylesVersion;
    private final String lightStylesVersion;

    public LightFichePage(FrameWording words, CrisisWording crisis, SearchBoxWording search, PageTitles titles,
                          FicheWording fiche, PrivacySettings privacy, QuickExitScript quickExit) {
        this.words = words;
        this.crisis = crisis;
        this.search = search;
        this.titles = titles;
        this.fiche = fiche;
        this.privacy = privacy;
        this.quickExitScript = quickExit.script();
        this.stylesVersion = checksum(STYLES);
        this.lightStylesVersion = checksum(LIGHT_STYLES);
    }

    /** The whole document of {@code page}; {@code root} is the application's address ending with "/". */
    String render(Page page, String root) {
        Document document = Document.createShell(root);
        document.outputSettings().prettyPrint(false);
        Element html = document.selectFirst("html");
        html.attr("lang", "fr");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("title").text(titles.tab("page", page.title()));
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
        body.appendChild(menu());
        Element main = body.appendElement("main").id("contenu").attr("tabindex", "-1");
        main.appendChild(article(page));
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

    private Element crisisBand() {
        Element band = new Element("div").addClass("urgence").attr("role", "region")
                .attr("aria-label", crisis.text("region-nom-accessible"));
        band.appendElement("span").addClass("urgence-question").text(crisis.text("question") + " ");
        CrisisWording.NUMBERS.forEach(number -> {
            Element link = band.appendElement("a").addClass("appel").attr("href", "tel:" + number);
            link.appendElement("span").addClass("appel-numero").text(number);
            link.appendElement("span").addClass("appel-detail").text("\u00a0— " + crisis.purpose(number));
        });
        return band;
    }

    private Element menu() {
        // A disclosure that works without scripts and with the keyboard (Enter or Space on "Menu").
        Element details = new Element("details").addClass("menu-leger");
        details.appendElement("summary").text(words.text("menu-page-legere"));
        Element form = details.appendElement("form").addClass("recherche-legere").attr("role", "search")
                .attr("aria-label", search.text("menu.libelle")).attr("action", "rechercher").attr("method", "get");
        form.appendElement("label").attr("for", "recherche-mots").text(search.text("menu.libelle"));
        form.appendElement("input").id("recherche-mots").attr("type", "search").attr("name", "q")
                .attr("placeholder", search.text("menu.exemple")).attr("autocomplete", "off");
        form.appendElement("button").attr("type", "submit").text(search.text("menu.bouton"));
        Element nav = details.appendElement("nav").attr("aria-label", words.text("navigation-nom-accessible"));
        Element list = nav.appendElement("ul");
        titles.menuPaths().forEach(path -> list.appendElement("li").appendElement("a")
                .attr("href", path.isEmpty() ? "./" : path).text(titles.menu(path)));
        return details;
    }

    private Element article(Page page) {
        Element article = new Element("div").addClass("vue").addClass("fiche");
        article.appendElement("h1").text(page.title());
        article.appendElement("p").addClass("chapeau").text(page.summary());
        article.appendChild(reviewed(page));
        if (page.toc().size() >= 3) { // as in the application (FicheView.TOC_MIN_HEADINGS)
            Element toc = article.appendElement("nav").addClass("sommaire").attr("aria-labelledby", "sommaire");
            toc.appendElement("h2").id("sommaire").text(fiche.text("sommaire"));
            Element items = toc.appendElement("ol");
            page.toc().forEach(heading -> items.appendElement("li").appendElement("a")
                    .attr("href", Links.page(page.slug(), heading.anchor())).text(heading.title()));
        }
        article.appendElement("div").addClass("texte").append(page.html());
        Element sources = article.appendElement("section").addClass("sources");
        sources.appendElement("h2").text(fiche.text("textes-et-sources"));
        sources.appendElement("p").text(fiche.text("articles-cites"));
        Element articles = sources.appendElement("ul");
        for (LegalReference reference : page.legal()) {
            Element item = articles.appendElement("li");
            item.appendElement("a").attr("href", reference.legifranceUrl()).attr("rel", "noopener noreferrer")
                    .text(reference.toString());
            item.appendElement("span").text(" — " + reference.codeName());
        }
        sources.appendElement("p").text(fiche.text("sources"));
        Element list = sources.appendElement("ul");
        page.sources().forEach(source -> list.appendElement("li").text(source));
        sources.appendChild(reviewed(page));
        return article;
    }

    private Element reviewed(Page page) {
        return new Element("p").addClass("verification").text(fiche.reviewed(page));
    }

    private Element footer() {
        Element footer = new Element("footer").addClass("pied");
        footer.appendElement("span").text(words.text("pied") + " ");
        footer.appendElement("a").attr("href", "a-propos").text(words.text("pied-a-propos"));
        footer.appendElement("span").text(" · ");
        footer.appendElement("a").attr("href", "confidentialite").text(words.text("pied-confidentialite"));
        footer.appendElement("span").text(" · ");
        footer.appendElement("a").attr("href", "accessibilite").text(words.text("pied-accessibilite"));
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
