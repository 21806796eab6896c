package org.kordon.maritime;

import java.util.Objects;

/**
 * An owner or manager of a vessel found on a list, or owned by a listed party.
 *
 * @param entityId the listed entity, e.g. {@code ofac-sdn:36447}
 * @param caption  its primary name as listed
 * @param score    in [0,1]: 1.0 for an IMO company number match, else the screening engine's name score
 * @param how      how it was found, e.g. {@code "IMO company number 5055293 matches"} or the engine's explanation
 */
public record OwnerHit(String entityId, String caption, double score, String how) {
    public OwnerHit {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(how, "how");
    }
}
