package org.kordon.payments;

import java.util.Locale;

/** What to do with a payment, mildest first: {@link #csvName()} is the {@code verdict} column's value. */
public enum Verdict {
    /** No finding: the payment may go. */
    RELEASE,
    /** A possible match, a place under sanctions or a message Kordon could not read: an analyst must look. */
    HOLD,
    /** An exact BIC, LEI or identifier of a listed entity, or a name scoring at least {@link VerdictRules#BLOCK_SCORE}. */
    BLOCK;

    /** e.g. {@code block}. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stricter of the two. */
    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
