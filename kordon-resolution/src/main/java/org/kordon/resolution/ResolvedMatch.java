package org.kordon.resolution;

import java.util.List;
import java.util.Objects;
import org.kordon.matching.Match;
import org.kordon.model.Entity;

/**
 * A resolved entity a query may be: the listing whose name matched best, its score, and all the entity's listings.
 *
 * <p>For "Vladimir Putin" on the shared lists: {@code match().entity().id()} is {@code ofac-sdn:35096} (the best
 * score, ties by listing id), {@code sameAs()} is {@code [eu:32014R0269-I.PERSONS-669, uk:14196, uk:RUS0251]}, and
 * {@code entity().id()} is {@code ke:eu:32014R0269-I.PERSONS-669}.
 *
 * @param entity the resolved entity
 * @param match  the best-scoring listing's match: {@code match.entity()} is that listing as the list gives it; the
 *               score and explanation count the secondary data (birth dates, nationalities, countries,
 *               addresses, identifiers) of all the entity's listings
 */
public record ResolvedMatch(ResolvedEntity entity, Match match) {
    public ResolvedMatch {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(match, "match");
        if (!entity.listingIds().contains(match.entity().id())) {
            throw new IllegalArgumentException("listing " + match.entity().id() + " is not one of " + entity.id());
        }
    }

    /** The score: the best listing's, with the entity's secondary data. */
    public double score() {
        return match.score();
    }

    /** The listing whose name matched best, as its list gives it. */
    public Entity listing() {
        return match.entity();
    }

    /** The ids of the entity's other listings, in id order; empty for an entity of one listing. */
    public List<String> sameAs() {
        return entity.otherListingIds(match.entity().id());
    }
}
