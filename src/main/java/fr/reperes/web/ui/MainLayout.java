package fr.reperes.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import fr.reperes.web.navigation.PageTitles;
import fr.reperes.web.session.EraseButton;
import fr.reperes.web.session.SessionEraser;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;

/**
 * The frame of every page: product name, navigation (a drawer on phones), crisis numbers, "Quitter rapidement"
 * and "Effacer mes réponses"; its words come from {@code content/site/cadre.yml} ({@link FrameWording}), the crisis
 * numbers' from {@code urgence.yml} ({@link CrisisWording}) and the menu's search box's from
 * {@code recherche-rapide.yml} ({@link SearchBoxWording}).
 * Views are shown inside a {@code <main id="contenu">} that the skip link targets.
 */
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SessionEraser eraser;
    private final Main main = new Main();
    private final Button quickExit;
    private final FrameWording words;

    private final Duration sessionTimeout;
    /** Whether this browser tab has already shown a page (the frame lives as long as the tab's UI). */
    private boolean navigatedBefore;

    private final Duration warningAfter;

    public MainLayout(SessionEraser eraser, EraseButton eraseButton, FrameWording words, CrisisWording crisis,
                      SearchBoxWording search, PageTitles titles,
                      @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
                      @Value("${reperes.session.warning-after:#{null}}") Duration warningAfter) {
        this.eraser = eraser;
        this.words = words;
        this.quickExit = new Button(words.text("quitter"));
        this.sessionTimeout = sessionTimeout;
        this.warningAfter = warningAfter;
        setPrimarySection(Section.NAVBAR);

        Anchor skip = new Anchor("#contenu", words.text("aller-au-contenu"));
        skip.addClassName("lien-evitement");
        // The page's <base href> would turn "#contenu" into another address: move the focus here instead.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById('contenu'); main.focus(); main.scrollIntoView(); })");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(words.text("menu-nom-accessible"));

        RouterLink brand = new RouterLink("Repères", HomeView.class);
        brand.addClassName("marque");

        quickExit.addClassName("quitter");
        quickExit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        quickExit.getElement().setAttribute("title", words.text("quitter-info-bulle"));
        // Said to screen readers with the button, and where a keyboard user can find it: Shift three times.
        Span shortcut = new Span(words.text("quitter-raccourci"));
        shortcut.setId("raccourci-sortie");
        shortcut.addClassName("annonce");
        quickExit.getElement().setAttribute("aria-describedby", "raccourci-sortie");
        Span announcer = new Span();
        announcer.setId("annonce-sortie");
        announcer.addClassName("annonce");
        announcer.getElement().setAttribute("aria-live", "assertive");
        // Fallback when the client-side listener below did not run (e.g. in server-side tests).
        quickExit.addClickListener(click -> click.getSource().getUI().ifPresent(eraser::eraseAndLeave));

        Div bar = new Div(skip, toggle, brand, quickExit, shortcut, announcer);
        bar.addClassName("barre");
        addToNavbar(bar);

        addToDrawer(SearchBox.inMenu(search), navigation(words.text("navigation-nom-accessible"), titles), eraseButton.create(),
                CrisisLinks.compact(crisis));

        main.setId("contenu");
        main.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(new Span(words.text("pied") + " "),
                new RouterLink(words.text("pied-a-propos"), AboutView.class), new Span(" · "),
                new RouterLink(words.text("pied-confidentialite"), PrivacyView.class), new Span(" · "),
                new RouterLink(words.text("pied-accessibilite"), AccessibilityView.class));
        footer.addClassName("pied");
        Div page = new Div(CrisisLinks.banner(crisis), main, footer);
        page.addClassName("page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    /**
     * After every navigation inside the application (not the first page opened), the new page opens at its top with the focus on its title
     * ({@code h1}, made focusable with {@code tabindex="-1"}): a screen reader announces the new page, a phone shows
     * its beginning rather than the previous page's scroll position. Run after Vaadin and the view have finished
     * their own updates, so that nothing takes the focus back.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Not on the page first opened: the browser starts at its top, and the first Tab must reach the skip link.
        if (navigatedBefore) {
            main.getElement().executeJs(ARRIVE_AT_TOP);
        }
        navigatedBefore = true;
    }

    /** Scroll to 0 (the window and any scrolled frame around the page), then focus the page's h1. */
    static final String ARRIVE_AT_TOP = """
            const main = this;
            const arrive = () => {
              window.scrollTo(0, 0);
              // The page may scroll inside the layout's shadow DOM: every scrolled box around the page goes back to 0.
              for (let e = main; e; e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                if (e.scrollTop) e.scrollTop = 0;
              }
              if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
              const title = main.querySelector('h1');
              if (title) {
                if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
                title.focus({preventScroll: true});
              } else {
                main.focus({preventScroll: true});
              }
            };
            setTimeout(() => requestAnimationFrame(arrive), 50);""";

    /**
     * The page is drawn from the first response (eager load), before the application's first exchange with the
     * server; when that exchange returns, the client-side router of the production bundle puts the whole page back
     * into its outlet once (it removes and re-inserts it). Whatever the person had done in between would be undone:
     * the focus (the skip link after a first Tab, a field being typed into: a phone closes its keyboard) and the
     * scroll position. This gives both back, once, right after that re-insertion.
     */
    static final String KEEP_FOCUS_AND_SCROLL_ON_FIRST_ROUTE = """
            const main = this;
            window.addEventListener('vaadin-router-location-changed', () => {
              let focused = document.activeElement;
              while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
              }
              const scrolled = [];
              for (let e = main; e; e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                if (e.scrollTop) scrolled.push([e, e.scrollTop]);
              }
              const y = window.scrollY;
              // The router re-inserts the page right after this event, in the same task: put things back after it.
              queueMicrotask(() => {
                if (focused && focused !== document.body && focused.isConnected && !focused.matches(':focus')) {
                  focused.focus({preventScroll: true});
                }
                scrolled.forEach(([e, top]) => { if (e.isConnected && e.scrollTop !== top) e.scrollTop = top; });
                if (window.scrollY !== y) window.scrollTo(window.scrollX, y);
              });
            }, {once: true});""";

    /**
     * On a slow connection the plain first paint ({@link FirstPaint}) can be used for several seconds before the
     * application draws its frame and hides it. If the person had reached one of its links with the keyboard (a
     * crisis number, "Quitter rapidement", "Commencer le questionnaire"), the focus moves to the same control of the
     * application instead of falling back to the top of the document: the Enter they are about to press still works.
     */
    static final String TAKE_OVER_FOCUS_FROM_FIRST_PAINT = """
            const block = document.getElementById($0);
            const was = document.activeElement;
            if (block && was && block.contains(was)) {
              const words = e => e.textContent.replace(/\\s+/g, ' ').trim();
              const href = was.getAttribute('href');
              const shown = [...document.querySelectorAll('a[href], button, vaadin-button')]
                  .filter(e => !block.contains(e) && !e.closest('[slot=drawer]')
                      && (e.checkVisibility ? e.checkVisibility({visibilityProperty: true}) : e.getClientRects().length > 0));
              const same = (href && href.startsWith('tel:') && shown.find(e => e.getAttribute('href') === href))
                  || shown.find(e => words(e) === words(was));
              if (same) same.focus();
            }""";

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(TAKE_OVER_FOCUS_FROM_FIRST_PAINT, FirstPaint.BLOCK_ID);
        main.getElement().executeJs(KEEP_FOCUS_AND_SCROLL_ON_FIRST_ROUTE);
        // Leave at once, before any server round trip, with the script every page carries in its <head>
        // (fr.reperes.web.session.QuickExitScript): the beacon drops the session, Back is sent away again.
        quickExit.getElement().executeJs("""
                this.addEventListener('click', e => {
                  if (!window.reperesQuitter) return;
                  e.stopImmediatePropagation();
                  window.reperesQuitter();
                }, {capture: true});""");
        // Warn five minutes before an idle session expires (and everything typed with it).
        long warnAfterSeconds = warningAfter != null ? warningAfter.toSeconds()
                : Math.max(60, sessionTimeout.toSeconds() - 300);
        getElement().executeJs("""
                const layout = this;
                let timer;
                const reset = () => { clearTimeout(timer); timer = setTimeout(warn, $0 * 1000); };
                const warn = () => {
                  if (document.getElementById('avertissement-session')) return;
                  const box = document.createElement('div');
                  box.id = 'avertissement-session';
                  box.className = 'avertissement-session';
                  box.setAttribute('role', 'alertdialog');
                  box.setAttribute('aria-labelledby', 'avertissement-session-texte');
                  const text = document.createElement('p');
                  text.id = 'avertissement-session-texte';
                  text.textContent = $1;
                  const keep = document.createElement('button');
                  keep.textContent = $2;
                  keep.addEventListener('click', () => { layout.$server.keepAlive(); box.remove(); reset(); });
                  box.append(text, keep);
                  document.body.append(box);
                  keep.focus();
                };
                ['click', 'keydown', 'input'].forEach(type => document.addEventListener(type, reset, {passive: true}));
                reset();""", warnAfterSeconds, words.text("session-va-expirer"), words.text("session-continuer"));
    }

    /** The "Continuer" of the expiry warning: a round trip is enough to keep the session alive. */
    @ClientCallable
    void keepAlive() {
        // Nothing to do: the request itself resets the session's idle time.
    }

    /**
     * The sections of the site, as the views declare them ({@code @Menu}, for the order): the frame does not import
     * the views. Their names come from {@code content/site/titres-des-pages.yml} ({@link PageTitles}).
     */
    private static Nav navigation(String name, PageTitles titles) {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(titles.menu(entry.path()), entry.path())));
        Nav wrapper = new Nav(nav);
        wrapper.getElement().setAttribute("aria-label", name);
        return wrapper;
    }
}
