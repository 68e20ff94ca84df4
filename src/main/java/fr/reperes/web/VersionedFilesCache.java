package fr.reperes.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Files whose address changes when their content changes are kept by the browser for a year without asking again:
 * the scripts of the Vaadin bundle ({@code /VAADIN/build/}, a content hash in every name) and the style sheets
 * linked with a content checksum ({@code ?v-c=…}). A repeat visit then loads nothing but the page itself, which is
 * never cached ({@code no-store}, see {@link SecurityHeadersFilter}). Vaadin would send one hour; the header it
 * tries to set is ignored for these files.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class VersionedFilesCache extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    static boolean versioned(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        return uri.startsWith("/VAADIN/build/")
                || (query != null && query.startsWith("v-c=") && uri.endsWith(".css")
                        && (uri.startsWith("/lumo/") || uri.startsWith("/styles/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!versioned(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }
}
