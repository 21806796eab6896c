package org.kordon.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.model.ListSnapshot;

/**
 * Heap held by each loaded list: used heap after a full GC with the snapshot alive, minus the same before loading.
 *
 * <p>Run: {@code java -cp kordon-bench/target/benchmarks.jar org.kordon.bench.LoadFootprint}
 */
public final class LoadFootprint {
    private LoadFootprint() {
    }

    @SuppressWarnings("ReachabilityFenceUsage") // the fence keeps what is measured alive, no cleaner is involved
    public static void main(String[] args) {
        Path root = BenchData.listsDir();
        String[] lists = {"ofac/sdn.csv", "ofac/CONS_ENHANCED.ZIP", "un/UN_consolidated.xml", "eu/32014R0269.csv",
            "eu/32014R0833.csv", "uk/OFSI_ConList_2025-04-10.xlsx", "uk/FCDO_SL_Mon_Aug_11_2025.ods",
            "opensanctions/us_congress_senzing.json", "."};
        System.out.printf(Locale.ROOT, "%-40s %10s %12s%n", "list", "entities", "heap MB");
        for (String l : lists) {
            long before = usedAfterGc();
            ListSnapshot s = ListLoader.load(List.of(root.resolve(l)), LoadOptions.defaults()).snapshot();
            long after = usedAfterGc();
            System.out.printf(Locale.ROOT, "%-40s %,10d %12.1f%n", l.equals(".") ? "all" : l, s.size(), (after - before) / 1e6);
            java.lang.ref.Reference.reachabilityFence(s);
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
