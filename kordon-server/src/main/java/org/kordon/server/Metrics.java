package org.kordon.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts and time per route and status, in Prometheus' text format. Thread-safe. */
final class Metrics {
    private record Key(String route, int status) {
    }

    private record Counter(LongAdder count, LongAdder nanos) {
    }

    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    void record(String route, int status, long nanos) {
        Counter c = counters.computeIfAbsent(new Key(route, status), k -> new Counter(new LongAdder(), new LongAdder()));
        c.count().increment();
        c.nanos().add(nanos);
    }

    /** The counters plus the given gauges, e.g. {@code kordon_entities 1234}. */
    String render(Map<String, Number> gauges) {
        StringBuilder b = new StringBuilder(1024);
        b.append("# TYPE kordon_requests_total counter\n");
        Map<String, Counter> sorted = new TreeMap<>();
        counters.forEach((k, v) -> sorted.put(label(k), v));
        sorted.forEach((l, c) -> b.append("kordon_requests_total").append(l).append(' ').append(c.count().sum()).append('\n'));
        b.append("# TYPE kordon_request_seconds_sum counter\n");
        sorted.forEach((l, c) -> b.append("kordon_request_seconds_sum").append(l).append(' ')
                .append(String.format(Locale.ROOT, "%.6f", c.nanos().sum() / 1e9)).append('\n'));
        gauges.forEach((name, v) -> b.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(v).append('\n'));
        return b.toString();
    }

    private static String label(Key k) {
        int space = k.route().indexOf(' ');
        return "{method=\"" + k.route().substring(0, space) + "\",route=\"" + k.route().substring(space + 1).replace("\"", "")
                + "\",status=\"" + k.status() + "\"}";
    }
}
