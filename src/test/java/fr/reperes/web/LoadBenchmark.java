package fr.reperes.web;

import fr.reperes.BenchmarkReport;
import fr.reperes.HostileInput;
import fr.reperes.core.Facts;
import fr.reperes.letters.LetterSamples;
import fr.reperes.search.SearchQueries;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import static fr.reperes.Timings.percentile;

/**
 * Not a test: the API under 200 concurrent clients (one thread each, Java's HTTP client, loopback) for 60 seconds,
 * on a mix of what associations' and lawyers' tools call — an assessment of varied facts, searches people type,
 * letters rendered in PDF, DOCX and text. Reports, per endpoint, requests, errors, throughput and p50/p99 latency
 * against the budgets of issue 8: zero errors, assessment p99 ≤ 50 ms. Two runs: each client sending its next
 * request as soon as the previous one is answered (the hardest reading of "200 concurrent clients": the server is
 * saturated, latency is mostly waiting), then pausing one second on average. Each run first loads the server
 * without measuring until the JIT compiler has settled. The rate limit is off; the clients run in the server's JVM
 * and share its cores.
 *
 * <pre>mvn -B -Pbenchmarks test -Dtest=LoadBenchmark [-Dload.seconds=20] [-Dload.clients=200]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reperes.api.requests-per-minute=0")
// Closed afterwards: the memory benchmark measures the heap of its own application only.
@DirtiesContext
class LoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("load.clients", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    /** Warm-up: at least this long, then until the JIT compiler has settled (see {@link #warmUp}), at most 3 min. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("load.warmup.seconds", 15);
    private static final int WARM_UP_MAX_SECONDS = Integer.getInteger("load.warmup.max.seconds", 180);
    private static final int WARM_UP_WINDOW_SECONDS = 5;
    /** The JIT has settled when it compiles less than this share of a window (5 %: 250 ms of 5 s). */
    private static final double SETTLED_COMPILATION_SHARE = 0.05;
    private static final double ASSESSMENT_BUDGET_MS = 50;

    /** The mix: out of 100 requests, how many of each. */
    enum Endpoint {
        ASSESSMENT("évaluation (POST /api/assessment)", 40),
        SEARCH("recherche (GET /api/search)", 40),
        LETTER_PDF("lettre en PDF (POST /api/letters/…?format=pdf)", 8),
        LETTER_DOCX("lettre en DOCX", 6),
        LETTER_TXT("lettre en texte", 6);

        final String label;
        final int weight;

        Endpoint(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        static Endpoint pick(Random random) {
            int n = random.nextInt(100);
            for (Endpoint endpoint : values()) {
                if ((n -= endpoint.weight) < 0) {
                    return endpoint;
                }
            }
            return ASSESSMENT;
        }
    }

    @LocalServerPort
    int port;

    /** Latencies in nanoseconds, grown as needed: one per client and endpoint, merged at the end. */
    private static final class Samples {
        long[] nanos = new long[1024];
        int size;
        int errors;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }
    }

    private record Bodies(List<String> facts, List<String> queries, List<Map.Entry<String, String>> letters) {
    }

    /** The hardest reading of "200 concurrent clients": each sends its next request as soon as it has the answer. */
    @Test
    void twoHundredClientsWithoutPause() throws Exception {
        measure("load", "Charge sans pause", 0);
    }

    /** The same clients pausing one second on average between requests, as programs serving people would. */
    @Test
    void twoHundredClientsPausingOneSecond() throws Exception {
        measure("load-pauses", "Charge avec pauses de 1 s", 1_000);
    }

    private void measure(String name, String title, long thinkMs) throws Exception {
        Bodies bodies = new Bodies(facts(new Random(1), 500), SearchQueries.realistic(), letters());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        String before = BenchmarkReport.machine();
        int warmUp = warmUp(http, bodies, thinkMs);
        var compiler = ManagementFactory.getCompilationMXBean();
        long compileStart = compiler.getTotalCompilationTime();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        Map<String, Long> threadsStart = cpuByRole();
        long start = System.nanoTime();
        Map<Endpoint, Samples> results = run(http, bodies, SECONDS, thinkMs, new Random(3));
        double seconds = (System.nanoTime() - start) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds / cores;
        Map<String, Long> threadsEnd = cpuByRole();
        double compiling = (compiler.getTotalCompilationTime() - compileStart) / 1e3 / seconds;
        double serverCpu = (threadsEnd.get(SERVER) - threadsStart.get(SERVER)) / 1e9 / seconds / cores;
        double clientCpu = (threadsEnd.get(CLIENTS_ROLE) - threadsStart.get(CLIENTS_ROLE)) / 1e9 / seconds / cores;

        BenchmarkReport report = new BenchmarkReport(name);
        int requests = 0;
        int errors = 0;
        for (Endpoint endpoint : Endpoint.values()) {
            Samples samples = results.get(endpoint);
            long[] sorted = Arrays.copyOf(samples.nanos, samples.size);
            Arrays.sort(sorted);
            requests += samples.size;
            errors += samples.errors;
            report.row(title + " — " + endpoint.label, "%d requêtes, %d erreurs, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.0f ms",
                    samples.size, samples.errors, samples.size / seconds, percentile(sorted, 0.50) / 1e6,
                    percentile(sorted, 0.99) / 1e6, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
        long[] assessment = Arrays.copyOf(results.get(Endpoint.ASSESSMENT).nanos, results.get(Endpoint.ASSESSMENT).size);
        Arrays.sort(assessment);
        double assessmentP99 = percentile(assessment, 0.99) / 1e6;
        report.row(title + " — ensemble", "%d clients simultanés%s pendant %.0f s (après %d s de chauffe) : %d requêtes, "
                        + "%.0f req/s, %d erreurs (budget 0 : %s)", CLIENTS,
                thinkMs > 0 ? " (pause moyenne " + thinkMs + " ms)" : " sans pause", seconds, warmUp, requests,
                requests / seconds, errors, errors == 0 ? "respecté" : "DÉPASSÉ");
        report.row(title + " — budget évaluation p99 ≤ 50 ms", "%.1f ms : %s", assessmentP99,
                assessmentP99 <= ASSESSMENT_BUDGET_MS ? "respecté" : "DÉPASSÉ");
        report.row(title + " — processeur", "%.0f %% des %d cœurs pour le processus : %.0f %% pour les fils du serveur "
                        + "(%.1f ms de processeur par requête), %.0f %% pour les fils des clients de test (même JVM), le reste "
                        + "pour le client HTTP de Java, le ramasse-miettes et le compilateur (compilation JIT pendant la "
                        + "mesure : %.1f %% du temps) ; avant la mesure : %s", cpu * 100, cores, serverCpu * 100,
                serverCpu * cores * seconds * 1000 / Math.max(1, requests), clientCpu * 100, compiling * 100, before);
        report.write();
    }

    /**
     * Load without measuring until the server is in its steady state: connections and pools open, and the JIT
     * compiler done with the hot code (PDF, DOCX, Lucene and JSON code paths are large; on 2 cores the compiler took
     * a quarter of the processor for the first minute, which a server that has been up for a while does not pay).
     * Returns the seconds spent.
     */
    private int warmUp(HttpClient http, Bodies bodies, long thinkMs) throws InterruptedException {
        var compiler = ManagementFactory.getCompilationMXBean();
        Random seeds = new Random(2);
        run(http, bodies, WARM_UP_SECONDS, thinkMs, seeds);
        int spent = WARM_UP_SECONDS;
        while (spent < WARM_UP_MAX_SECONDS) {
            long compiledBefore = compiler.getTotalCompilationTime();
            run(http, bodies, WARM_UP_WINDOW_SECONDS, thinkMs, seeds);
            spent += WARM_UP_WINDOW_SECONDS;
            long compiledMs = compiler.getTotalCompilationTime() - compiledBefore;
            System.out.printf("Chauffe : %d s, compilation JIT %d ms sur les %d dernières secondes%n", spent, compiledMs,
                    WARM_UP_WINDOW_SECONDS);
            if (compiledMs < SETTLED_COMPILATION_SHARE * WARM_UP_WINDOW_SECONDS * 1000) {
                break;
            }
        }
        return spent;
    }

    /** Processor time of the client threads that have ended (a thread's time cannot be read once it has ended). */
    private final LongAdder endedClientsCpu = new LongAdder();

    private static final String SERVER = "serveur";
    private static final String CLIENTS_ROLE = "clients";

    /**
     * CPU time so far of the server's request threads (Tomcat's) and of the test clients' threads that have ended,
     * in nanoseconds. The HTTP client's own threads come and go (an idle worker ends): they are left in "the rest".
     */
    private Map<String, Long> cpuByRole() {
        var threads = ManagementFactory.getThreadMXBean();
        long server = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            String name = info.getThreadName();
            if (name.startsWith("http-nio-") || name.startsWith("tomcat-")) {
                server += cpu;
            }
        }
        return Map.of(SERVER, server, CLIENTS_ROLE, endedClientsCpu.sum());
    }

    private Map<Endpoint, Samples> run(HttpClient http, Bodies bodies, int seconds, long thinkMs, Random seeds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Map<Endpoint, Samples>> perClient = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        AtomicBoolean firstFailureShown = new AtomicBoolean();
        for (int c = 0; c < CLIENTS; c++) {
            Map<Endpoint, Samples> mine = new EnumMap<>(Endpoint.class);
            for (Endpoint endpoint : Endpoint.values()) {
                mine.put(endpoint, new Samples());
            }
            perClient.add(mine);
            Random random = new Random(seeds.nextLong());
            // Platform threads, not virtual ones: with 200 virtual clients sleeping between requests on 2 carrier
            // threads, about 170 of them were woken at the same instant every 10 s or so, a burst no real set of
            // clients makes, which alone put the assessment p99 at 90–110 ms while the processor was two-thirds idle.
            Thread.ofPlatform().name("client-" + c).start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Endpoint endpoint = Endpoint.pick(random);
                        HttpRequest request = request(endpoint, bodies, random);
                        long started = System.nanoTime();
                        String failure;
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            failure = check(endpoint, response);
                        } catch (java.io.IOException e) {
                            failure = e.toString();
                        }
                        Samples samples = mine.get(endpoint);
                        samples.add(System.nanoTime() - started);
                        if (failure != null) {
                            samples.errors++;
                            if (firstFailureShown.compareAndSet(false, true)) {
                                System.out.println("Première erreur (" + endpoint + ") : " + failure);
                            }
                        }
                        if (thinkMs > 0) { // exponential pauses: requests arrive at random, not in step
                            long pause = (long) (-thinkMs * Math.log(1 - random.nextDouble()));
                            Thread.sleep(Math.max(0, Math.min(pause, (end - System.nanoTime()) / 1_000_000)));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    endedClientsCpu.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    done.countDown();
                }
            });
        }
        done.await();
        Map<Endpoint, Samples> merged = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            Samples all = new Samples();
            for (Map<Endpoint, Samples> client : perClient) {
                Samples samples = client.get(endpoint);
                for (int i = 0; i < samples.size; i++) {
                    all.add(samples.nanos[i]);
                }
                all.errors += samples.errors;
            }
            merged.put(endpoint, all);
        }
        return merged;
    }

    private HttpRequest request(Endpoint endpoint, Bodies bodies, Random random) {
        String base = "http://localhost:" + port;
        return switch (endpoint) {
            case ASSESSMENT -> post(base + "/api/assessment", bodies.facts().get(random.nextInt(bodies.facts().size())));
            case SEARCH -> HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + URLEncoder.encode(
                    bodies.queries().get(random.nextInt(bodies.queries().size())), StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60)).build();
            default -> {
                Map.Entry<String, String> letter = bodies.letters().get(random.nextInt(bodies.letters().size()));
                String format = endpoint == Endpoint.LETTER_PDF ? "pdf" : endpoint == Endpoint.LETTER_DOCX ? "docx" : "txt";
                yield post(base + "/api/letters/" + letter.getKey() + "?format=" + format, letter.getValue());
            }
        };
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** Null when the answer is the expected document; otherwise what was wrong. */
    private static String check(Endpoint endpoint, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return "statut " + response.statusCode() + " : " + new String(response.body(), StandardCharsets.UTF_8);
        }
        byte[] body = response.body();
        String start = new String(body, 0, Math.min(body.length, 16), StandardCharsets.ISO_8859_1);
        boolean expected = switch (endpoint) {
            case ASSESSMENT -> start.startsWith("{\"regimes\"");
            case SEARCH -> start.startsWith("{\"total\"");
            case LETTER_PDF -> start.startsWith("%PDF-");
            case LETTER_DOCX -> start.startsWith("PK");
            case LETTER_TXT -> body.length > 500;
        };
        return expected ? null : "réponse inattendue : " + start;
    }

    /** Varied, well-formed facts: the situations of people who answered part or all of the interview. */
    static List<String> facts(Random random, int count) {
        List<String> all = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
            StringJoiner json = new StringJoiner(",", "{", "}");
            addEnum(json, random, "respondent", Facts.Respondent.values());
            addEnum(json, random, "careSetting", Facts.CareSetting.values());
            addEnum(json, random, "careBasis", Facts.CareBasis.values());
            addEnum(json, random, "restraint", Facts.Restraint.values());
            addEnum(json, random, "justiceMeasure", Facts.JusticeMeasure.values());
            addEnum(json, random, "protection", Facts.Protection.values());
            for (String yesNo : List.of("minor", "detained", "programmeDeSoins")) {
                if (random.nextBoolean()) {
                    json.add("\"" + yesNo + "\":" + (random.nextInt(4) == 0));
                }
            }
            for (String date : List.of("admissionDate", "lastJudgeDecisionDate", "recordsRequestDate", "judgeDecisionDate")) {
                if (random.nextInt(3) == 0) {
                    json.add("\"" + date + "\":\"" + today.minusDays(random.nextInt(400)) + "\"");
                }
            }
            addList(json, random, "goals", Facts.Goal.values());
            addList(json, random, "documentsHeld", Facts.DocumentHeld.values());
            all.add(json.toString());
        }
        return all;
    }

    private static void addEnum(StringJoiner json, Random random, String name, Enum<?>[] values) {
        if (random.nextInt(4) != 0) {
            json.add("\"" + name + "\":\"" + values[random.nextInt(values.length)].name() + "\"");
        }
    }

    private static void addList(StringJoiner json, Random random, String name, Enum<?>[] values) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (int n = random.nextInt(4); n > 0; n--) {
            list.add("\"" + values[random.nextInt(values.length)].name() + "\"");
        }
        json.add("\"" + name + "\":" + list);
    }

    private static List<Map.Entry<String, String>> letters() {
        List<Map.Entry<String, String>> letters = new ArrayList<>();
        LetterSamples.all().forEach((id, values) -> {
            StringJoiner json = new StringJoiner(",", "{", "}");
            values.forEach((field, value) -> json.add("\"" + field + "\":\"" + HostileInput.escape(value) + "\""));
            letters.add(Map.entry(id, json.toString()));
        });
        return letters;
    }
}
