package fr.reperes.web;

import fr.reperes.ApiFuzzSupport;
import fr.reperes.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API below the controllers: forged request lines, encodings no client library would write, page addresses
 * with path tricks, bodies without a declared length. Tomcat refuses some of these before any filter runs; the
 * answer is still a French 4xx, never a server error, an English page or a server version.
 */
class HttpFuzzTest extends ApiFuzzSupport {

    private static final List<String> API = List.of("GET /api/search?q=", "GET /api/pages/", "GET /api/letters/",
            "POST /api/letters/saisine-cglpl?format=", "POST /api/assessment?x=");

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Not a server error; if refused, refused in French (either form). 505 is the one answer HTTP requires for an
     * unknown protocol version ("HTTP/9.9"): not a failure of the server.
     */
    private static void check(Answer answer, String replay) {
        if (answer.status() == 505) {
            assertThat(answer.text()).as(replay).contains("Version du protocole HTTP");
            return;
        }
        assertThat(answer.status()).as("%s : %s", replay, abbreviate(answer.text())).isLessThan(500);
        if (answer.status() >= 400) {
            assertRefusedInFrenchEitherForm(answer, replay);
        }
    }

    /** A French refusal: the API's JSON, or, when Tomcat could not even read the address, the French page. */
    private static void assertRefusedInFrenchEitherForm(Answer answer, String replay) {
        if (answer.header("Content-Type").startsWith("application/json")) {
            assertRefusedInFrench(answer, replay);
            return;
        }
        assertThat(answer.status()).as("%s : %s", replay, abbreviate(answer.text())).isBetween(400, 499);
        assertThat(answer.text()).as(replay).contains("lang=\"fr\"").contains("Revenir à l'accueil")
                .doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
    }

