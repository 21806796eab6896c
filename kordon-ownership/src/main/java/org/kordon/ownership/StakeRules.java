package org.kordon.ownership;

/**
 * The per-stake rules of each sanctions regime: what a stake does to the company it points at, when a sum of shares
 * meets the threshold, and when a control stake gives control. One table for every engine that evaluates the
 * fixpoint: the single-machine {@link OwnershipEngine} and Kordon on Spark, so both answer alike.
 *
 * <pre>{@code
 * StakeRules.role(Regime.EU, StakeType.VOTING_RIGHTS, NodeKind.COMPANY)        // CONTROL (a majority held alone)
 * StakeRules.meets(Regime.UK, Share.exact(50).minUnits())                        // false: UK needs more than 50%
 * StakeRules.controls(StakeType.APPOINTMENT_OF_BOARD, 0, Share.unknown().maxUnits(), false)   // true: the right as stated
 * }</pre>
 *
 * <p>Shares are in engine units ({@link Share#minUnits()}: 0.0001 percentage points, so 50% is 500,000).
 */
public final class StakeRules {
    /** Engine units in one percentage point. */
    public static final long UNITS_PER_PERCENT = Share.SCALE;
    /** 100% in engine units. */
    public static final long HUNDRED = Share.HUNDRED;
    private static final long HALF = 50 * Share.SCALE;

    private StakeRules() {
    }

    /** What an active stake from a caught owner does to the owned node (the ordinal is the engine's role code). */
    public enum Role {
        /** Not counted under this regime. */
        IGNORED,
        /** Added to the owned node's share of capital. */
        SUMMED,
        /** Added to the owned node's share of votes (UK). */
        VOTED,
        /** Gives control on its own when {@link #controls} holds. */
        CONTROL,
        /** Membership of a joint arrangement (UK): the arrangement is held by each caught member in full. */
        MEMBER
    }

    /** The role of a stake of type {@code type} into a node of kind {@code ownedKind} under {@code regime}. */
    public static Role role(Regime regime, StakeType type, NodeKind ownedKind) {
        return switch (regime) {
            case OFAC -> type == StakeType.SHAREHOLDING ? Role.SUMMED : Role.IGNORED;
            case EU -> type == StakeType.SHAREHOLDING ? Role.SUMMED : Role.CONTROL;
            case UK -> type.isControl() ? Role.CONTROL
                    : ownedKind == NodeKind.ARRANGEMENT ? Role.MEMBER : type == StakeType.SHAREHOLDING ? Role.SUMMED : Role.VOTED;
            case BO -> Role.IGNORED;
        };
    }

    /** True when a summed share of {@code units} owns the company: at least 50% (OFAC, EU), more than 50% (UK). */
    public static boolean meets(Regime regime, long units) {
        return regime == Regime.UK ? units > HALF : units >= HALF;
    }

    /**
     * True when a {@link Role#CONTROL} stake gives control: a control right with an unknown share (the right as
     * stated), else more than 50% of the board or the votes, counted at the stake's maximum in the upper bound
     * ({@code upper}: possibly caught) and at its minimum in the lower one (surely caught).
     */
    public static boolean controls(StakeType type, long minUnits, long maxUnits, boolean upper) {
        if (type.isControl() && minUnits == 0 && maxUnits == HUNDRED) {
            return true;
        }
        return upper ? maxUnits > HALF : minUnits > HALF;
    }

    /**
     * A stake as evidence shows it: {@code 40%}, {@code 25-50%}, {@code ?%}, {@code 60% votes}, {@code appointmentOfBoard}
     * (a control right with an unknown share) or {@code appointmentOfBoard 60%}.
     */
    public static String label(StakeType type, long minUnits, long maxUnits) {
        String share = Share.label(minUnits, maxUnits);
        return switch (type) {
            case SHAREHOLDING -> share;
            case VOTING_RIGHTS -> share + " votes";
            case APPOINTMENT_OF_BOARD, OTHER_INFLUENCE_OR_CONTROL ->
                    minUnits == 0 && maxUnits == HUNDRED ? type.code() : type.code() + " " + share;
        };
    }
}
