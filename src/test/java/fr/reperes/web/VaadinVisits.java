package fr.reperes.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor opening the application the way a browser does, without a browser: {@code GET /<route>}, then Vaadin's
 * bootstrap request {@code GET /?v-r=init&location=…} with the session cookie, which creates the UI (JSON), then the
 * client's first UIDL message ({@code ui-navigate}), which builds the view. The session then stays idle. Used to
 * measure what an idle session costs, in the test server and on the production jar.
 */
final class VaadinVisits {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private VaadinVisits() {
    }

    static void open(HttpClient http, String base, String location) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/" + location))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + location + "&query="))
                .header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> init = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(init.body()).as("réponse UIDL du démarrage").startsWith("{\"appConfig\"").contains("\"uidl\"");
        Matcher token = CSRF.matcher(init.body());
        assertThat(token.find()).as("jeton de sécurité de la session Vaadin").isTrue();
        // Then Vaadin's client asks the server to show the route: the view is built and sent (the first UIDL message).
        String navigate = "{\"csrfToken\":\"" + token.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + location + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpRequest.Builder uidl = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate));
        if (cookie != null) {
            uidl.header("Cookie", cookie);
        }
        HttpResponse<String> view = http.send(uidl.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).as("la vue est construite et envoyée").contains("\"changes\"").contains("\"h1\"");
    }
}
