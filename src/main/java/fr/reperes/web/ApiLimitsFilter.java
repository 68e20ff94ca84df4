package fr.reperes.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Limits on {@code /api/**}: a maximum body size (413) and a per-client request rate (429), both answered in
 * French. Bodies are never read here beyond counting their bytes, and nothing is logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiLimitsFilter extends OncePerRequestFilter {

    private final int maxBodyBytes;
    private final RateLimiter rateLimiter;

    ApiLimitsFilter(@Value("${reperes.api.max-body-bytes:65536}") int maxBodyBytes,
                    @Value("${reperes.api.requests-per-minute:300}") int requestsPerMinute, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.rateLimiter = new RateLimiter(requestsPerMinute, clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            refuse(response, 429, "Trop de demandes en peu de temps. Attendez une minute puis réessayez.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, 413, "La demande est trop volumineuse (" + (maxBodyBytes / 1024) + " Ko au plus).");
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
        } catch (BodyTooLarge tooLarge) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response, 413, "La demande est trop volumineuse (" + (maxBodyBytes / 1024) + " Ko au plus).");
            }
        }
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"erreur\":\"" + message.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown when a body without a declared length goes past the limit while being read. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("corps de requête trop volumineux");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final int limit;

        LimitedRequest(HttpServletRequest request, int limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > limit) {
                        throw new BodyTooLarge();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (count += n) > limit) {
                        throw new BodyTooLarge();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
