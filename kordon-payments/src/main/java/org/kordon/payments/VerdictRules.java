package org.kordon.payments;

import org.kordon.matching.Screeners;

/**
 * The thresholds of the payment verdicts, in one place (docs/PAYMENTS.md says why each is what it is).
 *
 * <ul>
 *   <li>{@code block}: a BIC, LEI or identifier of a listed entity, exactly (a BIC by its first 8 characters, so
 *       every branch of a listed bank); or a name scoring at least {@link #BLOCK_SCORE}.</li>
 *   <li>{@code hold}: a name scoring at least {@link #HOLD_SCORE} (a possible match), a place under comprehensive or
 *       regional sanctions, a BIC or LEI that is not well formed, a message that cannot be read.</li>
 *   <li>{@code release}: nothing of the above.</li>
 * </ul>
 */
public final class VerdictRules {
    /** A name scoring this much is a possible match: the payment is held for an analyst (the screening default). */
    public static final double HOLD_SCORE = Screeners.DEFAULT_THRESHOLD;
    /**
     * A name scoring this much blocks the payment without waiting for an analyst: the same name, up to spelling and
     * word order, with no conflicting secondary data (the score of an exact name is 1.0; of one typo in a long name
     * about 0.96).
     */
    public static final double BLOCK_SCORE = 0.95;
    /** Resolved entities reported per name. */
    public static final int TOP = 3;
    /** Identifiers shorter than this (after normalising) are not compared exactly: too many collide by chance. */
    public static final int MIN_IDENTIFIER_CHARS = 6;
    /** Party screenings remembered (the same banks and customers recur across messages); cleared when full. */
    static final int CACHE_ENTRIES = 100_000;

    private VerdictRules() {
    }
}
