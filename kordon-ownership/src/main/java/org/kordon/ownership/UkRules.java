package org.kordon.ownership;

import java.util.Arrays;

/*
 * A regime without aggregation across different listed persons: the UK always, OFAC before 13 August 2014
 * (regime-rules.csv). UK: no aggregation across different listed persons. Each listed person (a "root") gets a fixpoint of its own in
 * which only it is a source: a company is owned by that person when the person's direct and indirect holdings
 * (through companies the same person owns or controls) are more than 50% of the shares or of the votes. A joint
 * arrangement (NodeKind.ARRANGEMENT) is held by each of its members in full, so what persons hold jointly counts
 * for each of them. The answer for a node is the union over roots; its share interval the largest per-person one.
 * The per-root runs reuse one Propagator and reset only the nodes they touched.
 */
final class UkRules {
    private final Propagator p;
    final long[] loShare;
    final long[] hiShare;
    final int[] loRoot;
    final int[] hiRoot;
    private final long[] loRootShare;
    private final long[] hiRootShare;
    final byte[] loFlags;
    final boolean[] hiCaught;

    UkRules(OwnershipGraph g, Regime regime, int day) {
        p = new Propagator(g, regime, day);
        int n = g.nodeCount();
        loShare = new long[n];
        hiShare = new long[n];
        loRoot = new int[n];
        hiRoot = new int[n];
        loFlags = new byte[n];
        loRootShare = new long[n];
        hiRootShare = new long[n];
        hiCaught = new boolean[n];
        Arrays.fill(loRoot, -1);
        Arrays.fill(hiRoot, -1);
    }

    void replaceGraph(OwnershipGraph changed, int e) {
        p.replaceGraph(changed, e);
    }

    void clear() {
        Arrays.fill(loShare, 0);
        Arrays.fill(hiShare, 0);
        Arrays.fill(loRoot, -1);
        Arrays.fill(hiRoot, -1);
        Arrays.fill(loFlags, (byte) 0);
        Arrays.fill(hiCaught, false);
        Arrays.fill(loRootShare, 0);
        Arrays.fill(hiRootShare, 0);
    }

    /** Runs the fixpoint of one listed person and merges it in. */
    void addRoot(int r) {
        p.addSource(r);
        Propagator.Bound lo = p.lo;
        for (int i = 0; i < lo.touchedCount; i++) {
            int v = lo.touched[i];
            long s = lo.share(v);
            if (lo.caught(v) && (loRoot[v] < 0 || s > loRootShare[v])) {
                loRoot[v] = r;
                loRootShare[v] = s;
            }
            loShare[v] = Math.max(loShare[v], s);
            loFlags[v] |= (byte) (lo.flags[v] & (Propagator.OWNED | Propagator.CONTROLLED | Propagator.CAUGHT));
        }
        Propagator.Bound hi = p.hi;
        for (int i = 0; i < hi.touchedCount; i++) {
            int v = hi.touched[i];
            long s = hi.share(v);
            if (hi.caught(v) && (hiRoot[v] < 0 || s > hiRootShare[v])) {
                hiRoot[v] = r;
                hiRootShare[v] = s;
            }
            hiShare[v] = Math.max(hiShare[v], s);
            hiCaught[v] |= hi.caught(v);
        }
        p.lo.resetTouched();
        p.hi.resetTouched();
    }

    Status status(int v) {
        if ((loFlags[v] & Propagator.OWNED) != 0) {
            return Status.BLOCKED;
        }
        if ((loFlags[v] & Propagator.CONTROLLED) != 0) {
            return Status.CONTROLLED;
        }
        return hiCaught[v] ? Status.UNDETERMINED : Status.CLEAR;
    }

    /** The root whose run explains {@code v}, or -1 when clear. */
    int root(int v) {
        return loFlags[v] != 0 ? loRoot[v] : hiCaught[v] ? hiRoot[v] : -1;
    }

    /** Evidence for every node whose root is {@code r}: reruns that root's fixpoint once. */
    void evidence(int r, int[] nodes, int count, String[] out, int limit) {
        p.addSource(r);
        for (int i = 0; i < count; i++) {
            out[nodes[i]] = p.evidence(nodes[i], limit);
        }
        p.lo.resetTouched();
        p.hi.resetTouched();
    }
}
