package org.kordon.ownership;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ownership rules as other engines ask them: "is this company, known by a name or an id, owned or controlled by
 * listed parties, and by whom?" One {@link Evaluation} per regime, computed once; lookups are cheap and thread-safe (serialised: the evaluations are not meant for concurrent reads).
 *
 * <pre>{@code
 * OwnershipGraph g = OwnershipGraph.builder()
 *         .stake(Stake.shares("ofac-1", "Beta LLP", Share.exact(50)))
 *         .build();
 * ListedOwnership lo = ListedOwnership.of(g, Set.of("ofac-1"), ListedOwnership.SANCTIONS, LocalDate.of(2026, 1, 1));
 * lo.ownersOf("beta  llp")
 * // [Owner[entityId=ofac-1, nodeId=ofac-1, node=Beta LLP,
 * //        path=OFAC, EU: blocked, listed-owned 50%: ofac-1 -50%-> Beta LLP]]
 * }</pre>
 *
 * <p>A key names a node when it equals the node's id or name after NFKC folding, lower-casing (Locale.ROOT) and
 * collapsing white space: stakes.csv has ids only, so a company a shipment or a vessel record names by its name is
 * found when stakes.csv uses that name (or the company's IMO number) as its id. A node caught under no regime
 * ({@code clear} everywhere) has no owners. A caught node's owners are the listed nodes from which an active stake
 * chain leads to it, each reported with the evidence of every regime that catches the node; the entity id is the
 * listed node's {@link Node#listedId()} when set, else its id.
 */
public final class ListedOwnership {
    /** The three sanctions regimes, in the order their answers are printed. */
    public static final List<Regime> SANCTIONS = List.of(Regime.OFAC, Regime.EU, Regime.UK);
    /** Most owners reported for one node (a company under hundreds of listed people is rare and the path says it). */
    static final int MAX_OWNERS = 20;

    /**
     * A listed owner of the node looked up.
     *
     * @param entityId the listed entity's id (e.g. {@code ofac-sdn:12345})
     * @param nodeId   the owner's node id in the graph
     * @param node     the node looked up (its id)
     * @param path     per regime that catches the node: status, listed-owned share interval and evidence path
     */
    public record Owner(String entityId, String nodeId, String node, String path) {
        public Owner {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(path, "path");
        }
    }

    private final OwnershipGraph graph;
    private final List<Evaluation> evaluations;
    private final int day;
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    private ListedOwnership(OwnershipGraph graph, List<Evaluation> evaluations, LocalDate asOf) {
        this.graph = graph;
        this.evaluations = evaluations;
        this.day = (int) asOf.toEpochDay();
        for (int v = 0; v < graph.nodes.length; v++) {
            Node n = graph.nodes[v];
            addKey(n.id(), v);
            if (n.name() != null) {
                addKey(n.name(), v);
            }
        }
    }

    private void addKey(String k, int v) {
        List<Integer> vs = byKey.computeIfAbsent(key(k), x -> new ArrayList<>(1));
        if (!vs.contains(v)) {
            vs.add(v);
        }
    }

    /**
     * Evaluates {@code graph} under each regime.
     *
     * @param listedIds ids of listed entities (node ids or listed ids)
     * @param regimes   the regimes to apply, e.g. {@link #SANCTIONS}; not empty
     * @param asOf      the day the answers hold for
     */
    public static ListedOwnership of(OwnershipGraph graph, Collection<String> listedIds, Collection<Regime> regimes, LocalDate asOf) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(asOf, "asOf");
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("at least one regime is needed");
        }
        List<Evaluation> evs = new ArrayList<>();
        for (Regime r : new LinkedHashSet<>(regimes)) {
            evs.add(OwnershipEngine.evaluate(graph, listedIds, r, asOf));
        }
        return new ListedOwnership(graph, List.copyOf(evs), asOf);
    }

    /** The graph's size, for messages: nodes and stakes. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d nodes, %,d stakes", graph.nodeCount(), graph.stakeCount());
    }

    /**
     * The listed owners of the node(s) that {@code keys} name (ids or names; null and blank keys are skipped), empty
     * when no key names a node or no regime catches it. Nodes that are listed themselves are left out (screening
     * the name finds them).
     */
    public synchronized List<Owner> ownersOf(String... keys) {
        Set<Integer> nodes = new TreeSet<>();
        for (String k : keys) {
            if (k != null && !k.isBlank()) {
                nodes.addAll(byKey.getOrDefault(key(k), List.of()));
            }
        }
        List<Owner> out = new ArrayList<>();
        for (int v : nodes) {
            String id = graph.nodes[v].id();
            Map<String, List<String>> byAnswer = new LinkedHashMap<>();
            for (Evaluation ev : evaluations) {
                if (ev.status(id).filter(st -> st != Status.CLEAR).isEmpty()) {
                    continue;   // cheap: evidence is only built for a caught node
                }
                ev.result(id).filter(r -> r.status() != Status.CLEAR).ifPresent(r -> byAnswer
                        .computeIfAbsent(r.status().code() + ", listed-owned " + interval(r) + ": " + r.evidence(), x -> new ArrayList<>())
                        .add(r.regime().code().toUpperCase(Locale.ROOT)));
            }
            if (byAnswer.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            byAnswer.forEach((answer, regimes) -> parts.add(String.join(", ", regimes) + ": " + answer));
            String path = String.join(" | ", parts);
            for (int u : listedAncestors(v)) {
                Node n = graph.nodes[u];
                out.add(new Owner(n.listedId() != null ? n.listedId() : n.id(), n.id(), id, path));
            }
        }
        return List.copyOf(out);
    }

    private static String interval(OwnershipResult r) {
        String a = r.shareMin().toPlainString();
        String b = r.shareMax().toPlainString();
        return a.equals(b) ? a + "%" : a + "-" + b + "%";
    }

    /**
     * Listed nodes from which a chain of stakes active on the day reaches {@code v} through caught intermediaries
     * only (an intermediary that is clear under every regime passes nothing on, so the walk stops there; it stops at
     * listed nodes too), sorted by id. Under {@link Regime#BO} shares pass through any company, so the walk goes
     * through every node.
     */
    private List<Integer> listedAncestors(int v) {
        Set<Integer> seen = new HashSet<>();
        seen.add(v);
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(v);
        List<Integer> found = new ArrayList<>();
        Evaluation any = evaluations.get(0);
        while (!todo.isEmpty()) {
            int w = todo.poll();
            for (int i = graph.inStart[w]; i < graph.inStart[w + 1]; i++) {
                int e = graph.inEdges[i];
                int u = graph.from[e];
                if (!graph.active(e, day) || !seen.add(u)) {
                    continue;
                }
                String id = graph.nodes[u].id();
                if (any.isListed(id)) {
                    found.add(u);
                } else if (passesOn(id)) {
                    todo.add(u);
                }
            }
        }
        found.sort((a, b) -> graph.nodes[a].id().compareTo(graph.nodes[b].id()));
        return found.size() > MAX_OWNERS ? found.subList(0, MAX_OWNERS) : found;
    }

    private boolean passesOn(String id) {
        for (Evaluation ev : evaluations) {
            if (ev.regime() == Regime.BO || ev.status(id).filter(s -> s != Status.CLEAR).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** NFKC, lower case (Locale.ROOT), white space collapsed: {@code " Beta  LLP"} and {@code "beta llp"} are one key. */
    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
