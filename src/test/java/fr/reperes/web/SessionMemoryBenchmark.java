package fr.reperes.web;

import com.vaadin.flow.component.internal.ComponentTracker;
import fr.reperes.BenchmarkReport;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.catalina.session.StandardManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;

import javax.management.ObjectName;
import java.lang.reflect.Field;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the heap one idle visitor costs, and proof that it is given back when the session expires. A few
 * hundred visitors open the application the way a browser does — {@code GET /}, then Vaadin's bootstrap request
 * {@code GET /?v-r=init&location=&query=} with the session cookie, which creates the UI (JSON), then the client's
 * first UIDL message ({@code ui-navigate}), which builds the view — and then stay idle on the home page (and, for a
 * second figure, on the assessment's result page). The
 * heap is measured after full collections, before and after; then the sessions expire (timeout shortened to one
 * minute here, checked every 10 s) and the heap is measured again. Budget (issue 8): ≤ 300 KB per idle UI session.
 *
 * <pre>mvn -B -Pbenchmarks test -Dtest=SessionMemoryBenchmark [-Dmemory.sessions=300] [-Dmemory.histogram=true]
 *     [-Dmemory.devTracker=true]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.timeout=1m", "reperes.api.requests-per-minute=0"})
@DirtiesContext
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 300);
    private static final int WARM_UP_SESSIONS = 20;
    /** -Dmemory.histogram: also print the classes that grew, to find what a session holds or what is not released. */
    private static final boolean HISTOGRAM = Boolean.getBoolean("memory.histogram");
    private static final int RESULT_SESSIONS = Math.max(10, SESSIONS / 3);
    private static final String RESULT = "resultat";
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

    /**
     * Vaadin's development mode keeps, for its developer tools, the stack trace of the creation and attachment of
     * every component (ComponentTracker, off in production mode): about as much again as the session itself, kept in
     * a weak map until the map is next used. Switched off here unless -Dmemory.devTracker=true, so that the figure is
     * the production one; the tests run Vaadin in development mode.
     */
    private static void likeProductionMode() throws ReflectiveOperationException {
        if (!Boolean.getBoolean("memory.devTracker")) {
            Field disabled = ComponentTracker.class.getDeclaredField("disabled");
            disabled.setAccessible(true);
            disabled.set(null, Boolean.TRUE);
        }
    }

    @Test
    void heapPerIdleUiSessionAndItsReleaseOnExpiry() throws Exception {
        likeProductionMode();
        for (int i = 0; i < WARM_UP_SESSIONS; i++) {
            openVisit("");
            openVisit(RESULT);
        }
        long before = heapAfterGc();
        Map<String, Long> classesBefore = HISTOGRAM ? histogram() : Map.of();
        int liveBefore = sessions.live.get();
        long started = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            openVisit("");
        }
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long idleOpen = heapAfterGc();
        double perSessionKb = (idleOpen - before) / 1024.0 / SESSIONS;
        // The heaviest page a visitor can leave open: the result of the assessment, with its steps and letters.
        for (int i = 0; i < RESULT_SESSIONS; i++) {
            openVisit(RESULT);
        }
        long allOpen = heapAfterGc();
        if (HISTOGRAM) {
            printGrowth("ouvertes", classesBefore, histogram());
        }
        double perResultKb = (allOpen - idleOpen) / 1024.0 / RESULT_SESSIONS;
        int liveOpen = sessions.live.get();

        long waitStart = System.nanoTime();
        while (sessions.live.get() > 0 && System.nanoTime() - waitStart < Duration.ofMinutes(4).toNanos()) {
            Thread.sleep(2_000);
        }
        double waited = (System.nanoTime() - waitStart) / 1e9;
        long expired = heapAfterGc();
        if (HISTOGRAM) {
            printGrowth("expirées", classesBefore, histogram());
        }

        BenchmarkReport report = new BenchmarkReport("memory");
        report.row("Mémoire — tas retenu par session Vaadin inactive", "%.0f Ko (%d sessions ouvertes en %.1f s : %.1f Mo "
                        + "de plus après GC ; budget ≤ 300 Ko : %s)", perSessionKb, SESSIONS, openSeconds,
                (idleOpen - before) / 1048576.0, perSessionKb <= BUDGET_KB ? "respecté" : "DÉPASSÉ");
        report.row("Mémoire — tas retenu par session laissée sur la page de résultat", "%.0f Ko (%d sessions)",
                perResultKb, RESULT_SESSIONS);
        report.row("Mémoire — après expiration des sessions", "%d sessions vivantes (contre %d ouvertes) après %.0f s ; "
                        + "tas %+.1f Mo par rapport à avant leur ouverture (%.1f Mo rendus)", sessions.live.get(),
                liveOpen, waited, (expired - before) / 1048576.0, (allOpen - expired) / 1048576.0);
        report.row("Mémoire — tas de l'application seule", "%.0f Mo après GC (avec %d sessions de chauffe ; Vaadin en mode "
                + "développement, traceur de composants %s)", before / 1048576.0, 2 * WARM_UP_SESSIONS,
                Boolean.getBoolean("memory.devTracker") ? "actif" : "coupé comme en production");
        report.write();
        assertThat(liveOpen - liveBefore).as("une session par visiteur").isEqualTo(SESSIONS + RESULT_SESSIONS);
    }

    private void openVisit(String location) throws Exception {
        VaadinVisits.open(http, "http://localhost:" + port, location);
    }

    /** Bytes by class, from the JVM's own GC.class_histogram command (which collects first). */
    private static Map<String, Long> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                bytes.put(columns[3], Long.parseLong(columns[2]));
            }
        }
        return bytes;
    }

    private static void printGrowth(String when, Map<String, Long> before, Map<String, Long> after) {
        System.out.println("Classes qui ont le plus grandi (sessions " + when + ") :");
        after.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue() - before.getOrDefault(b.getKey(), 0L),
                        a.getValue() - before.getOrDefault(a.getKey(), 0L))).limit(25)
                .forEach(e -> System.out.printf("  %+10d Ko  %s%n", (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1024,
                        e.getKey()));
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
