package fr.reperes.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, in French, an address whose "%" escapes are broken or are not UTF-8 (a link copied from an old mail
 * program writes "é" as %E9), that carries more parameters than Tomcat reads, or that hides a "/../" segment. Left to Tomcat and Spring, such an
 * address fails deep inside the request — a server error for some paths — and the failure is logged with the
 * words of the address, which may be what a person searched for. Checked here first, it is a 400 and nothing is
 * logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MalformedAddressFilter extends OncePerRequestFilter {

    /** Tomcat's own limit (server.tomcat.max-parameter-count): beyond it, parameters fail to parse. */
    static final int MAX_PARAMETERS = 1_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String uri = request.getRequestURI();
        if (!decodable(uri) || dotSegment(uri)
                || query != null && (!decodable(query) || tooManyParameters(query))) {
            String message = "L'adresse demandée est mal formée : vérifiez le lien, ou retapez votre recherche.";
            if (uri.startsWith("/api/")) {
                ApiLimitsFilter.refuse(response, 400, message);
            } else {
                response.setStatus(400);
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(FrenchErrorController.page(message).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Every "%" is followed by two hexadecimal digits, and the bytes they give are UTF-8. */
    static boolean decodable(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A "." or ".." segment, possibly encoded (%2e) or with a ";" part: browsers remove them before sending, so only
     * a forged address has one. Past Tomcat, Vaadin answers it with an empty 400 and logs the path.
     */
    static boolean dotSegment(String uri) {
        for (String segment : URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8).split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooManyParameters(String query) {
        int parameters = 1;
        for (int i = 0; i < query.length() && parameters <= MAX_PARAMETERS; i++) {
            if (query.charAt(i) == '&') {
                parameters++;
            }
        }
        return parameters > MAX_PARAMETERS;
    }
}
