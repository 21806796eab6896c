package org.kordon.ownership;

import java.util.List;
import java.util.Objects;

/**
 * Finds the listed entities a graph node may be, with what the lists say of each, so that {@link ListLinks} can judge
 * the link by the evidence on both sides. The ownership engine needs no screening engine of its own: kordon-review's
 * {@code ScreenedPartyResolver} answers with Kordon's screener (the node's birth date, country and identifiers passed
 * as secondary data) and an index of the lists' identifiers; a test may answer with a map.
 *
 * <pre>{@code
 * ListedPartyResolver byMap = (name, kind, facts) -> name.equals("Natalie Coleman")
 *         ? List.of(new ListedPartyResolver.Candidate("NK-123", "COLEMAN, Natalie", 0.97,
 *                 new NodeFacts(List.of("1965"), List.of("us"), List.of())))
 *         : List.of();
 * }</pre>
 *
 * Implementations must be thread-safe when shared.
 */
@FunctionalInterface
public interface ListedPartyResolver {
    /** Resolves nothing: nodes are linked by id only. */
    ListedPartyResolver NONE = (name, kind, facts) -> List.of();

    /**
     * A listed entity a node may be.
     *
     * @param listedId   the listed entity's id
     * @param listedName the listed name (primary or alias) that matched
     * @param score      how well it matched, in [0,1]: the screening score with the node's facts as secondary data
     *                   (1.0 for an identifier found in the lists)
     * @param listed     what the lists say of the entity: birth dates, countries, identifiers
     */
    record Candidate(String listedId, String listedName, double score, NodeFacts listed) {
        public Candidate {
            Objects.requireNonNull(listedId, "listedId");
            Objects.requireNonNull(listed, "listed");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0,1], got " + score);
            }
        }
    }

    /**
     * The listed entities the node's name may stand for, best first.
     *
     * @param name  the node's name; never blank
     * @param kind  the node's kind (never {@link NodeKind#ARRANGEMENT}: arrangements are not linked by name)
     * @param facts what the input file says of the node besides its name (passed to the screening as secondary data)
     * @return the candidates at or above the resolver's threshold, best first; empty when none
     */
    List<Candidate> byName(String name, NodeKind kind, NodeFacts facts);

    /**
     * The listed entities that carry this identifier (same value, comparable scheme); empty by default (a resolver
     * without an identifier index).
     */
    default List<Candidate> byIdentifier(NodeFacts.Id id) {
        return List.of();
    }
}
