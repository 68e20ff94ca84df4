package fr.reperes;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real server on a random port (Tomcat, filters, error pages: everything a client meets), with the rate limit
 * off so that hundreds of cases can be sent from one address. The fuzz tests of every endpoint extend this class
 * and so share one application context. Two ways to send: {@link #send} (Java's HTTP client, for everything a
 * well-behaved client can send) and {@link #raw} (a socket, for request lines no client library would write).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reperes.api.requests-per-minute=0")
public abstract class ApiFuzzSupport {

    /** A common French word, or a letter only French uses here: the message is written for a French reader. */
    private static final Pattern FRENCH = Pattern.compile(
            "(?iu)(^|[^\\p{L}])(le|la|les|l'|de|des|du|d'|un|une|est|sont|vous|votre|ce|cette|au|aux|à|pas|trop|"
                    + "ici|non|champ|valeur|demande|requête|inconnue?|introuvable|attendue?)([^\\p{L}]|$)|[éèêàçœ«»]");
    /** Words and marks of an English or technical message, a stack trace or a server version. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(\\bthe\\b|\\berror\\b|\\binvalid\\b|not found|bad request|exception|\\bat [a-z]+\\.|java\\.|"
                    + "jackson|springframework|tomcat|catalina|vaadin|\\bline \\d|stack)");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    protected int port;

    /** A response read in full. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    protected Answer send(String method, String pathAndQuery, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            return new Answer(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new AssertionError("le serveur a coupé la connexion au lieu de répondre : " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected Answer postJson(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, "application/json", HostileInput.utf8(json));
    }

    protected Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    /**
     * Sends bytes as they are on a fresh connection: {@code head} is the request line and headers without the
     * blank line; Host, Connection and Content-Length are added.
     */
    protected Answer raw(byte[] head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write(("\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\nConnection: close\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before reading everything (a request line too long): read on.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new AssertionError("le serveur a coupé la connexion au lieu de répondre : " + e, e);
        }
    }

    private static Answer parse(byte[] response) throws IOException {
        String all = new String(response, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("réponse incomplète : " + all.length() + " octets");
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    return body.toByteArray();
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.skipNBytes(2);
        }
    }

    /** Not a server error; and if refused, refused in French (see {@link #assertRefusedInFrench}). */
    protected static void assertNoServerError(Answer answer, String replay) {
        assertThat(answer.status()).as("%s : statut %s, réponse %s", replay, answer.status(), abbreviate(answer.text()))
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertRefusedInFrench(answer, replay);
        }
    }

    /**
     * A 4xx whose body is a JSON object with an {@code erreur} field written in French, short, without a stack
     * trace, an English technical message or a server version.
     */
    protected static String assertRefusedInFrench(Answer answer, String replay) {
        assertThat(answer.status()).as("%s : statut, réponse %s", replay, abbreviate(answer.text())).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as("%s : type de la réponse %s %s", replay, answer.status(),
                abbreviate(answer.text())).startsWith("application/json");
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return fail(replay + " : la réponse n'est pas du JSON : " + abbreviate(answer.text()));
        }
        JsonNode error = body.get("erreur");
        assertThat(error).as("%s : champ « erreur » dans %s", replay, abbreviate(answer.text())).isNotNull();
        assertThat(error.isString()).as("%s : « erreur » est un texte", replay).isTrue();
        String message = error.asString();
        assertThat(message).as("%s : message en français", replay).matches(m -> FRENCH.matcher(m).find(), "français");
        assertThat(answer.text()).as("%s : ni trace ni message technique", replay)
                .matches(t -> !LEAK.matcher(t).find(), "sans fuite technique");
        assertThat(message.length()).as("%s : message court (la valeur reçue n'est pas recopiée)", replay)
                .isLessThan(1_500);
        return message;
    }

    protected static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
