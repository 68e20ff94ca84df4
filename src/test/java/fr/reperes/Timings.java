package fr.reperes;

import java.util.Arrays;
import java.util.function.Supplier;

/** Timing and nearest-rank percentiles for the benchmarks, one way for all of them. */
public final class Timings {

    private Timings() {
    }

    /** The work run {@code runs} times in a row, each run's duration in milliseconds. */
    public static double[] millis(int runs, Supplier<?> work) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return millis;
    }

    /** The nearest-rank percentile ({@code percent} from 1 to 100) of unsorted values. */
    public static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** The nearest-rank percentile ({@code p} from 0 to 1) of sorted values; 0 when there are none. */
    public static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
