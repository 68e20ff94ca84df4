package fr.reperes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark as rows of the project's table ({@code | mesure | valeur |}), printed and written to
 * {@code target/benchmarks/<name>.md}; {@code bench/run-all} puts every benchmark's rows into one table.
 */
public final class BenchmarkReport {

    private static final Path DIRECTORY = Path.of("target", "benchmarks");

    private final String name;
    private final List<String> rows = new ArrayList<>();

    public BenchmarkReport(String name) {
        this.name = name;
    }

    public BenchmarkReport row(String measure, String value) {
        rows.add("| " + measure + " | " + value + " |");
        return this;
    }

    public BenchmarkReport row(String measure, String format, Object... values) {
        return row(measure, String.format(Locale.ROOT, format, values));
    }

    /** Prints the rows and writes them (replacing this benchmark's previous figures). */
    public void write() {
        System.out.println();
        System.out.println("| mesure | valeur |");
        System.out.println("| --- | --- |");
        rows.forEach(System.out::println);
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name + ".md"), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's load average over the last minute, and its cores: to judge how quiet the measure was. */
    public static String machine() {
        return String.format(Locale.ROOT, "charge %.1f sur %d cœurs, JDK %s",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
    }
}
