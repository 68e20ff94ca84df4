package fr.reperes.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed one-minute window per client address. The table of clients is bounded, so a flood of addresses cannot
 * exhaust memory; addresses are kept only for the current minute and never logged.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, int[]> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > MAX_CLIENTS;
        }
    };
    private long window = -1;

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    synchronized boolean tryAcquire(String client) {
        if (perMinute <= 0) {
            return true;
        }
        long minute = clock.millis() / 60_000;
        if (minute != window) {
            counts.clear();
            window = minute;
        }
        int[] count = counts.computeIfAbsent(client, key -> new int[1]);
        return ++count[0] <= perMinute;
    }
}
