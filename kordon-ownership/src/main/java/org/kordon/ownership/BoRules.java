package org.kordon.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/*
 * Beneficial ownership (AML view, not a sanctions rule): the share of a company held by listed persons is the
 * product of the shares along each path from a listed person, summed over paths; a listed intermediary counts as
 * 100% listed-held, so no path is counted twice. With cycles the sum over paths is the least solution of
 * x[v] = min(1, sum over owners u of (listed(u) ? 1 : x[u]) * share(u, v)), reached by Gauss-Seidel sweeps from
 * x = 0 (monotone, so it converges from below); sweeps stop when no value moves by more than 1e-12 or after
 * 10,000 sweeps. Products make doubles the right tool here: the answer is compared with 25% with a tolerance of
 * 1e-9 percentage points, and printed to four decimals, lower bound rounded down and upper bound up.
 * Both interval ends are computed: minimum shares give the lower bound, maximum shares the upper.
 */
final class BoRules {
    static final double THRESHOLD = 0.25;
    private static final double EPS = 1e-11;

    private final OwnershipGraph g;
    private final boolean[] active;
    final double[] lo;
    final double[] hi;
    private boolean[] listed;

    BoRules(OwnershipGraph g, int day) {
        this.g = g;
        active = new boolean[g.edges];
        for (int e = 0; e < g.edges; e++) {
            active[e] = g.type(e) == StakeType.SHAREHOLDING && g.active(e, day);
        }
        lo = new double[g.nodeCount()];
        hi = new double[g.nodeCount()];
    }

    void compute(boolean[] listedNodes) {
        this.listed = listedNodes;
        solve(lo, false);
        solve(hi, true);
    }

    private void solve(double[] x, boolean upper) {
        int n = g.nodeCount();
        java.util.Arrays.fill(x, 0);
        for (int sweep = 0; sweep < 10_000; sweep++) {
            double moved = 0;
            for (int v = 0; v < n; v++) {
                if (listed[v]) {
                    x[v] = 1;
                    continue;
                }
                double s = 0;
                for (int k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
                    int e = g.inEdges[k];
                    if (active[e]) {
                        int u = g.from[e];
                        s += (listed[u] ? 1 : x[u]) * (upper ? g.max[e] : g.min[e]) / Share.HUNDRED;
                    }
                }
                s = Math.min(1, s);
                moved = Math.max(moved, Math.abs(s - x[v]));
                x[v] = s;
            }
            if (moved <= 1e-12) {
                return;
            }
        }
    }

    Status status(int v) {
        if (lo[v] >= THRESHOLD - EPS) {
            return Status.CONTROLLED;
        }
        return hi[v] >= THRESHOLD - EPS ? Status.UNDETERMINED : Status.CLEAR;
    }

    long minUnits(int v) {
        return (long) Math.floor(lo[v] * Share.HUNDRED + 1e-6);
    }

    long maxUnits(int v) {
        return Math.min(Share.HUNDRED, (long) Math.ceil(hi[v] * Share.HUNDRED - 1e-6));
    }

    String evidence(int v, int limit) {
        Status s = status(v);
        if (s == Status.CLEAR) {
            return "";
        }
        double[] x = s == Status.CONTROLLED ? lo : hi;
        boolean upper = s != Status.CONTROLLED;
        List<String> paths = new ArrayList<>();
        for (int k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
            int e = g.inEdges[k];
            int u = g.from[e];
            if (active[e] && (listed[u] || x[u] > 0) && (upper ? g.max[e] : g.min[e]) > 0) {
                String c = chain(u, x, upper, v);
                if (c != null) {
                    paths.add(c + " -" + Share.label(g.min[e], g.max[e]) + "-> " + g.nodes[v].id());
                }
            }
        }
        paths.sort(Comparator.comparingInt((String p) -> p.split(" -", -1).length).thenComparing(Comparator.naturalOrder()));
        if (paths.size() > limit) {
            int more = paths.size() - limit;
            paths = new ArrayList<>(paths.subList(0, limit));
            paths.add("+" + more + " more");
        }
        return String.join("; ", paths);
    }

    /** The heaviest path from a listed node to {@code u}, not through {@code target}; null when none. */
    private String chain(int u, double[] x, boolean upper, int target) {
        StringBuilder tail = new StringBuilder();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        seen.add(target);
        while (!listed[u]) {
            if (!seen.add(u) || seen.size() > 40) {
                return null;
            }
            int best = -1;
            double bestW = 0;
            for (int k = g.inStart[u]; k < g.inStart[u + 1]; k++) {
                int e = g.inEdges[k];
                int o = g.from[e];
                if (!active[e] || seen.contains(o)) {
                    continue;
                }
                double w = (listed[o] ? 1 : x[o]) * (upper ? g.max[e] : g.min[e]);
                if (w > bestW) {
                    best = e;
                    bestW = w;
                }
            }
            if (best < 0) {
                return null;
            }
            tail.insert(0, " -" + Share.label(g.min[best], g.max[best]) + "-> " + g.nodes[u].id());
            u = g.from[best];
        }
        return g.nodes[u].id() + tail;
    }
}
