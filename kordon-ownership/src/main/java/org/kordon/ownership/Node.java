package org.kordon.ownership;

import java.util.Objects;

/**
 * A person, company or joint arrangement of the ownership graph.
 *
 * <pre>{@code
 * new Node("NK-abc", NodeKind.PERSON, "Ivan Petrov", "NK-abc")   // listed under its own id
 * new Node("bods-1", NodeKind.COMPANY, "Chrinon Ltd", null)      // not linked to a list
 * }</pre>
 *
 * @param id       unique id in the graph
 * @param kind     person, company, arrangement or unknown
 * @param name     name, or null
 * @param listedId the id of the listed entity this node is (set by a loader or name linking), or null
 */
public record Node(String id, NodeKind kind, String name, String listedId) {
    public Node {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("node id is blank");
        }
        Objects.requireNonNull(kind, "kind");
        if (name != null && name.isBlank()) {
            name = null;
        }
        if (listedId != null && listedId.isBlank()) {
            listedId = null;
        }
    }

    /** A node known by its id alone. */
    public static Node of(String id) {
        return new Node(id, NodeKind.UNKNOWN, null, null);
    }

    Node merge(Node other) {
        return new Node(id, kind == NodeKind.UNKNOWN ? other.kind : kind, name != null ? name : other.name,
                listedId != null ? listedId : other.listedId);
    }
}
