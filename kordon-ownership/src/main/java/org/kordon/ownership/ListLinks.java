package org.kordon.ownership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links graph nodes to listed entities: by explicit id (the node's id or listed id is a listed entity's id, with or
 * without the list's source prefix such as {@code os:}, as with OpenSanctions FtM data), else by name through the
 * {@link ListedPartyResolver} given (e.g. kordon-review's screener-backed one), reporting its score.
 *
 * <pre>{@code
 * ListLinks.Result r = ListLinks.link(graph, snapshotIds, new ScreenedPartyResolver(screener, Screeners.DEFAULT_THRESHOLD));
 * r.links()   // [Link[nodeId=1accb8b18b99, nodeName=Natalie Coleman, listedId=NK-..., listedName=..., score=0.97]]
 * r.graph()   // the graph with those nodes' listedId set
 * }</pre>
 */
public final class ListLinks {
    private ListLinks() {
    }

    /**
     * One node linked to a listed entity.
     *
     * @param score 1.0 for a link by id, else the resolver's score
     * @param byName true when found by name through the resolver
     */
    public record Link(String nodeId, String nodeName, String listedId, String listedName, double score, boolean byName) {
    }

    /** The linked graph and the links made. */
    public record Result(OwnershipGraph graph, List<Link> links) {
        public Result {
            links = List.copyOf(links);
        }
    }

    /**
     * Links the graph's nodes to the listed entities, by id and then by name.
     *
     * @param listedIds ids of every listed entity
     * @param names     finds listed entities by name over the same lists; {@link ListedPartyResolver#NONE} to link by
     *                  id only
     */
    public static Result link(OwnershipGraph graph, Set<String> listedIds, ListedPartyResolver names) {
        Objects.requireNonNull(names, "names");
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        List<Link> links = new ArrayList<>();
        // list ids carry their source's prefix ("os:NK-..."); FtM graphs name the same entity "NK-..."
        Map<String, String> byId = new HashMap<>();
        for (String id : listedIds) {
            int colon = id.indexOf(':');
            if (colon > 0) {
                byId.putIfAbsent(id.substring(colon + 1), id);
            }
        }
        for (String id : listedIds) {
            byId.put(id, id);
        }
        for (Node n : graph.nodes) {
            Node linked = n;
            String explicit = n.listedId() != null ? byId.get(n.listedId()) : null;
            if (explicit == null) {
                explicit = byId.get(n.id());
            }
            if (explicit != null) {
                linked = new Node(n.id(), n.kind(), n.name(), explicit);
                links.add(new Link(n.id(), n.name(), explicit, null, 1.0, false));
            } else if (n.name() != null && n.kind() != NodeKind.ARRANGEMENT) {
                Optional<ListedPartyResolver.Party> best = names.resolve(n.name(), n.kind());
                if (best.isPresent()) {
                    ListedPartyResolver.Party p = best.get();
                    linked = new Node(n.id(), n.kind(), n.name(), p.listedId());
                    links.add(new Link(n.id(), n.name(), p.listedId(), p.listedName(), p.score(), true));
                }
            }
            b.node(linked);
        }
        for (int e = 0; e < graph.edges; e++) {
            b.stake(graph.stake(e));
        }
        return new Result(b.build(), links);
    }
}
