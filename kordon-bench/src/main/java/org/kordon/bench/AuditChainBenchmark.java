package org.kordon.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.review.ListLoad;
import org.kordon.review.Workflow;
import org.kordon.store.Outcome;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/**
 * What audited writes cost: subjects screened into alerts by one writer, then decisions by 1, 4 and 8 concurrent
 * writers, each writer with its own {@link Store} and {@link Workflow} on the one database (as several servers on one
 * PostgreSQL; on H2, several pools on one file in this JVM). Reports writes per second and the p50 and p99 latency of a
 * decision. Run on a build with the audit hash chain and on one without it (the same file compiles against both: it
 * uses the public API of kordon-store only) to see what the chain costs. A benchmark main, not JMH: each decision is
 * a database transaction, milliseconds long, measured one by one.
 *
 * <p>Run: {@code java -cp <kordon-bench classpath> org.kordon.bench.AuditChainBenchmark h2|<jdbc:postgresql://...> [decisions per writer]}
 * (the PostgreSQL database must be empty; default 300 decisions per writer and level).
 */
public final class AuditChainBenchmark {
    private static final int[] WRITERS = {1, 4, 8};

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "h2";
        int perWriter = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String url = target.equals("h2") ? Store.h2Url(Files.createTempDirectory("kordon-audit-bench").resolve("kordon")) : target;
        Entity putin = Entity.builder("ofac-35096", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .source(new SourceRef("ofac-sdn", "v1")).build();
        ListLoad lists = ListLoad.ofSnapshot(new ListSnapshot(List.of(new SourceRef("ofac-sdn", "v1")), new ArrayList<>(List.of(putin))), "bench");
        int total = perWriter * Arrays.stream(WRITERS).sum() + 200;
        List<Store> stores = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS[WRITERS.length - 1]; w++) {
                stores.add(Store.open(url));
            }
            List<Workflow> workflows = new ArrayList<>();
            for (Store s : stores) {
                workflows.add(Workflow.open(s, lists, 0.78));
            }
            System.out.printf(Locale.ROOT, "%s, %d decisions per writer, JDK %s, %d cores%n", Store.redact(url), perWriter,
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            List<Long> alerts = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                Workflow.Screening s = workflows.get(0).screen(new Subject("S-" + i, "Vladimir Putin", Schema.PERSON, null, null, List.of(), true), "bench");
                alerts.add(s.opened().get(0).id());
            }
            double screenSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "screen (1 writer, 2 audited transactions each): %,d subjects in %.1f s, %.0f subjects/s%n",
                    total, screenSeconds, total / screenSeconds);
            int next = decide(workflows, alerts, 0, 50, 4, null);   // warm-up: 200 decisions
            System.out.println("| writers | decisions | decisions/s | p50 (ms) | p99 (ms) |");
            System.out.println("|---:|---:|---:|---:|---:|");
            for (int writers : WRITERS) {
                long[] latencies = new long[writers * perWriter];
                long start = System.nanoTime();
                next = decide(workflows, alerts, next, perWriter, writers, latencies);
                double seconds = (System.nanoTime() - start) / 1e9;
                Arrays.sort(latencies);
                System.out.printf(Locale.ROOT, "| %d | %,d | %.0f | %.2f | %.2f |%n", writers, latencies.length, latencies.length / seconds,
                        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
            }
        } finally {
            stores.forEach(Store::close);
        }
    }

    /** {@code writers} threads decide {@code perWriter} alerts each from {@code from} on; returns the next alert's index. */
    private static int decide(List<Workflow> workflows, List<Long> alerts, int from, int perWriter, int writers, long[] latencies)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Workflow wf = workflows.get(w);
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        long alert = alerts.get(from + writer * perWriter + i);
                        long t = System.nanoTime();
                        wf.decide(alert, Outcome.FALSE_POSITIVE, "analyst-" + writer, "benchmark: not the listed person");
                        if (latencies != null) {
                            latencies[writer * perWriter + i] = System.nanoTime() - t;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return from + writers * perWriter;
    }
}
