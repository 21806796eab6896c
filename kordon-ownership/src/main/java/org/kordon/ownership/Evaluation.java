package org.kordon.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer of {@link OwnershipEngine#evaluate} for one graph, regime and day, kept up to date as listings change.
 *
 * <p>{@link #addListed} propagates only from the new listing (milliseconds on a graph of millions of stakes);
 * {@link #removeListed} and {@link #updateStake} recompute the part of the graph downstream of the removed node or
 * changed stake (regimes that add holdings up: OFAC from 13 August 2014, EU), or everything (UK, OFAC before, BO). Either way the answer equals a full evaluation with the new list. Not thread-safe: confine an
 * Evaluation to one thread, or evaluate anew per request.
 */
public final class Evaluation {
    /** Paths shown per entity before "+N more". */
    public static final int EVIDENCE_PATHS = 20;

    private OwnershipGraph g;
    private final Regime regime;
    private final LocalDate asOf;
    private final int day;
    private final boolean[] listed;
    private final Map<String, int[]> nodesByListedId = new HashMap<>();
    private final Set<String> listedIds = new TreeSet<>();
    /** How the regime's rule on the day counts: shares added up across listed persons, each alone, or the BO view. */
    private enum Mode { AGGREGATE, PER_PERSON, BO }

    private final Mode mode;
    private Propagator aggregate;
    private UkRules uk;
    private BoRules bo;

    Evaluation(OwnershipGraph g, Collection<String> ids, Regime regime, LocalDate asOf) {
        this.g = g;
        this.regime = regime;
        this.asOf = asOf;
        this.day = (int) asOf.toEpochDay();
        this.listed = new boolean[g.nodeCount()];
        // aliases only: a node is found by its own id through the graph's index
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < g.nodes.length; i++) {
            String l = g.nodes[i].listedId();
            if (l != null && !l.equals(g.nodes[i].id())) {
                m.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
            }
        }
        m.forEach((k, v) -> nodesByListedId.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        for (String id : ids) {
            listedIds.add(id);
            for (int v : nodesOf(id)) {
                listed[v] = true;
            }
        }
        this.mode = regime == Regime.BO ? Mode.BO : StakeRules.rule(regime, asOf).aggregated() ? Mode.AGGREGATE : Mode.PER_PERSON;
        switch (mode) {
            case AGGREGATE -> {
                aggregate = new Propagator(g, regime, day);
                for (int v = 0; v < listed.length; v++) {
                    if (listed[v]) {
                        aggregate.addSource(v);
                    }
                }
            }
            case PER_PERSON -> {
                uk = new UkRules(g, regime, day);
                fullUk();
            }
            case BO -> {
                bo = new BoRules(g, day);
                bo.compute(listed);
            }
        }
    }

    /** The nodes a listed id names: the node with that id, and nodes linked to it. */
    private int[] nodesOf(String listedId) {
        Integer own = g.index.get(listedId);
        int[] aliases = nodesByListedId.get(listedId);
        if (aliases == null) {
            return own == null ? new int[0] : new int[] {own};
        }
        if (own == null) {
            return aliases;
        }
        int[] all = Arrays.copyOf(aliases, aliases.length + 1);
        all[aliases.length] = own;
        return all;
    }

    private void fullUk() {
        uk.clear();
        int[] roots = sortedListedNodes();
        for (int r : roots) {
            uk.addRoot(r);
        }
    }

    private int[] sortedListedNodes() {
        List<Integer> roots = new ArrayList<>();
        for (int v = 0; v < listed.length; v++) {
            if (listed[v]) {
                roots.add(v);
            }
        }
        roots.sort((a, b) -> g.nodes[a].id().compareTo(g.nodes[b].id()));
        return roots.stream().mapToInt(Integer::intValue).toArray();
    }

    public Regime regime() {
        return regime;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public OwnershipGraph graph() {
        return g;
    }

    /** The listed ids in force, sorted. */
    public Set<String> listedIds() {
        return Collections.unmodifiableSet(listedIds);
    }

    /** True when node {@code id} is listed itself (by its id or its listed id). */
    public boolean isListed(String id) {
        Integer v = g.index.get(id);
        return v != null && listed[v];
    }

    /**
     * Lists {@code listedId} and propagates its effect from the nodes it names only.
     *
     * @return the number of graph nodes it names (0 when none: nothing changes)
     */
    public int addListed(String listedId) {
        listedIds.add(listedId);
        int[] nodes = nodesOf(listedId);
        for (int v : nodes) {
            if (listed[v]) {
                continue;
            }
            listed[v] = true;
            switch (mode) {
                case AGGREGATE -> aggregate.addSource(v);
                case PER_PERSON -> uk.addRoot(v);
                case BO -> bo.compute(listed);
            }
        }
        return nodes.length;
    }

    /**
     * Delists {@code listedId}; recomputes what depended on it.
     *
     * @return the number of graph nodes it named
     */
    public int removeListed(String listedId) {
        listedIds.remove(listedId);
        int[] nodes = nodesOf(listedId);
        for (int v : nodes) {
            if (!listed[v] || stillListed(v)) {
                continue;
            }
            listed[v] = false;
            switch (mode) {
                case AGGREGATE -> aggregate.recomputeDownstream(v, listed);
                case PER_PERSON -> fullUk();
                case BO -> bo.compute(listed);
            }
        }
        return nodes.length;
    }

    /**
     * Replaces the share and dates of an existing stake (same owner, owned and type) and recomputes what depends on
     * it: the region downstream of the owned company (OFAC, EU), everything (UK, BO). The graph's share and date
     * arrays are copied (the graph stays immutable: {@link #graph()} is the changed one afterwards). To end a stake,
     * give it an end date.
     *
     * @throws IllegalArgumentException when the graph has no such stake (a new stake needs a new graph)
     */
    public void updateStake(Stake changed) {
        int e = g.find(changed.owner(), changed.owned(), changed.type(), changed.start());
        OwnershipGraph next = g.withStake(changed);
        g = next;
        switch (mode) {
            case AGGREGATE -> {
                aggregate.replaceGraph(next, e);
                aggregate.recomputeDownstream(next.to[e], listed);
            }
            case PER_PERSON -> {
                uk.replaceGraph(next, e);
                fullUk();
            }
            case BO -> {
                bo = new BoRules(next, day);
                bo.compute(listed);
            }
        }
    }

    private boolean stillListed(int v) {
        Node n = g.nodes[v];
        return listedIds.contains(n.id()) || (n.listedId() != null && listedIds.contains(n.listedId()));
    }

    /** The status of node {@code id}; empty when the graph has no such node or it is listed itself. */
    public Optional<Status> status(String id) {
        Integer v = g.index.get(id);
        return v == null || listed[v] ? Optional.empty() : Optional.of(status(v));
    }

    /** The result for node {@code id}, with evidence; empty when there is no such node or it is listed itself. */
    public Optional<OwnershipResult> result(String id) {
        Integer v = g.index.get(id);
        if (v == null || listed[v]) {
            return Optional.empty();
        }
        String ev = switch (mode) {
            case AGGREGATE -> aggregate.evidence(v, EVIDENCE_PATHS);
            case BO -> bo.evidence(v, EVIDENCE_PATHS);
            case PER_PERSON -> {
                int r = uk.root(v);
                String[] out = new String[g.nodeCount()];
                if (r >= 0) {
                    uk.evidence(r, new int[] {v}, 1, out, EVIDENCE_PATHS);
                }
                yield out[v] == null ? "" : out[v];
            }
        };
        return Optional.of(result(v, ev));
    }

    /** One result per unlisted node, sorted by entity id. */
    public List<OwnershipResult> results() {
        int n = g.nodeCount();
        String[] evidence = new String[n];
        if (mode == Mode.PER_PERSON) {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int v = 0; v < n; v++) {
                int r = uk.root(v);
                if (!listed[v] && r >= 0) {
                    byRoot.computeIfAbsent(r, k -> new ArrayList<>()).add(v);
                }
            }
            byRoot.forEach((r, vs) -> uk.evidence(r, vs.stream().mapToInt(Integer::intValue).toArray(), vs.size(), evidence,
                    EVIDENCE_PATHS));
        }
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        Arrays.sort(order, (a, b) -> g.nodes[a].id().compareTo(g.nodes[b].id()));
        List<OwnershipResult> out = new ArrayList<>();
        for (int v : order) {
            if (listed[v]) {
                continue;
            }
            String ev = switch (mode) {
                case AGGREGATE -> aggregate.evidence(v, EVIDENCE_PATHS);
                case BO -> bo.evidence(v, EVIDENCE_PATHS);
                case PER_PERSON -> evidence[v] == null ? "" : evidence[v];
            };
            out.add(result(v, ev));
        }
        return out;
    }

    /** How many unlisted nodes have each status, without building results (cheap on big graphs). */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> c = new java.util.EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            c.put(s, 0);
        }
        for (int v = 0; v < listed.length; v++) {
            if (!listed[v]) {
                c.merge(status(v), 1, Integer::sum);
            }
        }
        return c;
    }

    Status status(int v) {
        return switch (mode) {
            case AGGREGATE -> aggregate.status(v);
            case PER_PERSON -> uk.status(v);
            case BO -> bo.status(v);
        };
    }

    long minUnits(int v) {
        return switch (mode) {
            case AGGREGATE -> aggregate.lo.share(v);
            case PER_PERSON -> Math.min(uk.loShare[v], Share.HUNDRED);
            case BO -> bo.minUnits(v);
        };
    }

    long maxUnits(int v) {
        return Math.max(minUnits(v), switch (mode) {
            case AGGREGATE -> aggregate.hi.share(v);
            case PER_PERSON -> Math.min(uk.hiShare[v], Share.HUNDRED);
            case BO -> bo.maxUnits(v);
        });
    }

    private OwnershipResult result(int v, String evidence) {
        Node node = g.nodes[v];
        return new OwnershipResult(node.id(), regime, status(v), Share.decimal(minUnits(v)), Share.decimal(maxUnits(v)),
                evidence, node.name());
    }
}
