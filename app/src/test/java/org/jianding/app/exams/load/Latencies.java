package org.jianding.app.exams.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and errors per kind of request, and percentiles of them. */
final class Latencies {

    static final String[] KINDS = {"login", "start", "sheet", "save", "clock", "submit"};

    record Summary(String kind, int count, int errors, double p50, double p95, double p99, double max) {
        String row() {
            return String.format(
                    "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |", kind, count, errors, p50, p95, p99, max);
        }
    }

    private final Map<String, long[]> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();

    Latencies(int capacityPerKind) {
        for (String k : KINDS) {
            samples.put(k, new long[capacityPerKind]);
            counts.put(k, new AtomicLong());
            errors.put(k, new AtomicLong());
        }
    }

    void ok(String kind, long nanos) {
        long i = counts.get(kind).getAndIncrement();
        long[] s = samples.get(kind);
        if (i < s.length) {
            s[(int) i] = nanos;
        }
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
            int n = (int) Math.min(counts.get(k).get(), samples.get(k).length);
            long[] s = Arrays.copyOf(samples.get(k), n);
            Arrays.sort(s);
            out.put(
                    k,
                    new Summary(
                            k,
                            n,
                            (int) errors.get(k).get(),
                            pct(s, 0.50),
                            pct(s, 0.95),
                            pct(s, 0.99),
                            n == 0 ? 0 : s[n - 1] / 1e6));
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
