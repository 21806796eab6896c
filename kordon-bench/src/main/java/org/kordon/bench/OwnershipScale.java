package org.kordon.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kordon.ownership.Evaluation;
import org.kordon.ownership.OwnershipEngine;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Regime;
import org.kordon.ownership.Stake;
import org.kordon.ownership.Status;

/**
 * Ownership at scale, each figure beside its naive baseline in the same run: full evaluation of a generated
 * scale-free graph (time, heap), incremental update for one new listing against full recomputation, and the engine
 * against per-entity path enumeration on a smaller graph (the naive method is exponential in path count).
 *
 * <p>Run: {@code java -Xmx6g -cp kordon-bench/target/benchmarks.jar org.kordon.bench.OwnershipScale
 * [companies=1000000] [stakes=3000000] [listed=5000] [naiveCompanies=300]}
 */
public final class OwnershipScale {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private OwnershipScale() {
    }

    public static void main(String[] args) {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int stakes = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
        int listedCount = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int naiveCompanies = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long heap0 = LoadFootprint.usedAfterGc();
        long t = System.nanoTime();
        OwnershipGraph g = OwnershipGraphs.scaleFree(companies, stakes, 42);
        double buildS = (System.nanoTime() - t) / 1e9;
        long heapGraph = LoadFootprint.usedAfterGc() - heap0;
        System.out.printf(Locale.ROOT, "graph: %,d companies, %,d stakes, generated and built in %.1f s, heap %.0f MB%n",
                g.nodeCount(), g.stakeCount(), buildS, heapGraph / 1e6);
        List<String> listed = OwnershipGraphs.listed(companies, listedCount + 100, 7);
        List<String> base = listed.subList(0, listedCount);
        List<String> news = listed.subList(listedCount, listed.size());

        for (Regime r : new Regime[] {Regime.OFAC, Regime.EU, Regime.UK}) {
            double[] full = new double[4];
            Evaluation ev = null;
            long before = LoadFootprint.usedAfterGc();
            for (int i = 0; i < full.length; i++) {
                ev = null;
                long s = System.nanoTime();
                ev = OwnershipEngine.evaluate(g, base, r, DAY);
                full[i] = (System.nanoTime() - s) / 1e9;
            }
            long evalHeap = LoadFootprint.usedAfterGc() - before;
            Map<Status, Integer> counts = ev.counts();
            // incremental: 100 new listings one by one; baseline: full recomputation with the new list
            double[] inc = new double[news.size()];
            for (int i = 0; i < news.size(); i++) {
                long s = System.nanoTime();
                ev.addListed(news.get(i));
                inc[i] = (System.nanoTime() - s) / 1e6;
            }
            List<String> all = new ArrayList<>(base);
            all.addAll(news);
            long s = System.nanoTime();
            Evaluation fresh = OwnershipEngine.evaluate(g, all, r, DAY);
            double recompute = (System.nanoTime() - s) / 1e3 / 1e3;
            boolean same = fresh.counts().equals(ev.counts());
            Arrays.sort(inc);
            System.out.printf(Locale.ROOT, "%s full evaluation: %.2f s cold, %.2f s warm (best of %d), evaluation heap %.0f MB; %s%n",
                    r.code(), full[0], Arrays.stream(full, 1, full.length).min().orElseThrow(), full.length - 1, evalHeap / 1e6, counts);
            System.out.printf(Locale.ROOT, "%s incremental, one new listing (100 in turn): median %.3f ms, p90 %.3f ms, max %.3f ms;"
                            + " baseline full recomputation %.0f ms; incremental == recomputation: %s%n",
                    r.code(), inc[inc.length / 2], inc[inc.length * 9 / 10], inc[inc.length - 1], recompute, same);
        }

        // naive per-entity path enumeration on a smaller graph, against the engine on the same graph
        OwnershipGraph small = OwnershipGraphs.scaleFree(naiveCompanies, naiveCompanies * 3, 42);
        List<String> smallListed = OwnershipGraphs.listed(naiveCompanies, Math.max(1, naiveCompanies / 200), 7);
        long s = System.nanoTime();
        Evaluation ev = OwnershipEngine.evaluate(small, smallListed, Regime.OFAC, DAY);
        double engineMs = (System.nanoTime() - s) / 1e6;
        Naive naive = new Naive(small, new HashSet<>(smallListed));
        s = System.nanoTime();
        long budget = 60_000_000_000L;
        int done = 0;
        int agree = 0;
        for (String id : naive.ids) {
            if (naive.listed.contains(id)) {
                continue;
            }
            naive.deadline = s + budget;
            boolean blocked;
            try {
                blocked = naive.blocked(id);
            } catch (Naive.OutOfTime e) {
                break;
            }
            boolean engineSure = ev.status(id).orElseThrow() == Status.BLOCKED;
            if (blocked == engineSure) {
                agree++;
            }
            done++;
            if (System.nanoTime() - s > budget) {
                break;
            }
        }
        double naiveS = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "small graph %,d companies, %,d stakes, %,d listed: engine full evaluation %.1f ms;"
                        + " naive path enumeration %,d entities in %.1f s (%.3f ms/entity, %s), agreeing on %,d of %,d%n",
                small.nodeCount(), small.stakeCount(), smallListed.size(), engineMs, done, naiveS, naiveS * 1e3 / done,
                done < naive.ids.size() - smallListed.size() ? "stopped at the 60 s budget" : "all entities", agree, done);
    }

    /**
     * The baseline a first implementation would write: for each entity, enumerate every path of owners back to listed
     * persons (depth first, no memo; a node on the current path counts as not blocked, which is the least fixpoint),
     * summing minimum stakes of listed or blocked owners. Exponential in the number of paths.
     */
    static final class Naive {
        final List<String> ids = new ArrayList<>();
        final Set<String> listed;
        final Map<String, List<Stake>> owners = new HashMap<>();
        long deadline = Long.MAX_VALUE;
        private long calls;

        static final class OutOfTime extends RuntimeException {
            private static final long serialVersionUID = 1L;

            OutOfTime() {
                super(null, null, false, false);
            }
        }

        Naive(OwnershipGraph g, Set<String> listed) {
            this.listed = listed;
            g.nodes().forEach(n -> ids.add(n.id()));
            for (Stake st : g.stakes()) {
                owners.computeIfAbsent(st.owned(), k -> new ArrayList<>()).add(st);
            }
        }

        boolean blocked(String id) {
            return blocked(id, new HashSet<>(Set.of(id)));
        }

        private boolean blocked(String id, Set<String> path) {
            if ((++calls & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new OutOfTime();
            }
            double sum = 0;
            for (Stake st : owners.getOrDefault(id, List.of())) {
                String o = st.owner();
                boolean counts = listed.contains(o);
                if (!counts && !path.contains(o)) {
                    path.add(o);
                    counts = blocked(o, path);
                    path.remove(o);
                }
                if (counts) {
                    sum += st.share().min().doubleValue();
                }
            }
            return sum >= 50;
        }
    }
}
