package org.kordon.ownership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.model.Schema;

/**
 * Links graph nodes to listed entities: by explicit id (the node's id or listed id is a listed entity's id, with or
 * without the list's source prefix such as {@code os:}, as with OpenSanctions FtM data), else by name through the screening engine, keeping the best match at or above the
 * threshold and reporting its score.
 *
 * <pre>{@code
 * ListLinks.Result r = ListLinks.link(graph, snapshotIds, screener, Screeners.DEFAULT_THRESHOLD);
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
     * @param score 1.0 for a link by id, else the screening score
     * @param byName true when found by name through the screening engine
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
     * @param listedIds ids of every listed entity
     * @param screener  the screening engine over the same lists; null to link by id only
     * @param threshold the least score for a link by name
     */
    public static Result link(OwnershipGraph graph, Set<String> listedIds, Screener screener, double threshold) {
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
            } else if (screener != null && n.name() != null && n.kind() != NodeKind.ARRANGEMENT) {
                Query q = Query.of(n.name());
                if (n.kind() == NodeKind.PERSON) {
                    q = q.withSchema(Schema.PERSON);
                }
                List<Match> m = screener.screen(q, threshold, 1);
                if (!m.isEmpty()) {
                    Match best = m.get(0);
                    linked = new Node(n.id(), n.kind(), n.name(), best.entity().id());
                    links.add(new Link(n.id(), n.name(), best.entity().id(), best.matchedName(), best.score(), true));
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
