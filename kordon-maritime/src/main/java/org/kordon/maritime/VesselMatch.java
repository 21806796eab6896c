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
 * @param explanation one line for a reviewer, e.g. {@code IMO 9224283 matches; names differ: query "KAPAL CANTIK",
 *                    listed "Neer 1"}
 */
public record VesselMatch(Entity entity, double score, String matchedName, String matchedBy, String explanation) {
    public VesselMatch {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(explanation, "explanation");
    }
}
