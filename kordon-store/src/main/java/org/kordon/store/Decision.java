package org.kordon.store;

import java.time.OffsetDateTime;

/** One analyst decision on an alert; never changed once written. */
public record Decision(long id, long alertId, Outcome outcome, String analyst, String reason, OffsetDateTime decidedAt) {
}
