package org.kordon.store;

import java.util.Collection;
import java.util.Locale;

/**
 * Where a recorded payment stands. It is never stored: it follows from the payment's verdict and the states of its
 * alerts ({@link #of}), so it changes only with a decision, in the decision's transaction, and two servers deciding
 * the alerts of one payment cannot disagree on it.
 */
public enum PaymentStatus {
    /** Screened {@code hold}; an alert is still pending (or the message could not be read and has no alert). */
    HELD,
    /** Screened {@code block}; an alert is still pending. */
    BLOCKED,
    /** Every alert of the payment was decided a false positive: the payment may go. */
    RELEASED,
    /** An alert of the payment was decided a true match: the payment must not go. */
    REJECTED;

    /**
     * The status of a payment screened with {@code verdict} ({@code hold} or {@code block}) whose alerts stand at
     * {@code alerts}: {@link #REJECTED} once any alert is a true match; {@link #RELEASED} when it has alerts and all are
     * false positives; else {@link #HELD} or {@link #BLOCKED} as screened (pending, escalated or closed alerts keep it
     * there, as does having no alert at all: an unreadable message is never released by the rule).
     *
     * <pre>{@code
     * PaymentStatus.of("block", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.OPEN))            // BLOCKED
     * PaymentStatus.of("block", List.of(AlertStatus.FALSE_POSITIVE, AlertStatus.FALSE_POSITIVE))  // RELEASED
     * PaymentStatus.of("hold", List.of(AlertStatus.TRUE_MATCH, AlertStatus.OPEN))                 // REJECTED
     * PaymentStatus.of("hold", List.of())                                                         // HELD
     * }</pre>
     */
    public static PaymentStatus of(String verdict, Collection<AlertStatus> alerts) {
        PaymentStatus screened = switch (verdict) {
            case Payment.HOLD -> HELD;
            case Payment.BLOCK -> BLOCKED;
            default -> throw new IllegalArgumentException("payment verdict must be hold or block, got '" + verdict + "'");
        };
        if (alerts.contains(AlertStatus.TRUE_MATCH)) {
            return REJECTED;
        }
        if (!alerts.isEmpty() && alerts.stream().allMatch(s -> s == AlertStatus.FALSE_POSITIVE)) {
            return RELEASED;
        }
        return screened;
    }

    /** The lower-case spelling used in the API: {@code released}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Released or rejected: no decision moves it any more. */
    public boolean decided() {
        return this == RELEASED || this == REJECTED;
    }
}
