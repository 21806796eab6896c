package org.kordon.bench;

import java.util.List;
import java.util.Locale;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/**
 * Heap held by the screening index over all shared lists, and the time to build it (cold, once, then warm).
 *
 * <p>Run: {@code java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.IndexFootprint}
 */
public final class IndexFootprint {
    private IndexFootprint() {
    }

    @SuppressWarnings("ReachabilityFenceUsage") // the fences keep what is measured alive, no cleaner is involved
    public static void main(String[] args) {
        ListSnapshot s = ListLoader.load(List.of(BenchData.listsDir()), LoadOptions.defaults()).snapshot();
        long names = s.entities().stream().mapToLong(e -> e.names().size()).sum();
        long before = LoadFootprint.usedAfterGc();
        long t0 = System.nanoTime();
        Screener kordon = Screeners.build(s, Algorithm.KORDON);
        long cold = System.nanoTime() - t0;
        long after = LoadFootprint.usedAfterGc();
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            java.lang.ref.Reference.reachabilityFence(Screeners.build(s, Algorithm.KORDON));
            warm = Math.min(warm, System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "entities %,d, names %,d%n", s.size(), names);
        System.out.printf(Locale.ROOT, "index heap %.1f MB; build %.2f s cold, %.2f s warm (best of 3)%n",
                (after - before) / 1e6, cold / 1e9, warm / 1e9);
        java.lang.ref.Reference.reachabilityFence(kordon);
        java.lang.ref.Reference.reachabilityFence(s);
    }
}
