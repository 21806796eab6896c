package org.kordon.ownership;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The answer for one unlisted entity under one regime, JSON-friendly (strings, numbers, enums).
 *
 * <pre>{@code
 * OwnershipResult[entityId=B3, regime=OFAC, status=BLOCKED, shareMin=50, shareMax=50,
 *                 evidence=X3 -40%-> A3(blocked) ...]
 * }</pre>
 *
 * @param entityId the node id
 * @param regime   the rules applied
 * @param status   blocked, controlled, undetermined or clear
 * @param shareMin the least listed-owned share under the regime's counting, in percent
 * @param shareMax the most listed-owned share, in percent (at most 100)
 * @param evidence the stakes and paths that count, e.g. {@code X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3}; empty when clear
 * @param name     the node's name, or null
 */
public record OwnershipResult(String entityId, Regime regime, Status status, BigDecimal shareMin, BigDecimal shareMax,
                              String evidence, String name) {
    public OwnershipResult {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }
}
