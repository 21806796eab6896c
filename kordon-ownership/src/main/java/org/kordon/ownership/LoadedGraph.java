package org.kordon.ownership;

import java.util.List;

/**
 * A graph read from files, with what the reader left out or guessed (one line each, naming file and line).
 *
 * @param graph    the graph
 * @param warnings e.g. {@code joint.json line 88: interest type 'settlor' is not ownership or control; left out}
 */
public record LoadedGraph(OwnershipGraph graph, List<String> warnings) {
    public LoadedGraph {
        warnings = List.copyOf(warnings);
    }
}
