package fr.reperes.search;

import fr.reperes.BenchmarkReport;
import fr.reperes.core.RegimeCode;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static fr.reperes.Timings.percentile;

/**
 * Index build time and query latency, on the real content and on a synthetic corpus 100 times larger made by
 * recombining the real paragraphs, titles and keywords. Not a test: it prints a table and asserts nothing.
 *
 * <pre>mvn -B -Pbenchmarks test -Dtest=SearchBenchmark</pre>
 *
 * Budgets: build ≤ 1 s and p99 ≤ 5 ms on the real content; p99 ≤ 30 ms at 100×. A query is the whole search
 * of the page: matching, ranking, regime counts and snippets of the first 10 hits. Latency is given as wall-clock
 * time and as the CPU time of the searching thread: on a shared machine the first includes the time other
 * processes held the cores, the second does not.
 */
class SearchBenchmark {

    /** CPU time of the measuring thread: what a search costs, whatever else the machine is doing. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int SCALE = 100;
    private static final int BUILD_RUNS = 5;
    /** The JIT needs some thousands of searches before the timings settle. */
    private static final int WARM_UP_ROUNDS = 15;
    private static final int MEASURED_ROUNDS = 5;

    @Test
    void buildAndQueryLatency() {
        FrenchAnalysis analysis = RealSearch.analysis();
        List<SearchDocument> real = RealSearch.corpus().documents();
        List<SearchDocument> synthetic = synthetic(real, SCALE, new Random(42));
        List<String> queries = queries(real, new Random(7));

        List<Figures> figures = new ArrayList<>();
        figures.add(measure("réel", real, analysis, queries));
        figures.add(measure("synthétique ×" + SCALE, synthetic, analysis, queries));
        List<String> rows = figures.stream().map(Figures::tableRow).toList();

        System.out.println();
        System.out.printf(Locale.ROOT, "Recherche : %d requêtes × %d passages mesurés (après %d passages de chauffe), "
                + "JDK %s, %d cœurs%n", queries.size(), MEASURED_ROUNDS, WARM_UP_ROUNDS,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Charge moyenne de la machine pendant la mesure : %.1f (sur %d cœurs)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| corpus | documents | index (Mo) | 1re construction | construction (médiane) "
                + "| p50 | p99 | max | p50 CPU | p99 CPU |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.println("Budgets : construction ≤ 1 s et p99 ≤ 5 ms sur le contenu réel ; p99 ≤ 30 ms à ×100.");

        Figures realFigures = figures.get(0);
        Figures scaled = figures.get(1);
        new BenchmarkReport("search")
                .row("Recherche — contenu réel (" + realFigures.documents() + " documents)",
                        "construction %d ms (budget ≤ 1 s) ; requête p50 %.2f ms, p99 %.2f ms (budget ≤ 5 ms)",
                        realFigures.buildMedianMs(), realFigures.p50() / 1e6, realFigures.p99() / 1e6)
                .row("Recherche — corpus synthétique ×" + SCALE + " (" + scaled.documents() + " documents)",
                        "construction %d ms ; requête p50 %.2f ms, p99 %.2f ms (budget ≤ 30 ms)",
                        scaled.buildMedianMs(), scaled.p50() / 1e6, scaled.p99() / 1e6)
                .write();
    }

    /** One corpus's figures; times in nanoseconds unless named otherwise. */
    private record Figures(String name, int documents, double indexMb, long firstBuildMs, long buildMedianMs,
                           long p50, long p99, long max, long cpuP50, long cpuP99) {

        String tableRow() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %d ms | %d ms | %.2f ms | %.2f ms | %.2f ms | "
                            + "%.2f ms | %.2f ms |", name, documents, indexMb, firstBuildMs, buildMedianMs, p50 / 1e6,
                    p99 / 1e6, max / 1e6, cpuP50 / 1e6, cpuP99 / 1e6);
        }
    }

    private static Figures measure(String name, List<SearchDocument> documents, FrenchAnalysis analysis,
                                   List<String> queries) {
        long first = timeBuild(documents, analysis);
        long[] builds = new long[BUILD_RUNS];
        for (int i = 0; i < BUILD_RUNS; i++) {
            builds[i] = timeBuild(documents, analysis);
        }
        Arrays.sort(builds);
        try (SearchIndex index = SearchIndex.build(documents, analysis)) {
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                queries.forEach(q -> index.search(SearchRequest.of(q)));
            }
            long[] wall = new long[queries.size() * MEASURED_ROUNDS];
            long[] cpu = new long[wall.length];
            int n = 0;
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (String query : queries) {
                    long startCpu = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    index.search(SearchRequest.of(query));
                    wall[n] = System.nanoTime() - start;
                    cpu[n++] = THREADS.getCurrentThreadCpuTime() - startCpu;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            return new Figures(name, documents.size(), index.sizeInBytes() / 1e6, first / 1_000_000,
                    builds[BUILD_RUNS / 2] / 1_000_000, percentile(wall, 0.50), percentile(wall, 0.99),
                    wall[wall.length - 1], percentile(cpu, 0.50), percentile(cpu, 0.99));
        }
    }

    private static long timeBuild(List<SearchDocument> documents, FrenchAnalysis analysis) {
        long start = System.nanoTime();
        SearchIndex.build(documents, analysis).close();
        return System.nanoTime() - start;
    }

    /**
     * A few hundred queries of the kinds people type: the golden queries, page titles, keywords, glossary terms,
     * and the same without accents or with one letter dropped or two swapped.
     */
    static List<String> queries(List<SearchDocument> real, Random random) {
        Set<String> queries = new LinkedHashSet<>();
        RelevanceTest.QUERIES.forEach(golden -> queries.add(golden.query()));
        for (SearchDocument document : real) {
            queries.add(document.title());
            document.keywords().stream().limit(3).forEach(queries::add);
        }
        List<String> base = new ArrayList<>(queries);
        for (String query : base) {
            switch (random.nextInt(3)) {
                case 0 -> queries.add(withoutAccents(query).toLowerCase(Locale.ROOT));
                case 1 -> queries.add(typo(query, random));
                default -> queries.add(query + " " + base.get(random.nextInt(base.size())));
            }
        }
        return List.copyOf(queries);
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String typo(String text, Random random) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() >= 6) {
                int at = 1 + random.nextInt(word.length() - 2);
                words[i] = random.nextBoolean() ? word.substring(0, at) + word.substring(at + 1)
                        : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                break;
            }
        }
        return String.join(" ", words);
    }

    /**
     * {@code scale} copies of the corpus, each document rebuilt from pieces of random others: its title plus a
     * word of another title, another summary, mixed keywords and headings, and as many paragraphs as it had,
     * drawn from all bodies. The vocabulary and the lengths are those of the real content.
     */
    static List<SearchDocument> synthetic(List<SearchDocument> real, int scale, Random random) {
        List<String> paragraphs = real.stream().flatMap(d -> Arrays.stream(d.body().split("\n\n")))
                .filter(p -> !p.isBlank()).toList();
        List<SearchDocument> documents = new ArrayList<>(real.size() * scale);
        for (int copy = 0; copy < scale; copy++) {
            for (SearchDocument original : real) {
                SearchDocument other = pick(real, random);
                int paragraphCount = original.body().isEmpty() ? 0 : original.body().split("\n\n").length;
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < paragraphCount; i++) {
                    body.append(pick(paragraphs, random)).append("\n\n");
                }
                String[] otherTitle = other.title().split(" ");
                Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
                regimes.addAll(original.regimes());
                regimes.addAll(pick(real, random).regimes());
                documents.add(new SearchDocument(original.slug() + "-" + copy, original.type(),
                        original.url() + "-" + copy, original.title() + " " + otherTitle[random.nextInt(otherTitle.length)],
                        other.summary(), mix(original.keywords(), pick(real, random).keywords()),
                        mix(original.headings(), pick(real, random).headings()), body.toString().strip(), regimes));
            }
        }
        return documents;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> mix(List<String> first, List<String> second) {
        List<String> mixed = new ArrayList<>(first.subList(0, first.size() / 2 + first.size() % 2));
        mixed.addAll(second.subList(0, second.size() / 2));
        return mixed;
    }
}
