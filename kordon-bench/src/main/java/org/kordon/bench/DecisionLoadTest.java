package org.kordon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.server.Features;
import org.kordon.server.KordonServer;
import org.kordon.server.ServerConfig;
import org.kordon.store.Alert;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/**
 * Load test of {@code POST /alerts/{id}/decisions}: what a durable decision costs, and how deciding scales with
 * concurrent clients. Per database setting, same run, same machine: a server on 127.0.0.1 in this JVM (no API keys),
 * one listed person and {@value #ALERTS} alerts on subjects named as that person; then 1, 8 and 64 clients, each
 * escalating its own alerts in turn for {@code seconds} (an escalation keeps the alert pending so the alerts last, and
 * writes what a final decision writes: the conditional update of the alert, the decision, the audit entry), and 64
 * clients reading {@code GET /alerts/{id}} for comparison. Reports requests/s, p50 and p99 latency and errors (any
 * answer but 201, or 200 for reads).
 *
 * <p>Settings: H2 {@code SYNCED} (Kordon's default: each commit written and forced to the device, one fsync per group
 * of waiting commits), H2 {@code WRITTEN} (written, not forced), H2 {@code DELAYED} (H2's default write delay, Kordon's
 * setting before issue 17: not durable), and PostgreSQL when a JDBC URL of an empty database is given. Client and
 * server share the machine's cores.
 *
 * <p>Run: {@code java -cp kordon-bench/target/benchmarks.jar org.kordon.bench.DecisionLoadTest [seconds] [jdbc:postgresql://...]}
 */
public final class DecisionLoadTest {
    /** Alerts opened per database: 20 for each of the most clients. */
    static final int ALERTS = 64 * 20;
    static final int[] CLIENTS = {1, 8, 64};

    private DecisionLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String postgres = args.length > 1 ? args[1] : null;
        Path probe = Files.createTempDirectory("kordon-fsync");
        System.out.printf(Locale.ROOT, "%d s per level, JDK %s, %d cores; fsync of a 4 KiB append in %s: %.2f ms%n", seconds,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), probe.getParent(), fsyncMillis(probe));
        System.out.println("| database | endpoint | clients | requests | requests/s | p50 (ms) | p99 (ms) | errors |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Store.Durability d : Store.Durability.values()) {
            Path dir = Files.createTempDirectory("kordon-decision-load");
            try (Store store = Store.open(Store.h2Url(dir.resolve("kordon")), d)) {
                run("H2 " + d, store, seconds);
            }
        }
        if (postgres != null) {
            try (Store store = Store.open(postgres)) {
                run("PostgreSQL", store, seconds);
            }
        }
        System.out.printf(Locale.ROOT, "fsync of a 4 KiB append, after the run: %.2f ms%n", fsyncMillis(probe));
    }

    /** The disk's fsync latency now: milliseconds per 4 KiB append forced to the device ({@code force(true)}), mean of 200. */
    static double fsyncMillis(Path dir) throws IOException {
        Path f = dir.resolve("probe.bin");
        int n = 200;
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.allocate(4096);
            for (int i = 0; i < n; i++) {
                b.clear();
                ch.write(b, (long) i * b.capacity());
                ch.force(true);
            }
        }
        Files.delete(f);
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static void run(String database, Store store, int seconds) throws InterruptedException {
        Workflow wf = Workflow.open(store, ListLoad.ofSnapshot(new ListSnapshot(List.of(new SourceRef("bench", "v1")),
                List.of(putin())), "decision load test"), 0.78);
        List<Long> alerts = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            for (Alert a : wf.screen(new Subject("D-" + i, "Vladimir Putin", Schema.PERSON, null, null, List.of(), true), "bench").opened()) {
                alerts.add(a.id());
            }
        }
        if (alerts.size() != ALERTS) {
            throw new IllegalStateException(database + ": " + alerts.size() + " alerts opened, expected " + ALERTS);
        }
        try (KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0), wf, null, Features.standard())) {
            String base = server.url();
            IntFunction<HttpRequest> decide = i -> HttpRequest.newBuilder(URI.create(base + "/alerts/" + alerts.get(i) + "/decisions"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"escalated\",\"analyst\":\"bench\",\"reason\":\"load test\"}"))
                    .build();
            IntFunction<HttpRequest> read = i -> HttpRequest.newBuilder(URI.create(base + "/alerts/" + alerts.get(i)))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            level(null, "", decide, 201, 8, Math.max(3, seconds / 2), alerts.size());
            for (int clients : CLIENTS) {
                level(database, "decide", decide, 201, clients, seconds, alerts.size());
            }
            level(database, "read alert", read, 200, 64, seconds, alerts.size());
        }
    }

    /** {@code clients} threads sending requests for {@code seconds}, each over its own alerts in turn; prints a row unless {@code database} is null. */
    private static void level(String database, String what, IntFunction<HttpRequest> request, int ok, int clients, int seconds,
                              int alerts) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            latencies[c] = new long[1 << 12];
            threads.add(Thread.ofPlatform().start(() -> {
                int next = id;
                while (System.nanoTime() < end) {
                    HttpRequest req = request.apply(next);
                    next = (next + clients) % alerts;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() != ok) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long dt = System.nanoTime() - t0;
                    if (counts[id] == latencies[id].length) {
                        latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                    }
                    latencies[id][counts[id]++] = dt;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (database == null) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %,d | %,.0f | %.2f | %.2f | %d |%n", database, what, clients, total,
                total / (double) seconds, all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6,
                errors.get());
    }

    private static Entity putin() {
        return Entity.builder("ofac-35096", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .birthDate(DateRange.of(PartialDate.parse("1952-10-07"))).nationality("ru")
                .source(new SourceRef("bench", "v1")).build();
    }
}
