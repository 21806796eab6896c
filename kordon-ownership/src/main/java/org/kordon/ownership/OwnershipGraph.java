package org.kordon.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable ownership and control graph: nodes and dated stakes with share intervals.
 *
 * <pre>{@code
 * OwnershipGraph g = OwnershipGraph.builder()
 *         .stake(Stake.shares("X", "A", Share.exact(50)))
 *         .stake(Stake.shares("A", "B", Share.exact(50)))
 *         .build();
 * g.nodeCount()   // 3
 * }</pre>
 *
 * <p>Stored as arrays (compressed adjacency, one {@code long} per share bound), about 60 bytes per stake, so a
 * graph of 3,000,000 stakes fits in a few hundred megabytes. Thread-safe once built.
 */
public final class OwnershipGraph {
    static final int OPEN = Integer.MIN_VALUE;
    private static final StakeType[] TYPES = StakeType.values();

    final Node[] nodes;
    final boolean[] arrangement;
    final Map<String, Integer> index;
    final int edges;
    // edges sorted by owner; out-edges of node u are [outStart[u], outStart[u+1])
    final int[] outStart;
    final int[] from;
    final int[] to;
    final long[] min;
    final long[] max;
    final byte[] type;
    final int[] start;
    final int[] end;
    // in-edges of node v are edge indices inEdges[inStart[v] .. inStart[v+1])
    final int[] inStart;
    final int[] inEdges;

    private OwnershipGraph(Builder b) {
        b.compact();
        int n = b.nodes.size();
        this.nodes = b.nodes.toArray(new Node[0]);
        this.arrangement = new boolean[n];
        for (int i = 0; i < n; i++) {
            arrangement[i] = nodes[i].kind() == NodeKind.ARRANGEMENT;
        }
        this.index = b.index;
        this.edges = b.edges;
        int m = b.edges;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[b.from[e] + 1]++;
            inStart[b.to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        from = new int[m];
        to = new int[m];
        min = new long[m];
        max = new long[m];
        type = new byte[m];
        start = new int[m];
        end = new int[m];
        int[] pos = Arrays.copyOf(outStart, n);
        for (int e = 0; e < m; e++) {
            int k = pos[b.from[e]]++;
            from[k] = b.from[e];
            to[k] = b.to[e];
            min[k] = b.min[e];
            max[k] = b.max[e];
            type[k] = b.type[e];
            start[k] = b.start[e];
            end[k] = b.end[e];
        }
        inEdges = new int[m];
        int[] ipos = Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) {
            inEdges[ipos[to[e]]++] = e;
        }
    }

    private OwnershipGraph(OwnershipGraph o, int e, Stake changed) {
        nodes = o.nodes;
        arrangement = o.arrangement;
        index = o.index;
        edges = o.edges;
        outStart = o.outStart;
        from = o.from;
        to = o.to;
        type = o.type;
        inStart = o.inStart;
        inEdges = o.inEdges;
        min = o.min.clone();
        max = o.max.clone();
        start = o.start.clone();
        end = o.end.clone();
        min[e] = changed.share().minUnits();
        max[e] = changed.share().maxUnits();
        start[e] = changed.start() == null ? OPEN : (int) changed.start().toEpochDay();
        end[e] = changed.end() == null ? OPEN : (int) changed.end().toEpochDay();
    }

    /**
     * The index of the stake {@code owner -> owned} of {@code type} (the one with the same start when there are
     * several), or -1.
     */
    int find(String owner, String owned, StakeType t, LocalDate startDate) {
        Integer f = index.get(owner);
        Integer o = index.get(owned);
        if (f == null || o == null) {
            return -1;
        }
        int first = -1;
        int st = startDate == null ? OPEN : (int) startDate.toEpochDay();
        for (int e = outStart[f]; e < outStart[f + 1]; e++) {
            if (to[e] == o && type[e] == t.ordinal()) {
                if (start[e] == st) {
                    return e;
                }
                if (first < 0) {
                    first = e;
                }
            }
        }
        return first;
    }

