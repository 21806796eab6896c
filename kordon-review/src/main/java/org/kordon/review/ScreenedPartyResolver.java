package org.kordon.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.model.Schema;
import org.kordon.ownership.ListedPartyResolver;
import org.kordon.ownership.NodeKind;

/**
 * Links ownership-graph names to listed entities with Kordon's screener: the best match at or above the threshold
 * (a person node is screened as a Person). Lives here, where matching and ownership are both visible, so that the
 * ownership engine stays free of the matcher and the matcher free of ownership.
 *
 * <pre>{@code
 * ListLinks.Result r = ListLinks.link(graph, listedIds, new ScreenedPartyResolver(screener, Screeners.DEFAULT_THRESHOLD));
 * r.links()   // [Link[nodeId=1accb8b18b99, nodeName=Natalie Coleman, listedId=NK-..., listedName=..., score=0.97, byName=true]]
 * }</pre>
 *
 * Thread-safe as the screener is.
 */
public final class ScreenedPartyResolver implements ListedPartyResolver {
    private final Screener screener;
    private final double threshold;

    /**
     * @param screener  the screening engine over the lists the graph is linked to
     * @param threshold the least score for a link, in (0,1]
     */
    public ScreenedPartyResolver(Screener screener, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1], got " + threshold);
        }
        this.screener = Objects.requireNonNull(screener, "screener");
        this.threshold = threshold;
    }

    @Override
    public Optional<Party> resolve(String name, NodeKind kind) {
        Query q = Query.of(name);
        if (kind == NodeKind.PERSON) {
            q = q.withSchema(Schema.PERSON);
        }
        List<Match> m = screener.screen(q, threshold, 1);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Match best = m.get(0);
        return Optional.of(new Party(best.entity().id(), best.matchedName(), best.score()));
    }
}
