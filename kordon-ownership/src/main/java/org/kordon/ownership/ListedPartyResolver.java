package org.kordon.ownership;

import java.util.Optional;

/**
 * Finds the listed entity a graph node's name stands for: the name resolution {@link ListLinks} is given, so that the
 * ownership engine needs no screening engine of its own. kordon-review's {@code ScreenedPartyResolver} answers it
 * with Kordon's screener; a test may answer it with a map.
 *
 * <pre>{@code
 * ListedPartyResolver byMap = (name, kind) -> name.equals("Natalie Coleman")
 *         ? Optional.of(new ListedPartyResolver.Party("NK-123", "COLEMAN, Natalie", 0.97)) : Optional.empty();
 * }</pre>
 *
 * Implementations must be thread-safe when shared.
 */
@FunctionalInterface
public interface ListedPartyResolver {
    /** Resolves nothing: nodes are linked by id only. */
    ListedPartyResolver NONE = (name, kind) -> Optional.empty();

    /**
     * A listed entity found for a name.
     *
     * @param listedId   the listed entity's id
     * @param listedName the listed name (primary or alias) that matched
     * @param score      how well it matched, in [0,1]
     */
    record Party(String listedId, String listedName, double score) {
    }

    /**
     * The listed entity a node of the graph stands for, by its name.
     *
     * @param name the node's name; never blank
     * @param kind the node's kind (never {@link NodeKind#ARRANGEMENT}: arrangements are not linked by name)
     * @return the best listed entity the name stands for, empty when none is good enough
     */
    Optional<Party> resolve(String name, NodeKind kind);
}