    /**
     * This graph with the share and dates of one existing stake replaced (same owner, owned and type; the one with
     * the same start when there are several). Copies the share and date arrays, shares the rest.
     *
     * @throws IllegalArgumentException when the graph has no such stake (a new stake needs a new graph)
     */
    public OwnershipGraph withStake(Stake changed) {
        int e = find(changed.owner(), changed.owned(), changed.type(), changed.start());
        if (e < 0) {
            throw new IllegalArgumentException("no " + changed.type().code() + " stake " + changed.owner() + " -> " + changed.owned()
                    + " in the graph; a new stake needs a new graph (OwnershipGraph.builder())");
        }
        return new OwnershipGraph(this, e, changed);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return nodes.length;
    }

    public int stakeCount() {
        return edges;
    }

    /** The node with this id, if any. */
    public Optional<Node> node(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(nodes[i]);
    }

    /** Every node, in the order first seen. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodes));
    }

    /** Every stake, as records (allocates; for small graphs and tests). */
    public List<Stake> stakes() {
        List<Stake> out = new ArrayList<>(edges);
        for (int e = 0; e < edges; e++) {
            out.add(stake(e));
        }
        return out;
    }

    Stake stake(int e) {
        return new Stake(nodes[from[e]].id(), nodes[to[e]].id(), new Share(Share.decimal(min[e]), Share.decimal(max[e])),
                TYPES[type[e]], start[e] == OPEN ? null : LocalDate.ofEpochDay(start[e]),
                end[e] == OPEN ? null : LocalDate.ofEpochDay(end[e]));
    }

    StakeType type(int e) {
        return TYPES[type[e]];
    }

    boolean active(int e, int day) {
        return (start[e] == OPEN || start[e] <= day) && (end[e] == OPEN || day < end[e]);
    }

    /**
     * Collects nodes and stakes; not thread-safe. Stakes are numbered in the order they are added (0, 1, ...), so
     * that a reader can map {@link #duplicates()} and {@link #overfull(LocalDate)} back to its lines.
     *
     * <pre>{@code
     * Builder b = OwnershipGraph.builder();
     * b.stake(Stake.shares("X", "B", Share.exact(30)));   // stake 0
     * b.stake(Stake.shares("X", "B", Share.exact(30)));   // stake 1, the same stake again
     * b.duplicates()                                       // [Duplicate[kept=0, dropped=1]]: B is held 30%, not 60%
     * b.build().stakeCount()                               // 1
     * }</pre>
     */
    public static final class Builder {
        /** Stake {@code dropped} is the same stake as {@code kept} (added earlier): same owner, owned, type, share and dates. */
        public record Duplicate(int kept, int dropped) {
        }

        /**
         * The minimum stakes of one type in {@code owned} active on a day add up to {@code total} percent, more than 100:
         * impossible, so at least one of {@code stakes} (numbers in the order added) is wrong.
         */
        public record Overfull(String owned, StakeType type, BigDecimal total, List<Integer> stakes) {
        }


        /**
         * Stakes {@code first} and {@code second} (numbers in the order added) are two shareholding (or voting) stakes
         * of one owner in one company for the same period (same start and end) with different shares: two accounts of
         * one stake that disagree, or two lots that belong in one row with their sum; the reader cannot tell which.
         * (Stakes with different starts are lots bought at different times and are summed.)
         */
        public record Conflict(int first, int second, String owner, String owned, StakeType type, String firstStake, String secondStake) {
        }

        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int edges;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private long[] min = new long[16];
        private long[] max = new long[16];
        private byte[] type = new byte[16];
        private int[] start = new int[16];
        private int[] end = new int[16];
        private final BitSet dropped = new BitSet();

        private Builder() {
        }

        /** Adds a node, or fills in the kind, name and listed id of one already seen. */
        public Builder node(Node node) {
            Integer i = index.get(node.id());
            if (i == null) {
                index.put(node.id(), nodes.size());
                nodes.add(node);
            } else {
                nodes.set(i, nodes.get(i).merge(node));
            }
            return this;
        }

        /** Adds a stake; its owner and owned nodes are added when new. */
        public Builder stake(Stake s) {
            return stake(s.owner(), s.owned(), s.share(), s.type(), s.start(), s.end());
        }

