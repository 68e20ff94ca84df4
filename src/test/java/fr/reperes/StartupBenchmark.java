package fr.reperes;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: how long the application takes to start in a new JVM — from launching {@code java} to the readiness
 * probe answering UP, as a load balancer sees it — and to stop gracefully on SIGTERM. Started from the test
 * classpath (Vaadin in development mode with its pre-compiled bundle); the production jar's start-up is printed by
 * {@code .ci/run}.
 *
 * <pre>mvn -B -Pbenchmarks test -Dtest=StartupBenchmark [-Dstartup.runs=3]</pre>
 */
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("startup.runs", 3);
    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Run(long readyMs, double springSeconds, long stopMs, int exitCode) {
    }

    @Test
    void startUpAndGracefulShutdown() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(startAndStop());
        }
        long[] ready = runs.stream().mapToLong(Run::readyMs).sorted().toArray();
        double[] spring = runs.stream().mapToDouble(Run::springSeconds).sorted().toArray();
        long[] stop = runs.stream().mapToLong(Run::stopMs).sorted().toArray();
        new BenchmarkReport("startup")
                .row("Démarrage — JVM neuve jusqu'à /actuator/health/readiness UP", "%d ms (médiane de %d ; de %d à %d ms)",
                        ready[ready.length / 2], RUNS, ready[0], ready[ready.length - 1])
                .row("Démarrage — « Started Application » selon Spring", "%.1f s (médiane)", spring[spring.length / 2])
                .row("Démarrage — arrêt gracieux sur SIGTERM", "%d ms (médiane ; code de sortie %s, 143 = 128 + SIGTERM)",
                        stop[stop.length / 2], Arrays.toString(runs.stream().mapToInt(Run::exitCode).distinct().toArray()))
                .write();
    }

    private Run startAndStop() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "fr.reperes.Application",
                "--server.port=" + port, "--spring.main.banner-mode=off").redirectErrorStream(true).start();
        // The log is read only to find Spring's own start-up time; nothing is kept.
        AtomicReference<Double> springSeconds = new AtomicReference<>(Double.NaN);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        springSeconds.set(Double.parseDouble(started.group(1)));
                    }
                }
            } catch (IOException ignored) {
                // the process has ended
            }
        });
        try {
            long readyMs = waitUntilReady(port, launched, process);
            long stopping = System.nanoTime();
            process.destroy(); // SIGTERM: Spring Boot's graceful shutdown
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("l'application ne s'est pas arrêtée en 60 s");
            }
            long stopMs = (System.nanoTime() - stopping) / 1_000_000;
            reader.join(5_000);
            return new Run(readyMs, springSeconds.get(), stopMs, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    private long waitUntilReady(int port, long launched, Process process) throws InterruptedException {
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        long deadline = launched + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("l'application s'est arrêtée au démarrage (code " + process.exitValue() + ")");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - launched) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new AssertionError("pas prête en 3 minutes");
    }
}
