package org.kordon.store;

import java.time.OffsetDateTime;

/**
 * One line of the append-only audit log: who did what, when, to which subject, alert, entity or list version, and
 * its place in the hash chain.
 *
 * @param seq       the entry's place in the chain: 1, 2, 3... with no gap
 * @param principal who the write was authenticated as: the API key's name, {@code anonymous} on a server without keys,
 *                  {@code kordon} for the service's own work (loading the lists at start); null for entries written
 *                  before the audit chain (schema version 5), when Kordon did not record it
 * @param actor     on whose behalf: the analyst of a decision or a resolution judgement (the principal unless its key
 *                  may act for others), else the principal
 * @param action    one of {@code LIST_LOADED}, {@code SUBJECT_CREATED}, {@code SUBJECT_UPDATED},
 *                  {@code SUBJECT_DELETED}, {@code ALERT_OPENED}, {@code ALERT_DECIDED}, {@code ALERT_SUPPRESSED},
 *                  {@code ALERT_CLOSED}, {@code RESOLUTION_JUDGED} (an analyst's join or split of two listings; its
 *                  entity is the first listing, its detail {@code judgement <id>: split <a> / <b> by <analyst>: <reason>}),
 *                  {@code PAYMENT_HELD} and {@code PAYMENT_BLOCKED} (a payment transaction recorded under the subject,
 *                  detail {@code payment <id>: ...}), {@code PAYMENT_RELEASED} and {@code PAYMENT_REJECTED} (a decision
 *                  changed the payment's status, detail {@code payment <id>: blocked -> released by ...})
 * @param prevHash  the hash of entry {@code seq - 1} ({@code 0} x 64 for the first)
 * @param hash      SHA-256 over this entry's fields and {@code prevHash} (the rule: {@link AuditChain})
 */
public record AuditEntry(long id, long seq, OffsetDateTime at, String principal, String actor, String action, String subjectId,
                         Long alertId, String entityId, Long versionId, String detail, String prevHash, String hash) {
}