    @Test
    void forgedEscapesInTheAddressAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_301);
        List<String> forged = List.of("%", "%Z", "%ZZ", "%G0", "%%", "%2F", "%5C", "%2e%2e%2F", "..%2F..%2F", "%00",
                "%u00e9", "%C0%AE%C0%AE/", "%E0%80%AF", "/..;/", ";jsessionid=1", "%3B", "%09", "%20");
        for (int i = 0; i < 200; i++) {
            String line = in.pick(API) + in.pick(forged) + (in.chance(0.5) ? in.pick(forged) : "")
                    + URLEncoder.encode(in.text(6), StandardCharsets.UTF_8);
            Answer answer = raw(latin1(line + " HTTP/1.1\r\nContent-Type: application/json"), latin1("{}"));
            check(answer, in.replay(i) + " : " + abbreviate(line));
        }
    }

    @Test
    void rawBytesAndBrokenRequestLinesGetAFrenchRefusal() {
        HostileInput in = new HostileInput(8_302);
        List<byte[]> lines = List.of(
                latin1("GET /api/search?q=\u00e9 HTTP/1.1"), // a raw Latin-1 byte in the address
                "GET /api/search?q=é HTTP/1.1".getBytes(StandardCharsets.UTF_8), // raw UTF-8 bytes
                latin1("GET /api/search?q={juge} HTTP/1.1"),
                latin1("GET /api/search?q=a|b HTTP/1.1"),
                latin1("GET /api/search?q=a\u0001b HTTP/1.1"),
                latin1("GET /api/pages/soins libres HTTP/1.1"),
                latin1("GET /api/pages/<script> HTTP/1.1"),
                latin1("GET http://ailleurs.example/api/pages/soins-libres HTTP/1.1"),
                latin1("GET /api/search?q=juge HTTP/9.9"),
                latin1("GET /api/search?q=juge HTTP/1.1 de trop"),
                latin1("BREW /api/search?q=juge HTTP/1.1"),
                latin1("GET /api/../../etc/passwd HTTP/1.1"),
                latin1("GET /api/search?q=" + "j".repeat(20_000) + " HTTP/1.1"),
                latin1("GET /api/search?q=juge HTTP/1.1\r\nX-Long: " + "x".repeat(20_000)),
                latin1("GET /api/search?q=juge HTTP/1.1\r\nContent-Type: application/json\r\nContent-Type: text/plain"),
                latin1("POST /api/assessment HTTP/1.1\r\nContent-Type: application/json; charset=\"\u00ff\""));
        int i = 0;
        for (byte[] line : lines) {
            Answer answer = raw(line, latin1("{}"));
            String replay = "ligne n° " + i++ + " : " + abbreviate(new String(line, StandardCharsets.ISO_8859_1));
            check(answer, replay);
        }
        for (int j = 0; j < 100; j++) {
            byte[] noise = in.bytes(200);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            line.writeBytes(latin1(in.pick(API)));
            line.writeBytes(noise);
            line.writeBytes(latin1(" HTTP/1.1"));
            Answer answer = raw(line.toByteArray(), new byte[0]);
            check(answer, in.replay(j));
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theWordsOfAMalformedAddressNeverReachTheLog(CapturedOutput output) {
        String canary = "CANARI" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> lines = List.of(
                "GET /api/search?q=" + canary + "%E9tait",           // Latin-1, not UTF-8
                "GET /api/search?q=" + canary + "%ZZ",
                "GET /api/search?q=" + canary + "\u00e9",            // a raw byte
                "GET /api/search?q=" + canary + "{x}",
                "GET /api/letters/saisine-cglpl?format=" + canary + "%C0%AF",
                "GET /api/pages/" + canary + ";x=%%%",
                "GET /recherche?q=" + canary + "%E9",
                "GET /api/search?q=" + canary.repeat(1_000),
                "GET /api/search?" + ("q=" + canary + "&").repeat(1_200));
        for (String line : lines) {
            check(raw(latin1(line + " HTTP/1.1"), new byte[0]), abbreviate(line));
        }
        assertThat(output.getAll()).as("le journal ne contient pas les mots de l'adresse").doesNotContain(canary);
    }

    @Test
    void hostilePageAddressesAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_303);
        for (int i = 0; i < 200; i++) {
            String slug = in.chance(0.7) ? URLEncoder.encode(in.anyText(), StandardCharsets.UTF_8).replace("+", "%20")
                    : in.pick(List.of("soins-libres.json", "soins-libres/", "SOINS-LIBRES", "soins-libres%00",
                    "soins-libres;x=1", "..%2Fsoins-libres", "%2e%2e", ".", "..", "soins-libres?format=xml", "%EF%BB%BF"));
            if (slug.isEmpty() || slug.equals(".") || slug.equals("..")) {
                continue; // another address altogether (/api/pages or /api): not a page
            }
            Answer answer = get("/api/pages/" + slug);
            check(answer, in.replay(i) + " : " + slug);
        }
        assertThat(get("/api/pages/soins-libres").status()).isEqualTo(200);
        assertRefusedInFrench(get("/api/pages/soins-libres-x"), "fiche inconnue");
    }

    @Test
    void aBodyWithoutDeclaredLengthBeyondTheLimitIsRefusedInFrench() throws Exception {
        for (String path : List.of("/api/assessment", "/api/letters/saisine-cglpl?format=txt")) {
            byte[] body = HostileInput.utf8("{\"motifs\":\"" + "a".repeat(200_000) + "\"}");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(),
                    java.util.Map.of("content-type", response.headers().firstValue("Content-Type").orElse("")), response.body());
            assertRefusedInFrench(answer, "200 Ko sans longueur déclarée vers " + path);
        }
    }

    @Test
    void unknownApiAddressesAndMethodsAreRefusedInFrench() {
        HostileInput in = new HostileInput(8_304);
        for (int i = 0; i < 100; i++) {
            String path = "/api/" + in.pick(List.of("", "pages/", "letters/", "search/", "assessment/", "v2/"))
                    + URLEncoder.encode(in.anyText(), StandardCharsets.UTF_8).replace("+", "%20") + "-x"
                    + (in.chance(0.5) ? "/x" : "");
            String method = in.pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));
            Answer answer = send(method, path, "application/json", method.equals("GET") ? null : HostileInput.utf8("{}"));
            String replay = in.replay(i) + " : " + method + " " + abbreviate(path);
            if (method.equals("OPTIONS") && answer.status() == 200) {
                // An address that exists ("/api/letters/{id}") answers OPTIONS with the methods it accepts.
                assertThat(answer.header("Allow")).as(replay).isNotEmpty();
            } else {
                // Never the application's HTML page with a 200, which a program would take for a success.
                assertRefusedInFrench(answer, replay);
            }
        }
    }
}
