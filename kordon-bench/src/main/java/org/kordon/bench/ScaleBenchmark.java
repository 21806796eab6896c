package org.kordon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/**
 * Screening as the lists grow: the shared lists at 1×, 3×, 10× (and on request 30×) their size
 * ({@link ScaleLists#grow}: real names, changed as lists and users change them), the same queries against each, in
 * one run, by the pruned screener ({@link Screeners#build}) beside the baseline over the same index
 * ({@link Screeners#withoutPruning}: every posting of every linked word walked), whose results it must equal. Per size: the heap the index holds, the build time, and the CPU time per query (the screening thread's
 * own, {@link ThreadMXBean#getCurrentThreadCpuTime}, so that other processes on a shared machine inflate it less
 * than wall time) at p50, p90, p99 and max, the slowest queries, and the named hard queries ("Al", "Mohammad",
 * "Kim Chol", "Ivanov"...).
 *
 * <p>Queries: {@link BenchQueries#mixed} drawn from the real lists (fixed seed 42), the same at every size, plus the
 * hard ones. Each query is screened in {@value #WARMUP} passes unmeasured, then {@value #PASSES} measured; a query's
 * figure is the least of its measured passes (the noise of a shared machine only adds). Threshold
 * {@link Screeners#DEFAULT_THRESHOLD}, top 5, one thread.
 *
 * <pre>
 * ./mvnw -q -pl kordon-bench -am -DskipTests package
 * java -Xmx8g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.ScaleBenchmark                 # 1, 3, 10
 * java -Xmx12g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.ScaleBenchmark --sizes 1,30  # ~1M entities
 * </pre>
 * Options: {@code --sizes 1,3,10} (multiples of the shared lists), {@code --queries 2000}, {@code --no-baseline}
 * (the pruned screener alone, for a profile), {@code -Dkordon.lists}.
 */
