/**
 * Ownership and control: which unlisted companies listed persons own or control, directly or through chains of
 * companies, under OFAC, EU and UK rules (and the beneficial-ownership view), with the paths as evidence.
 *
 * <pre>{@code
 * LoadedGraph lg = GraphLoader.load(List.of(Path.of("bods.json")));          // or OwnershipGraph.builder()
 * Evaluation ev = OwnershipEngine.evaluate(lg.graph(), listedIds, Regime.OFAC, LocalDate.now());
 * for (OwnershipResult r : ev.results()) {
 *     System.out.println(r.entityId() + " " + r.status().code() + " " + r.evidence());
 * }
 * ev.addListed("NK-new");                                                    // incremental
 * }</pre>
 *
 * <p>The public API is {@link org.kordon.ownership.OwnershipGraph} (+ builder), {@link org.kordon.ownership.Node},
 * {@link org.kordon.ownership.NodeKind}, {@link org.kordon.ownership.Stake}, {@link org.kordon.ownership.StakeType},
 * {@link org.kordon.ownership.Share}, {@link org.kordon.ownership.Regime}, {@link org.kordon.ownership.Status},
 * {@link org.kordon.ownership.OwnershipEngine}, {@link org.kordon.ownership.Evaluation},
 * {@link org.kordon.ownership.OwnershipResult}, {@link org.kordon.ownership.GraphLoader},
 * {@link org.kordon.ownership.LoadedGraph}, {@link org.kordon.ownership.OwnershipFormatException},
 * {@link org.kordon.ownership.ListedOwnership} and {@link org.kordon.ownership.ListedOwners} (the question other
 * engines ask: who listed owns this company; trade and maritime both ask it through {@code ListedOwners}),
 * {@link org.kordon.ownership.ListLinks} with {@link org.kordon.ownership.ListedPartyResolver} and
 * {@link org.kordon.ownership.NodeFacts} (linking nodes to listed entities by id, identifier, or name with agreeing
 * birth date or jurisdiction; a name alone is only a possible link, the node undetermined; name resolution is passed
 * in, so this module needs no screening engine), {@link org.kordon.ownership.ListRelations} (the lists' own
 * "Linked To", owned-by and controlled-by text as typed relations) and
 * {@link org.kordon.ownership.StakeRules} (the per-stake rules that every engine applies, Kordon on Spark too, and each
 * regime's ownership test as it stood on a date, from {@code regime-rules.csv}); the fixpoints ({@code Propagator}, {@code UkRules}, {@code BoRules}) are
 * package-private.
 *
 * <h2>Semantics in one paragraph</h2>
 * Each sanctions regime is a least fixpoint over the graph, computed for both ends of the share intervals: the
 * lower one counts the minimum stakes of surely caught owners, the upper one the maximum stakes of possibly caught
 * owners. Surely caught is {@code blocked} (ownership) or {@code controlled} (control only); possibly caught is
 * {@code undetermined}; the rest is {@code clear}. Stakes hold from their start until the day they ended.
 */
package org.kordon.ownership;
