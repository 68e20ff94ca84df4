package fr.reperes.web.ui;

import fr.reperes.content.ContentLibrary;
import fr.reperes.content.Page;
import fr.reperes.core.Links;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers a browser that opens a fiche's address directly ({@code GET /fiches/<slug>}) with the light page
 * ({@link LightFichePage}) instead of the application. Inside the application, going to a fiche never asks for
 * this address (the application changes the page itself), so it keeps its frame; an unknown fiche, a request of
 * the application ({@code ?v-r=…}) and any other method go on to Vaadin as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LightFicheFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/" + Links.PAGES + "/";

    private final ContentLibrary content;
    private final LightFichePage page;

    LightFicheFilter(ContentLibrary content, LightFichePage page) {
        this.content = content;
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Page> fiche = fiche(request);
        if (fiche.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String root = request.getContextPath() + "/";
        byte[] body = page.render(fiche.get(), root).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The fiche asked for, when the request is a plain GET of a known fiche's address. */
    Optional<Page> fiche(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        if (query != null && query.contains("v-r=")) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String slug = path.substring(PREFIX.length());
        if (slug.isEmpty() || slug.contains("/")) {
            return Optional.empty();
        }
        return content.page(slug);
    }
}
