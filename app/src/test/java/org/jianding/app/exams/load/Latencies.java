package org.jianding.app.exams.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies and errors per kind of request, open-loop: each request has the moment the candidate meant to send it,
 * the moment the driver sent it, and the moment the answer was complete. The latency a candidate sees is counted from
 * the intended moment (so waiting for an earlier request of the same candidate, for a refused login to be sent again,
 * or for the driver is counted, not omitted); the server's time from the actual send; the queueing is the difference.
 */
final class Latencies {

    /** Login, the session page, and the exam calls; "start, logged in before it" are the starts of those whose login
     * was done before their start was meant (the start target); "… during logins" are the saves and clock
     * calls of candidates already answering while the login storm runs. */
    static final String[] KINDS = {
        "login",
        "waiting page",
        "start",
        "start, logged in before it",
        "sheet",
        "save",
        "clock",
        "submit",
        "save during logins",
        "clock during logins"
    };

    record Summary(
            String kind,
            int count,
            int errors,
            double p50,
            double p95,
            double p99,
            double max,
            double serviceP99,
            double queueP99) {
        String row() {
            return String.format(
                    "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    kind, count, errors, p50, p95, p99, max, serviceP99, queueP99);
        }
    }

    static final String HEADER = "| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | server p99 ms"
            + " | queued p99 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    /** A growable array of longs that several threads append to. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        synchronized long[] sorted() {
            long[] s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            return s;
        }
    }

    private final Map<String, Samples[]> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();

    Latencies() {
        for (String k : KINDS) {
            samples.put(k, new Samples[] {new Samples(), new Samples(), new Samples()});
            errors.put(k, new AtomicLong());
        }
    }

    /** A request meant for {@code intended}, sent at {@code sent}, answered at {@code end} (all System.nanoTime). */
    void ok(String kind, long intended, long sent, long end) {
        Samples[] s = samples.get(kind);
        s[0].add(end - intended);
        s[1].add(end - sent);
        s[2].add(Math.max(0, sent - intended));
    }

    void error(String kind, String what) {
        errors.get(kind).incrementAndGet();
        firstError.putIfAbsent(kind, what);
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, String> firstErrors() {
        return firstError;
    }

    Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        for (String k : KINDS) {
            long[] total = samples.get(k)[0].sorted();
            long[] service = samples.get(k)[1].sorted();
            long[] queue = samples.get(k)[2].sorted();
            int n = total.length;
            out.put(
                    k,
                    new Summary(
                            k,
                            n,
                            (int) errors.get(k).get(),
                            pct(total, 0.50),
                            pct(total, 0.95),
                            pct(total, 0.99),
                            n == 0 ? 0 : total[n - 1] / 1e6,
                            pct(service, 0.99),
                            pct(queue, 0.99)));
        }
        return out;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
