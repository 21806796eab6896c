package org.kordon.maritime;

import java.util.Objects;
import org.kordon.model.Entity;

/**
 * A listed vessel a query may be.
 *
 * @param entity      the listed entity
 * @param score       in [0,1]: 1.0 for the same IMO number; see {@link VesselScreener} for the rest
 * @param matchedName the entity's name that best matches the query's, or its primary name
 * @param matchedBy   the strongest evidence: {@code IMO}, {@code MMSI}, {@code CALL_SIGN} or {@code NAME}
 * @param explanation one line for a reviewer, e.g. {@code IMO 9256858 matches; names differ: query "LADY D" is a
 *                    former name, listed now as "LINDA"}
 */
public record VesselMatch(Entity entity, double score, String matchedName, String matchedBy, String explanation) {
    public VesselMatch {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(explanation, "explanation");
    }
}
