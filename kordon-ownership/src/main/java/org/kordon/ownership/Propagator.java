package org.kordon.ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/*
 * The least fixpoint of one sanctions regime, for both ends of the share intervals at once.
 *
 * Two monotone fixpoints are computed side by side:
 *   lower ("surely caught"):   a node is caught when the stakes of surely caught owners, each counted at its
 *                              minimum, meet the threshold (or a control edge from one surely gives control);
 *   upper ("possibly caught"): the same with the stakes of possibly caught owners counted at their maximum.
 * An intermediary that may or may not be caught thus passes on [0, its full stake]: nothing in the lower bound,
 * everything in the upper. lower is a subset of upper. Status: blocked/controlled when surely caught, undetermined
 * when only possibly caught, clear otherwise.
 *
 * Each bound is a worklist: a node caught for the first time is pushed once, and each of its out-edges adds its
 * stake to the owned node's sum once. Starting from the listed nodes only, a ring of companies owning each other
 * never catches itself: that is the least fixpoint. Cost O(nodes + edges) per evaluation.
 *
 * Incremental: adding a listed node only ever adds (monotone), so its effect is propagated from it alone.
 * Removing one resets the region downstream of it (every node it can reach), re-adds what reaches the region from
 * outside, and propagates again; nodes outside the region cannot depend on the removed node.
 */
final class Propagator {
    static final byte IGNORE = 0;
    static final byte SUM = 1;
    static final byte VOTE = 2;
    static final byte CONTROL = 3;
    static final byte MEMBER = 4;

    static final byte CAUGHT = 1;
    static final byte OWNED = 2;
    static final byte CONTROLLED = 4;
    static final byte LISTED = 8;

    OwnershipGraph g;
    final Regime regime;
    final byte[] role;
    private final int day;
    /** The regime's ownership test on the day (regime-rules.csv). */
    private final StakeRules.Rule rule;
    final Bound lo;
    final Bound hi;
    private int rankCounter;
    private int[] stack = new int[64];
    private int top;

    Propagator(OwnershipGraph g, Regime regime, int day) {
        if (regime == Regime.BO) {
            throw new IllegalArgumentException("BO is not a fixpoint regime");
        }
        this.g = g;
        this.regime = regime;
        this.day = day;
        this.rule = StakeRules.rule(regime, java.time.LocalDate.ofEpochDay(day));
        this.role = new byte[g.edges];
        for (int e = 0; e < g.edges; e++) {
            role[e] = g.active(e, day) ? roleOf(regime, g.type(e), g.arrangement[g.to[e]] ? NodeKind.ARRANGEMENT : NodeKind.COMPANY) : IGNORE;
        }
        int n = g.nodeCount();
        lo = new Bound(false, n, regime == Regime.UK);
        hi = new Bound(true, n, regime == Regime.UK);
    }

    /** Takes {@code changed} (same structure, one stake's share or dates changed at {@code e}) as the graph. */
    void replaceGraph(OwnershipGraph changed, int e) {
        this.g = changed;
        role[e] = g.active(e, day) ? roleOf(regime, g.type(e), g.arrangement[g.to[e]] ? NodeKind.ARRANGEMENT : NodeKind.COMPANY) : IGNORE;
    }

    /** The role codes are the ordinals of {@link StakeRules.Role} (IGNORE, SUM, VOTE, CONTROL, MEMBER). */
    static byte roleOf(Regime regime, StakeType t, NodeKind ownedKind) {
        return (byte) StakeRules.role(regime, t, ownedKind).ordinal();
    }

    /** Per-bound state: sums and flags per node, the rank (order caught) for evidence, the nodes touched. */
    static final class Bound {
        final boolean upper;
        final long[] sum;
        final long[] vote;
        final byte[] flags;
        final int[] rank;
        int[] touched = new int[64];
        int touchedCount;
        final boolean[] isTouched;

        Bound(boolean upper, int n, boolean votes) {
            this.upper = upper;
            sum = new long[n];
            vote = votes ? new long[n] : null;
            flags = new byte[n];
            rank = new int[n];
            isTouched = new boolean[n];
        }

        boolean caught(int v) {
            return (flags[v] & CAUGHT) != 0;
        }

        long share(int v) {
            long s = vote == null ? sum[v] : Math.max(sum[v], vote[v]);
            return Math.min(s, Share.HUNDRED);
        }

        void touch(int v) {
            if (!isTouched[v]) {
                isTouched[v] = true;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = v;
            }
        }

        void clear(int v) {
            sum[v] = 0;
            if (vote != null) {
                vote[v] = 0;
            }
            flags[v] = 0;
            rank[v] = 0;
        }

