package org.kordon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Screeners;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.server.Features;
import org.kordon.server.KordonServer;
import org.kordon.server.ServerConfig;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/**
 * Load test of {@code POST /match/default}: a server on 127.0.0.1 (in this JVM, H2 in a temporary folder, the shared
 * real lists, no API keys) and 1, 8 and 64 concurrent clients, each sending one yente-shaped query at a time
 * (names drawn with a fixed seed: 2% perturbed listed names, the rest unlisted). Reports requests/s, p50 and p99
 * latency and errors (any answer but 200) per level. Bounded: {@code seconds} per level after a warm-up; localhost
 * only. Client and server share the machine's cores, so the figures are a floor for a server on its own host.
 *
 * <p>Run: {@code java -Xmx4g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.MatchLoadTest [seconds]}
 */
public final class MatchLoadTest {
    private MatchLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Path> paths = List.of(BenchData.listsDir());
        LoadResult loaded = ListLoader.load(paths, LoadOptions.lenientDefaults());
        Path dir = Files.createTempDirectory("kordon-load-test");
        List<String> bodies = new ArrayList<>();
        for (Subject s : Subjects.population(loaded.snapshot(), 5_000, 0.02, 9)) {
            bodies.add("{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + s.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]}}}}");
        }
        try (Store store = Store.open(Store.h2Url(dir.resolve("kordon")));
             KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0),
                     Workflow.open(store, ListLoad.of(paths, loaded), Screeners.DEFAULT_THRESHOLD), null, Features.standard())) {
            URI uri = URI.create(server.url() + "/match/default");
            System.out.printf(Locale.ROOT, "server %s, %,d entities, %d s per level, JDK %s, %d cores%n", server.url(),
                    loaded.snapshot().size(), seconds, Runtime.version(), Runtime.getRuntime().availableProcessors());
            run(uri, bodies, 8, Math.max(3, seconds / 2), false);
            System.out.println("| clients | requests | requests/s | p50 (ms) | p99 (ms) | errors |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            for (int clients : new int[] {1, 8, 64}) {
                run(uri, bodies, clients, seconds, true);
            }
        }
    }

    /** Runs {@code clients} clients posting {@code bodies} to {@code uri} for {@code seconds}; prints one table row when asked. */
    static void run(URI uri, List<String> bodies, int clients, int seconds, boolean print) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            latencies[c] = new long[1 << 16];
            threads.add(Thread.ofPlatform().start(() -> {
                Random r = new Random(id);
                while (System.nanoTime() < end) {
                    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(r.nextInt(bodies.size())))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, resp.statusCode() + " " + resp.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
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
        if (!print) {
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
        System.out.printf(Locale.ROOT, "| %d | %,d | %,.0f | %.2f | %.2f | %d |%n", clients, total, total / (double) seconds,
                all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6, errors.get());
        if (firstError.get() != null) {
            System.out.println("first error: " + firstError.get());
        }
    }
}