        /** Adds a stake without allocating a {@link Stake} (for big generated graphs). */
        public Builder stake(String owner, String owned, Share share, StakeType t, LocalDate startDate, LocalDate endDate) {
            if (owner.equals(owned)) {
                throw new IllegalArgumentException("owner and owned are the same entity '" + owner + "'");
            }
            int f = id(owner);
            int o = id(owned);
            if (edges == from.length) {
                int c = edges * 2;
                from = Arrays.copyOf(from, c);
                to = Arrays.copyOf(to, c);
                min = Arrays.copyOf(min, c);
                max = Arrays.copyOf(max, c);
                type = Arrays.copyOf(type, c);
                start = Arrays.copyOf(start, c);
                end = Arrays.copyOf(end, c);
            }
            from[edges] = f;
            to[edges] = o;
            min[edges] = share.minUnits();
            max[edges] = share.maxUnits();
            type[edges] = (byte) t.ordinal();
            start[edges] = startDate == null ? OPEN : (int) startDate.toEpochDay();
            end[edges] = endDate == null ? OPEN : (int) endDate.toEpochDay();
            edges++;
            return this;
        }

        /** Stakes added so far; the next stake added gets this number. */
        public int stakeCount() {
            return edges;
        }

        /**
         * Finds the stakes given twice (same owner, owned, type, share bounds, start and end), keeps the first of each
         * and leaves the others out of the graph built. Two stakes of 30% given on two rows are one stake, not 60%:
         * shares held through separate lots belong in one row with their sum.
         *
         * @return one entry per stake left out, in the order they were added
         */
        public List<Duplicate> duplicates() {
            List<Duplicate> out = new ArrayList<>();
            int[] byOwner = byOwner();
            int n = nodes.size();
            int[] startOf = ownerStarts(n);
            for (int u = 0; u < n; u++) {
                int lo = startOf[u];
                int hi = startOf[u + 1];
                if (hi - lo < 2) {
                    continue;
                }
                Integer[] bucket = new Integer[hi - lo];
                for (int i = lo; i < hi; i++) {
                    bucket[i - lo] = byOwner[i];
                }
                // same key next to each other, the first added first
                Arrays.sort(bucket, (x, y) -> {
                    int c = Integer.compare(to[x], to[y]);
                    c = c != 0 ? c : Byte.compare(type[x], type[y]);
                    c = c != 0 ? c : Long.compare(min[x], min[y]);
                    c = c != 0 ? c : Long.compare(max[x], max[y]);
                    c = c != 0 ? c : Integer.compare(start[x], start[y]);
                    c = c != 0 ? c : Integer.compare(end[x], end[y]);
                    return c != 0 ? c : Integer.compare(x, y);
                });
                int first = bucket[0];
                for (int i = 1; i < bucket.length; i++) {
                    int e = bucket[i];
                    if (sameStake(first, e)) {
                        if (!dropped.get(e)) {
                            dropped.set(e);
                            out.add(new Duplicate(first, e));
                        }
                    } else {
                        first = e;
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(Duplicate::dropped));
            return out;
        }

        /**
         * The pairs of stakes that contradict each other ({@link Conflict}), duplicates found by {@link #duplicates()}
         * left out; control stakes never conflict (a second right to appoint the board adds nothing). Ordered by the
         * second stake's number.
         */
        public List<Conflict> conflicts() {
            List<Conflict> out = new ArrayList<>();
            int[] byOwner = byOwner();
            int n = nodes.size();
            int[] startOf = ownerStarts(n);
            for (int u = 0; u < n; u++) {
                for (int i = startOf[u]; i < startOf[u + 1]; i++) {
                    int a = byOwner[i];
                    if (dropped.get(a) || !summed(a)) {
                        continue;
                    }
                    for (int j = i + 1; j < startOf[u + 1]; j++) {
                        int c = byOwner[j];
                        if (!dropped.get(c) && to[c] == to[a] && type[c] == type[a] && start[c] == start[a] && end[c] == end[a]
                                && !sameStake(a, c)) {
                            int f = Math.min(a, c);
                            int g = Math.max(a, c);
                            out.add(new Conflict(f, g, nodes.get(from[a]).id(), nodes.get(to[a]).id(), TYPES[type[a]], describe(f), describe(g)));
                        }
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(Conflict::second).thenComparingInt(Conflict::first));
            return out;
        }

        private boolean summed(int e) {
            return type[e] == StakeType.SHAREHOLDING.ordinal() || type[e] == StakeType.VOTING_RIGHTS.ordinal();
        }

        /** "25% from 2021-01-01", "30% 2020-01-01 to 2021-01-01", "?%". */
        private String describe(int e) {
            String share = Share.label(min[e], max[e]);
            String from = start[e] == OPEN ? null : LocalDate.ofEpochDay(start[e]).toString();
            String until = end[e] == OPEN ? null : LocalDate.ofEpochDay(end[e]).toString();
            return share + (from == null && until == null ? "" : from == null ? " until " + until : until == null ? " from " + from
                    : " " + from + " to " + until);
        }

        /**
         * The owned entities whose minimum {@code shareholding} (or {@code votingRights}) stakes active on {@code day}
         * add up to more than 100%, duplicates found by {@link #duplicates()} left out. Shares are intervals: only the
         * minimums must fit in 100%, the maximums of bands may add up to more.
         */
        public List<Overfull> overfull(LocalDate day) {
            int d = (int) day.toEpochDay();
            long[][] sums = new long[2][nodes.size()];
            for (int e = 0; e < edges; e++) {
                int k = summedKind(e, d);
                if (k >= 0) {
                    sums[k][to[e]] += min[e];
                }
            }
            Map<Long, List<Integer>> over = new HashMap<>();
            for (int e = 0; e < edges; e++) {
                int k = summedKind(e, d);
                if (k >= 0 && sums[k][to[e]] > Share.HUNDRED) {
                    over.computeIfAbsent((long) to[e] << 1 | k, x -> new ArrayList<>()).add(e);
                }
            }
            List<Overfull> out = new ArrayList<>();
            over.forEach((key, stakes) -> {
                int v = (int) (key >>> 1);
                int k = (int) (key & 1);
                out.add(new Overfull(nodes.get(v).id(), k == 0 ? StakeType.SHAREHOLDING : StakeType.VOTING_RIGHTS,
                        Share.decimal(sums[k][v]), List.copyOf(stakes)));
            });
            out.sort(java.util.Comparator.comparingInt(o -> o.stakes().get(0)));
            return out;
        }

        /** 0 for an active shareholding, 1 for active voting rights, else -1 (also for a dropped duplicate). */
        private int summedKind(int e, int day) {
            if (dropped.get(e) || (start[e] != OPEN && start[e] > day) || (end[e] != OPEN && day >= end[e])) {
                return -1;
            }
            return type[e] == StakeType.SHAREHOLDING.ordinal() ? 0 : type[e] == StakeType.VOTING_RIGHTS.ordinal() ? 1 : -1;
        }

        private boolean sameStake(int a, int b) {
            return from[a] == from[b] && to[a] == to[b] && type[a] == type[b] && min[a] == min[b] && max[a] == max[b]
                    && start[a] == start[b] && end[a] == end[b];
        }

        /** Stake numbers ordered by owner, in the order added within an owner. */
        private int[] byOwner() {
            int[] startOf = ownerStarts(nodes.size());
            int[] pos = Arrays.copyOf(startOf, nodes.size());
            int[] out = new int[edges];
            for (int e = 0; e < edges; e++) {
                out[pos[from[e]]++] = e;
            }
            return out;
        }

        private int[] ownerStarts(int n) {
            int[] startOf = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                startOf[from[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                startOf[i + 1] += startOf[i];
            }
            return startOf;
        }

        /** Removes the stakes {@link #duplicates()} left out, before the graph is built. */
        private void compact() {
            if (dropped.isEmpty()) {
                return;
            }
            int k = 0;
            for (int e = 0; e < edges; e++) {
                if (dropped.get(e)) {
                    continue;
                }
                from[k] = from[e];
                to[k] = to[e];
                min[k] = min[e];
                max[k] = max[e];
                type[k] = type[e];
                start[k] = start[e];
                end[k] = end[e];
                k++;
            }
            edges = k;
            dropped.clear();
        }

        private int id(String id) {
            Integer i = index.get(id);
            if (i != null) {
                return i;
            }
            node(Node.of(id));
            return nodes.size() - 1;
        }

        public OwnershipGraph build() {
            return new OwnershipGraph(this);
        }
    }
}