public final class ScaleBenchmark {
    static final int WARMUP = 2;
    static final int PASSES = 3;
    /** Queries whose words are among the commonest of the lists: the worst cases of candidate generation. */
    static final List<String> HARD = List.of("Al", "Mohammad", "Muhammad Ali", "Kim Chol", "Kim", "Ivanov",
            "Abdul Rahman Al", "Ali Hassan", "Bank", "Trading LLC");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {1, 3, 10};
        int queryCount = 2000;
        boolean baseline = true;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--no-baseline" -> baseline = false;
                case "--sizes" -> sizes = Arrays.stream(value(args, ++a).split(",")).mapToInt(Integer::parseInt).toArray();
                case "--queries" -> queryCount = Integer.parseInt(value(args, ++a));
                default -> throw new IllegalArgumentException("unknown option " + args[a]
                        + "; usage: ScaleBenchmark [--sizes 1,3,10] [--queries 2000] [--no-baseline]");
            }
        }
        ListSnapshot base = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
        List<Query> queries = new ArrayList<>(BenchQueries.mixed(base, queryCount, 42));
        for (String h : HARD) {
            queries.add(Query.of(h));
        }
        System.out.printf(Locale.ROOT, "%s; %d cores; max heap %,d MB; %d queries (%d hard)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, queries.size(), HARD.size());
        for (int factor : sizes) {
            run(base, factor, queries, baseline);
        }
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) {
            throw new IllegalArgumentException(args[a - 1] + " needs a value");
        }
        return args[a];
    }

    @SuppressWarnings("ReachabilityFenceUsage") // the fences keep what is measured alive, no cleaner is involved
    private static void run(ListSnapshot base, int factor, List<Query> queries, boolean withBaseline) {
        long t0 = System.nanoTime();
        ListSnapshot s = ScaleLists.grow(base, factor, 7L * factor);
        long names = s.entities().stream().mapToLong(e -> e.names().size()).sum();
        long beforeIndex = LoadFootprint.usedAfterGc();
        long t1 = System.nanoTime();
        Screener kordon = Screeners.build(s, Algorithm.KORDON);
        long built = System.nanoTime() - t1;
        long afterIndex = LoadFootprint.usedAfterGc();
        System.out.printf(Locale.ROOT, "%n== %dx: %,d entities, %,d names (made in %.1f s); index built in %.1f s, "
                        + "index heap %,.0f MB, heap in use with lists and index %,.0f MB%n",
                factor, s.size(), names, (t1 - t0) / 1e9, built / 1e9, (afterIndex - beforeIndex) / 1e6, afterIndex / 1e6);
        Map<String, Screener> screeners = new LinkedHashMap<>();
        if (withBaseline) {
            screeners.put("baseline", Screeners.withoutPruning(kordon));
        }
        screeners.put("pruned", kordon);
        for (Map.Entry<String, Screener> e : screeners.entrySet()) {
            report(factor, e.getKey(), measure(e.getValue(), queries), queries);
        }
        if (!withBaseline) {
            java.lang.ref.Reference.reachabilityFence(s);
            return;
        }
        int same = 0;
        for (Query q : queries) {
            List<Match> expected = screeners.get("baseline").screen(q, Screeners.DEFAULT_THRESHOLD, 5);
            if (expected.equals(kordon.screen(q, Screeners.DEFAULT_THRESHOLD, 5))) {
                same++;
            } else {
                System.out.printf(Locale.ROOT, "%dx results differ for \"%s\"%n", factor, q.name());
            }
        }
        System.out.printf(Locale.ROOT, "%dx pruned results identical to the baseline's (entities, order, scores, "
                + "explanations) for %,d of %,d queries%n", factor, same, queries.size());
        java.lang.ref.Reference.reachabilityFence(s);
        java.lang.ref.Reference.reachabilityFence(kordon);
    }

    /** Per query, the least CPU time of its measured passes, in nanoseconds. */
    static long[] measure(Screener screener, List<Query> queries) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int p = 0; p < WARMUP; p++) {
            for (Query q : queries) {
                sink += screener.screen(q, Screeners.DEFAULT_THRESHOLD, 5).size();
            }
        }
        long[] best = new long[queries.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int p = 0; p < PASSES; p++) {
            for (int i = 0; i < queries.size(); i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                List<Match> m = screener.screen(queries.get(i), Screeners.DEFAULT_THRESHOLD, 5);
                long c = mx.getCurrentThreadCpuTime() - c0;
                sink += m.size();
                best[i] = Math.min(best[i], c);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }

    private static void report(int factor, String label, long[] ns, List<Query> queries) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ns).average().orElse(0);
        System.out.printf(Locale.ROOT, "%dx %-10s CPU per query (ms): mean %.3f, p50 %.3f, p90 %.3f, p99 %.3f, max %.3f%n",
                factor, label, mean / 1e6, pct(sorted, 0.50) / 1e6, pct(sorted, 0.90) / 1e6, pct(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
        Integer[] order = new Integer[ns.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ns[b], ns[a]));
        StringBuilder slow = new StringBuilder();
        for (int k = 0; k < 5 && k < order.length; k++) {
            slow.append(String.format(Locale.ROOT, "%s\"%s\" %.2f", k == 0 ? "" : ", ", queries.get(order[k]).name(),
                    ns[order[k]] / 1e6));
        }
        System.out.printf(Locale.ROOT, "%dx %-10s slowest (ms): %s%n", factor, label, slow);
        StringBuilder hard = new StringBuilder();
        int first = queries.size() - HARD.size();
        for (int i = first; i < queries.size(); i++) {
            hard.append(String.format(Locale.ROOT, "%s\"%s\" %.2f", i == first ? "" : ", ", queries.get(i).name(), ns[i] / 1e6));
        }
        System.out.printf(Locale.ROOT, "%dx %-10s hard queries (ms): %s%n", factor, label, hard);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
