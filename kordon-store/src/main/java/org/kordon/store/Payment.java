package org.kordon.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A screened payment transaction that was not released: recorded under a subject with the alerts it opened, one per
 * party hit. Never changed once written; its {@link #status} follows from its alerts' decisions.
 *
 * @param id            the payment's number (0 before it is stored)
 * @param subjectId     the subject it was screened for
 * @param messageId     the message's id ({@code GrpHdr/MsgId}, MT field 20, or where an unreadable message came from)
 * @param transactionId the transaction's id; "" for a message that could not be read
 * @param type          the message type ({@code pacs.008.001.08}); "" for a message that could not be read
 * @param verdict       {@link #HOLD} or {@link #BLOCK}, as screened
 * @param messageHash   SHA-256 (hex) of the message text as received
 * @param reason        why an unreadable message is held (file, line and reason); "" for a message that was read
 * @param versionId     the list version it was screened against
 * @param principal     who screened it (the API key's name)
 * @param screenedAt    when it was recorded
 * @param status        where it stands now
 * @param alertIds      its alerts, in order
 */
public record Payment(long id, String subjectId, String messageId, String transactionId, String type, String verdict,
                      String messageHash, String reason, long versionId, String principal, OffsetDateTime screenedAt,
                      PaymentStatus status, List<Long> alertIds) {
    /** Screened {@code hold}: an analyst must look. */
    public static final String HOLD = "hold";
    /** Screened {@code block}: an exact identifier or a name above the block threshold. */
    public static final String BLOCK = "block";

    public Payment {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageHash, "messageHash");
        Objects.requireNonNull(reason, "reason");
        if (!HOLD.equals(verdict) && !BLOCK.equals(verdict)) {
            throw new IllegalArgumentException("a recorded payment's verdict must be hold or block, got '" + verdict + "'");
        }
        alertIds = List.copyOf(alertIds);
    }

    /** A payment to record: {@link Store#insertPayment} gives it its number, time and alerts. */
    public static Payment unsaved(String subjectId, String messageId, String transactionId, String type, String verdict,
                                  String messageHash, String reason, long versionId) {
        return new Payment(0, subjectId, messageId, transactionId, type, verdict, messageHash, reason, versionId, "", null,
                PaymentStatus.of(verdict, List.of()), List.of());
    }
}
