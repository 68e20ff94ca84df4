package fr.reperes.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last-resort error page, in French. Tomcat refuses some requests before any filter or controller runs
 * (an address longer than it reads, an encoded "/" or "\" in a path, a character not allowed in an address…) and
 * answers them with this valve: its stock page is in English. An API address gets the JSON the API always answers with, anything else a short French page; neither
 * says which server runs the site.
 */
class FrenchErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String message = FrenchErrorController.message(resolved == null ? HttpStatus.BAD_REQUEST : resolved);
        // An address too long to be read at all is most likely an API call with a pasted text, not a page.
        String uri = request.getRequestURI();
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            setIfAbsent(response, "Content-Security-Policy", SecurityHeadersFilter.CSP);
            setIfAbsent(response, "X-Content-Type-Options", "nosniff");
            setIfAbsent(response, "Referrer-Policy", "no-referrer");
            setIfAbsent(response, "X-Frame-Options", "DENY");
            setIfAbsent(response, "Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? "{\"erreur\":\"" + message.replace("\"", "\\\"") + "\"}"
                        : FrenchErrorController.page(message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot be written any more: nothing else to do.
        }
    }

    private static void setIfAbsent(Response response, String name, String value) {
        if (response.getHeader(name) == null) {
            response.setHeader(name, value);
        }
    }
}
