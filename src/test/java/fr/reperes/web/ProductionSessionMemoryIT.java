package fr.reperes.web;

import fr.reperes.BenchmarkReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: {@link SessionMemoryBenchmark}'s measurement on the PRODUCTION jar, in another process — Vaadin in
 * production mode, as deployed. Visitors open the application as a browser does ({@link VaadinVisits}); the jar's
 * live heap is read with {@code jcmd <pid> GC.class_histogram}, which counts the objects still reachable after a
 * full collection. Run by {@code bench/memory-production}, which builds and starts the jar with sessions of one
 * minute:
 * <pre>mvn failsafe:integration-test failsafe:verify -Dit.test=ProductionSessionMemoryIT
 *     -Dreperes.base-url=http://localhost:18090 -Dreperes.pid=12345 [-Dmemory.sessions=300]</pre>
 */
class ProductionSessionMemoryIT {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 300);
    private static final int RESULT_SESSIONS = Math.max(10, SESSIONS / 3);
    private static final int WARM_UP_SESSIONS = 20;
    private static final double BUDGET_KB = 300;
    /** Sessions last one minute in the jar started by the script; Tomcat looks for expired ones every minute. */
    private static final Duration EXPIRY_WAIT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String required(String property, String example) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("ProductionSessionMemoryIT mesure le jar de production lancé à part : "
                    + "indiquez -D" + property + "=" + example + " (voir bench/memory-production).");
        }
        return value;
    }

    @Test
    void heapPerIdleSessionOnTheProductionJar() throws Exception {
        String base = required("reperes.base-url", "http://localhost:18090");
        long pid = Long.parseLong(required("reperes.pid", "12345"));
        Path jcmd = jcmdOf(pid);

        for (int i = 0; i < WARM_UP_SESSIONS; i++) {
            VaadinVisits.open(http, base, "");
            VaadinVisits.open(http, base, "resultat");
        }
        long before = liveHeap(jcmd, pid);
        long started = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            VaadinVisits.open(http, base, "");
        }
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long idleOpen = liveHeap(jcmd, pid);
        for (int i = 0; i < RESULT_SESSIONS; i++) {
            VaadinVisits.open(http, base, "resultat");
        }
        long allOpen = liveHeap(jcmd, pid);

        // Expiry: the heap must come back to where it was before the sessions were opened.
        long waitStart = System.nanoTime();
        long expired = allOpen;
        while (System.nanoTime() - waitStart < EXPIRY_WAIT.toNanos()) {
            TimeUnit.SECONDS.sleep(15);
            expired = liveHeap(jcmd, pid);
            if (expired - before < (allOpen - before) / 20) { // less than 5 % of what the sessions held is left
                break;
            }
        }
        double waited = (System.nanoTime() - waitStart) / 1e9;

        double perSessionKb = (idleOpen - before) / 1024.0 / SESSIONS;
        BenchmarkReport report = new BenchmarkReport("memory-production");
        report.row("Mémoire (jar de production) — tas retenu par session Vaadin inactive", "%.0f Ko (%d sessions ouvertes "
                        + "en %.1f s : %.1f Mo de plus d'objets vivants ; budget ≤ 300 Ko : %s)", perSessionKb, SESSIONS,
                openSeconds, (idleOpen - before) / 1048576.0, perSessionKb <= BUDGET_KB ? "respecté" : "DÉPASSÉ");
        report.row("Mémoire (jar de production) — session laissée sur la page de résultat", "%.0f Ko (%d sessions)",
                (allOpen - idleOpen) / 1024.0 / RESULT_SESSIONS, RESULT_SESSIONS);
        report.row("Mémoire (jar de production) — après expiration des sessions (1 min)", "tas %+.1f Mo par rapport à "
                        + "avant leur ouverture, %.1f Mo rendus, après %.0f s", (expired - before) / 1048576.0,
                (allOpen - expired) / 1048576.0, waited);
        report.row("Mémoire (jar de production) — objets vivants de l'application seule", "%.0f Mo (avec %d sessions "
                + "de chauffe)", before / 1048576.0, 2 * WARM_UP_SESSIONS);
        report.write();
    }

    /** The jcmd beside the java that runs the jar (same JDK, so that it can attach). */
    private static Path jcmdOf(long pid) {
        String java = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .orElseThrow(() -> new IllegalStateException("Processus " + pid + " introuvable"));
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("jcmd introuvable à côté de " + java);
        }
        return jcmd;
    }

    /** Bytes of the objects still reachable, from the last line of the class histogram ("Total …"). */
    private static long liveHeap(Path jcmd, long pid) throws IOException, InterruptedException {
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) { // twice: a collection can leave objects whose cleaning was only queued
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd a échoué : " + out);
            }
            String total = out.lines().filter(line -> line.startsWith("Total")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Histogramme sans total : " + out));
            String[] columns = total.trim().split("\\s+");
            smallest = Math.min(smallest, Long.parseLong(columns[2]));
            TimeUnit.MILLISECONDS.sleep(300);
        }
        return smallest;
    }
}
