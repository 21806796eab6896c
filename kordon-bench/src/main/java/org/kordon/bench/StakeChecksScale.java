package org.kordon.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Stake;

/**
 * What the stakes.csv checks of issue 17 cost on the generated scale-free graph: finding exact duplicate stakes
 * ({@link OwnershipGraph.Builder#duplicates()}) and over-full companies ({@link OwnershipGraph.Builder#overfull}),
 * beside the baseline in the same run, building the graph from the same builder without them. Every 100th stake is
 * given twice, so that duplicates are found and left out.
 *
 * <p>Run: {@code java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.StakeChecksScale
 * [companies=1000000] [stakes=3000000] [rounds=5]}
 */
public final class StakeChecksScale {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private StakeChecksScale() {
    }

    public static void main(String[] args) {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int stakes = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<Stake> all = OwnershipGraphs.scaleFree(companies, stakes, 42).stakes();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            OwnershipGraph.Builder base = fill(all);
            OwnershipGraph plain = base.build();
            double baseline = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            OwnershipGraph.Builder b = fill(all);
            long t2 = System.nanoTime();
            int duplicates = b.duplicates().size();
            long t3 = System.nanoTime();
            int overfull = b.overfull(DAY).size();
            long t4 = System.nanoTime();
            OwnershipGraph checked = b.build();
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: baseline fill+build %.2f s (%,d stakes); checked: fill %.2f s, duplicates %.2f s (%,d), "
                    + "overfull %.2f s (%,d), build %.2f s (%,d stakes)%n", round, baseline, plain.stakeCount(), (t2 - t1) / 1e9,
                    (t3 - t2) / 1e9, duplicates, (t4 - t3) / 1e9, overfull, (t5 - t4) / 1e9, checked.stakeCount());
        }
    }

    private static OwnershipGraph.Builder fill(List<Stake> all) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (int i = 0; i < all.size(); i++) {
            b.stake(all.get(i));
            if (i % 100 == 0) {
                b.stake(all.get(i));
            }
        }
        return b;
    }
}
