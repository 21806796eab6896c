package org.kordon.ownership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Which unlisted companies are caught by ownership or control of listed persons, under one regime, and why.
 *
 * <pre>{@code
 * OwnershipGraph g = OwnershipGraph.builder()
 *         .stake(Stake.shares("X3", "A3", Share.exact(50)))
 *         .stake(Stake.shares("X3", "B3", Share.exact(10)))
 *         .stake(Stake.shares("A3", "B3", Share.exact(40)))
 *         .build();
 * Evaluation ev = OwnershipEngine.evaluate(g, Set.of("X3"), Regime.OFAC, LocalDate.of(2026, 1, 1));
 * ev.result("B3").orElseThrow().status()     // BLOCKED
 * ev.result("B3").orElseThrow().evidence()   // "X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3"
 * ev.addListed("Y9");                        // incremental: only what Y9 reaches is recomputed
 * }</pre>
 *
 * <p>The rules of each regime are in {@link Regime}. Stakes not active on {@code asOf} are left out.
 * A listed id names a node whose {@link Node#id()} or {@link Node#listedId()} is that id; ids that name no node
 * are kept (a later stake cannot name them, the graph being immutable) and ignored.
 */
public final class OwnershipEngine {
    private OwnershipEngine() {
    }

    /**
     * Evaluates the whole graph: a least fixpoint over every node, O(nodes + stakes) for OFAC and EU.
     *
     * @param listedIds ids of listed entities
     * @param asOf      the day the answer holds for
     */
    public static Evaluation evaluate(OwnershipGraph graph, Collection<String> listedIds, Regime regime, LocalDate asOf) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(asOf, "asOf");
        return new Evaluation(graph, listedIds, regime, asOf);
    }
}
