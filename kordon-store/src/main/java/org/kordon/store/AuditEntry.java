package org.kordon.store;

import java.time.OffsetDateTime;

/**
 * One line of the append-only audit log: who did what, when, to which subject, alert, entity or list version.
 *
 * @param action one of {@code LIST_LOADED}, {@code SUBJECT_CREATED}, {@code SUBJECT_UPDATED},
 *               {@code SUBJECT_DELETED}, {@code ALERT_OPENED}, {@code ALERT_DECIDED}, {@code ALERT_SUPPRESSED},
 *               {@code ALERT_CLOSED}
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String subjectId, Long alertId,
                         String entityId, Long versionId, String detail) {
}
