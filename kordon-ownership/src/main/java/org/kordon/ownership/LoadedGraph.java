package org.kordon.ownership;

import java.util.List;
import java.util.Map;

/**
 * A graph read from files, with what the reader left out or guessed (one line each, naming file and line) and what
 * the files say of each node besides its name (the evidence {@link ListLinks} links by).
 *
 * @param graph    the graph
 * @param warnings e.g. {@code joint.json line 88: interest type 'settlor' is not ownership or control; left out}
 * @param facts    birth dates, nationalities or jurisdiction, identifiers, by node id; nodes with none are absent
 */
public record LoadedGraph(OwnershipGraph graph, List<String> warnings, Map<String, NodeFacts> facts) {
    public LoadedGraph {
        warnings = List.copyOf(warnings);
        facts = Map.copyOf(facts);
    }

    /** A graph without facts. */
    public LoadedGraph(OwnershipGraph graph, List<String> warnings) {
        this(graph, warnings, Map.of());
    }
}
