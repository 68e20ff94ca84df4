package fr.reperes.web;

import fr.reperes.BenchmarkReport;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.catalina.session.StandardManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the heap one idle visitor costs, and proof that it is given back when the session expires. A few
 * hundred visitors open the application the way a browser does — {@code GET /}, then Vaadin's bootstrap request
 * {@code GET /?v-r=init&location=&query=} with the session cookie, which creates the UI and answers its first UIDL
 * (JSON) — and then stay idle. The heap is measured after full collections, before and after; then the sessions
 * expire (timeout shortened to one minute here, checked every 10 s) and the heap is measured again. Budget
 * (issue 8): ≤ 300 KB per idle UI session.
 *
 * <pre>mvn -B -Pbenchmarks test -Dtest=SessionMemoryBenchmark [-Dmemory.sessions=300]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.timeout=1m", "reperes.api.requests-per-minute=0"})
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 300);
    private static final int WARM_UP_SESSIONS = 20;
    private static final double BUDGET_KB = 300;

    @TestConfiguration
    static class CountSessions {

        @Bean
        LiveSessions liveSessions() {
            return new LiveSessions();
        }

        /** Expired sessions are looked for at every background run (10 s), not every sixth (one minute). */
        @Bean
        TomcatContextCustomizer expireSessionsPromptly() {
            return context -> {
                StandardManager manager = new StandardManager();
                manager.setProcessExpiresFrequency(1);
                context.setManager(manager);
            };
        }
    }

    static class LiveSessions implements HttpSessionListener {
        final AtomicInteger live = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            live.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            live.decrementAndGet();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    LiveSessions sessions;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void heapPerIdleUiSessionAndItsReleaseOnExpiry() throws Exception {
        for (int i = 0; i < WARM_UP_SESSIONS; i++) {
            openVisit();
        }
        long before = heapAfterGc();
        int liveBefore = sessions.live.get();
        long started = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            openVisit();
        }
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long open = heapAfterGc();
        int liveOpen = sessions.live.get();
        double perSessionKb = (open - before) / 1024.0 / SESSIONS;

        long waitStart = System.nanoTime();
        while (sessions.live.get() > 0 && System.nanoTime() - waitStart < Duration.ofMinutes(4).toNanos()) {
            Thread.sleep(2_000);
        }
        double waited = (System.nanoTime() - waitStart) / 1e9;
        long expired = heapAfterGc();

        BenchmarkReport report = new BenchmarkReport("memory");
        report.row("Mémoire — tas retenu par session Vaadin inactive", "%.0f Ko (%d sessions ouvertes en %.1f s : %.1f Mo "
                        + "de plus après GC ; budget ≤ 300 Ko : %s)", perSessionKb, SESSIONS, openSeconds,
                (open - before) / 1048576.0, perSessionKb <= BUDGET_KB ? "respecté" : "DÉPASSÉ");
        report.row("Mémoire — après expiration des sessions", "%d sessions vivantes (contre %d ouvertes) après %.0f s ; "
                        + "tas %+.1f Mo par rapport à avant leur ouverture (%.1f Mo rendus)", sessions.live.get(),
                liveOpen, waited, (expired - before) / 1048576.0, (open - expired) / 1048576.0);
        report.row("Mémoire — tas de l'application seule", "%.0f Mo après GC (avec %d sessions de chauffe, mode "
                + "développement de Vaadin) ; %s", before / 1048576.0, WARM_UP_SESSIONS, BenchmarkReport.machine());
        report.write();
        assertThat(liveOpen - liveBefore).as("une session par visiteur").isEqualTo(SESSIONS);
    }

    /** What a browser does to open the application: the page, then Vaadin's bootstrap request with the cookie. */
    private void openVisit() throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query="))
                .header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> init = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(init.body()).as("réponse UIDL du démarrage").startsWith("{\"appConfig\"").contains("\"uidl\"")
                .contains("\"Vaadin-Security-Key\"");
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
