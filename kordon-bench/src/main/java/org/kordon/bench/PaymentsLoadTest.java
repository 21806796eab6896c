package org.kordon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.lists.LoadResult;
import org.kordon.matching.Screeners;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.server.KordonServer;
import org.kordon.server.PaymentRoutes;
import org.kordon.server.ServerConfig;
import org.kordon.store.Store;

/**
 * Load test of {@code POST /payments/screen}: a server on 127.0.0.1 (in this JVM, H2 in a temporary folder, the
 * shared real lists, no API keys) and 1, 8 and 64 concurrent clients, each sending one pacs.008 message of
 * {@link PaymentScreeningBench}'s generator (fixed seed 42) at a time, as {@link MatchLoadTest} does for
 * {@code /match}: requests/s, p50 and p99 latency and errors per level. Client and server share the machine's cores.
 *
 * <p>Run: {@code java -Xmx4g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.PaymentsLoadTest [seconds]}
 */
public final class PaymentsLoadTest {
    private PaymentsLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Path> paths = List.of(BenchData.listsDir());
        LoadResult loaded = ListLoader.load(paths, LoadOptions.lenientDefaults());
        List<String> bodies = new ArrayList<>();
        for (byte[] m : PaymentScreeningBench.generate(5_000, loaded.snapshot(), 42)) {
            bodies.add("{\"message\":\"" + jsonString(new String(m, StandardCharsets.UTF_8)) + "\"}");
        }
        Path dir = Files.createTempDirectory("kordon-payments-load");
        try (Store store = Store.open(Store.h2Url(dir.resolve("kordon")))) {
            Workflow wf = Workflow.open(store, ListLoad.of(paths, loaded), Screeners.DEFAULT_THRESHOLD);
            try (KordonServer server = KordonServer.start(ServerConfig.defaults().withPort(0), wf, null, List.of(new PaymentRoutes(wf)))) {
                URI uri = URI.create(server.url() + "/payments/screen");
                long t0 = System.nanoTime();
                HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(0))).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.printf(Locale.ROOT, "server %s, %,d entities, %d s per level, JDK %s, %d cores; first call (builds the"
                        + " screener) %d in %,d ms%n", server.url(), loaded.snapshot().size(), seconds, Runtime.version(),
                        Runtime.getRuntime().availableProcessors(), first.statusCode(), (System.nanoTime() - t0) / 1_000_000);
                MatchLoadTest.run(uri, bodies, 8, Math.max(3, seconds / 2), false);
                System.out.println("| clients | requests | requests/s | p50 (ms) | p99 (ms) | errors |");
                System.out.println("|---:|---:|---:|---:|---:|---:|");
                for (int clients : new int[] {1, 8, 64}) {
                    MatchLoadTest.run(uri, bodies, clients, seconds, true);
                }
            }
        }
    }

    /** {@code s} as the inside of a JSON string. */
    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
