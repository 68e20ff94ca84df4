package fr.reperes.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a security reviewer checks with curl: headers, French errors, limits, nothing but health exposed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reperes.api.requests-per-minute=40")
class HttpHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        var headers = home.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Cache-Control")).contains("no-store");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("HSTS seulement en HTTPS").isEmpty();
        assertThat(home.body()).contains("lang=\"fr\"");
    }

    @Test
    void theFirstResponseAlreadyHasTheCrisisNumbersTheWayOutAndTheFichesText() throws Exception {
        String fiche = get("/fiches/soins-sur-decision-du-prefet", "text/html").body();
        assertThat(fiche).contains("href=\"tel:3114\"", "Quitter rapidement",
                "<h1>Les soins sur décision du préfet (SDRE)</h1>");
        assertThat(get("/", "text/html").body()).contains("Commencer le questionnaire");
    }

    @Test
    void versionedFilesAreKeptAYearAndPagesNever() throws Exception {
        String home = get("/", "text/html").body();
        var script = java.util.regex.Pattern.compile("VAADIN/build/[^\"]+\\.js").matcher(home);
        assertThat(script.find()).as("script versionné du bundle dans la page d'accueil").isTrue();
        assertThat(get("/" + script.group(), "*/*").headers().firstValue("Cache-Control"))
                .contains(VersionedFilesCache.IMMUTABLE);
        assertThat(get("/styles/reperes.css?v-c=0123abcd", "text/css").headers().firstValue("Cache-Control"))
                .contains(VersionedFilesCache.IMMUTABLE);
        assertThat(get("/styles/reperes.css", "text/css").headers().firstValue("Cache-Control").orElse(""))
                .doesNotContain("immutable");
        assertThat(get("/fiches/soins-libres", "text/html").headers().firstValue("Cache-Control"))
                .contains("no-store");
    }

    @Test
    void anUnknownApiPageIsA404InFrenchWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/api/pages/hospitalisation-d-office", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable").doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void anOversizedApiBodyIsRefusedWith413InFrench() throws Exception {
        String huge = "{\"a\":\"" + "x".repeat(100_000) + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/pages/soins-libres"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("trop volumineuse");
    }

    @Test
    void actuatorExposesOnlyHealth() throws Exception {
        assertThat(get("/actuator/health", "application/json").body()).contains("\"UP\"");
        assertThat(get("/actuator/env", "application/json").body()).doesNotContain("propertySources");
        assertThat(get("/actuator/beans", "application/json").body()).doesNotContain("contentLibrary");
        assertThat(get("/actuator", "application/json").body()).doesNotContain("\"env\"").doesNotContain("\"beans\"");
    }

    @Test
    void aClientSendingTooManyApiRequestsGetsA429InFrench() throws Exception {
        int limited = 0;
        String lastBody = "";
        for (int i = 0; i < 100; i++) { // 100 > 2 × 40: over the limit even if a minute boundary falls inside the loop
            HttpResponse<String> response = get("/api/pages/soins-libres", "application/json");
            if (response.statusCode() == 429) {
                limited++;
                lastBody = response.body();
                assertThat(response.headers().firstValue("Retry-After")).contains("60");
            }
        }
        assertThat(limited).isPositive();
        assertThat(lastBody).contains("Trop de demandes");
    }
}
