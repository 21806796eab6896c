package org.kordon.matching;

import java.util.Objects;
import org.kordon.model.Entity;

/**
 * A listed entity a query may be, with its score and the reasons for it.
 *
 * @param entity      the listed entity
 * @param score       in [0,1]; orders alerts: 1.0 only for a full name match with no conflicting data
 * @param matchedName the entity's name that matched best, as the list prints it
 * @param explanation why it scored what it did
 */
public record Match(Entity entity, double score, String matchedName, Explanation explanation) {
    public Match {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0,1], got " + score);
        }
    }
}