        /** Clears every node touched since the last reset. */
        void resetTouched() {
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                clear(v);
                isTouched[v] = false;
            }
            touchedCount = 0;
        }
    }

    /** Marks {@code v} listed in both bounds and propagates what follows. */
    void addSource(int v) {
        for (Bound b : new Bound[] {lo, hi}) {
            mark(b, v, LISTED);
            propagate(b);
        }
    }

    /** Recomputes the region downstream of {@code v} (a delisted node, or the owned end of a changed stake); {@code listed} says which are listed. */
    void recomputeDownstream(int v, boolean[] listed) {
        int n = g.nodeCount();
        boolean[] inRegion = new boolean[n];
        int[] region = new int[16];
        int count = 0;
        inRegion[v] = true;
        region[count++] = v;
        for (int i = 0; i < count; i++) {
            int u = region[i];
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                int w = g.to[e];
                if (role[e] != IGNORE && !inRegion[w]) {
                    inRegion[w] = true;
                    if (count == region.length) {
                        region = Arrays.copyOf(region, count * 2);
                    }
                    region[count++] = w;
                }
            }
        }
        for (Bound b : new Bound[] {lo, hi}) {
            for (int i = 0; i < count; i++) {
                b.clear(region[i]);
            }
            for (int i = 0; i < count; i++) {
                int w = region[i];
                if (listed[w]) {
                    mark(b, w, LISTED);
                }
                for (int k = g.inStart[w]; k < g.inStart[w + 1]; k++) {
                    int e = g.inEdges[k];
                    if (role[e] != IGNORE && !inRegion[g.from[e]] && b.caught(g.from[e])) {
                        apply(b, e);
                    }
                }
            }
            propagate(b);
        }
    }

    private boolean meets(long s) {
        return rule.meets(s);
    }

    boolean controls(Bound b, int e) {
        return StakeRules.controls(g.type(e), g.min[e], g.max[e], b.upper);
    }

    long amount(Bound b, int e) {
        return b.upper ? g.max[e] : g.min[e];
    }

    /** True when edge {@code e} from a caught owner counts toward its owned node in bound {@code b}. */
    boolean contributes(Bound b, int e) {
        return switch (role[e]) {
            case SUM, VOTE -> amount(b, e) > 0;
            case CONTROL -> controls(b, e);
            case MEMBER -> true;
            default -> false;
        };
    }

    private void apply(Bound b, int e) {
        int v = g.to[e];
        b.touch(v);
        switch (role[e]) {
            case SUM -> {
                b.sum[v] += amount(b, e);
                if (meets(b.sum[v])) {
                    mark(b, v, OWNED);
                }
            }
            case VOTE -> {
                b.vote[v] += amount(b, e);
                if (meets(b.vote[v])) {
                    mark(b, v, OWNED);
                }
            }
            case CONTROL -> {
                if (controls(b, e)) {
                    mark(b, v, CONTROLLED);
                }
            }
            case MEMBER -> {
                b.sum[v] += amount(b, e);
                mark(b, v, OWNED);
            }
            default -> {
            }
        }
    }

    private void mark(Bound b, int v, byte bit) {
        b.touch(v);
        byte f = b.flags[v];
        if ((f & CAUGHT) == 0) {
            b.flags[v] = (byte) (f | bit | CAUGHT);
            b.rank[v] = ++rankCounter;
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = v;
        } else {
            b.flags[v] = (byte) (f | bit);
        }
    }

    private void propagate(Bound b) {
        final int[] outStart = g.outStart;
        while (top > 0) {
            int u = stack[--top];
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                if (role[e] != IGNORE) {
                    apply(b, e);
                }
            }
        }
    }

    // ---- status and evidence

    Status status(int v) {
        byte f = lo.flags[v];
        if ((f & OWNED) != 0) {
            return Status.BLOCKED;
        }
        if ((f & CONTROLLED) != 0) {
            return Status.CONTROLLED;
        }
        return hi.caught(v) ? Status.UNDETERMINED : Status.CLEAR;
    }

    /** The paths that count for {@code v}, joined with "; ", at most {@code limit} of them. */
    String evidence(int v, int limit) {
        Bound b = lo.caught(v) ? lo : hi;
        if (!b.caught(v) || (b.flags[v] & LISTED) != 0) {
            return "";
        }
        List<String> paths = new ArrayList<>();
        for (int k = g.inStart[v]; k < g.inStart[v + 1]; k++) {
            int e = g.inEdges[k];
            int u = g.from[e];
            if (role[e] != IGNORE && b.caught(u) && contributes(b, e)) {
                paths.add(chain(b, u) + " -" + label(e) + "-> " + g.nodes[v].id());
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

    private String chain(Bound b, int u) {
        StringBuilder tail = new StringBuilder();
        int depth = 0;
        while ((b.flags[u] & LISTED) == 0) {
            int pred = predecessor(b, u);
            if (pred < 0 || depth++ > 40) {
                return "... " + tail.insert(0, g.nodes[u].id() + "(" + word(u) + ")");
            }
            tail.insert(0, " -" + label(pred) + "-> " + g.nodes[u].id() + "(" + word(u) + ")");
            u = g.from[pred];
        }
        return g.nodes[u].id() + tail;
    }

    /** The in-edge of {@code u} from an owner caught before it with the largest stake (ties: owner id). */
    private int predecessor(Bound b, int u) {
        int best = -1;
        long bestAmount = -1;
        for (int k = g.inStart[u]; k < g.inStart[u + 1]; k++) {
            int e = g.inEdges[k];
            int o = g.from[e];
            if (role[e] == IGNORE || !b.caught(o) || b.rank[o] >= b.rank[u] || !contributes(b, e)) {
                continue;
            }
            long a = role[e] == CONTROL ? Share.HUNDRED + 1 : amount(b, e);
            if (a > bestAmount || (a == bestAmount && g.nodes[o].id().compareTo(g.nodes[g.from[best]].id()) < 0)) {
                best = e;
                bestAmount = a;
            }
        }
        return best;
    }

    private String word(int u) {
        Status s = status(u);
        return s == Status.CLEAR ? "undetermined" : s.code();
    }

    private String label(int e) {
        return StakeRules.label(g.type(e), g.min[e], g.max[e]);
    }
}
