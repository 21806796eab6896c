package org.kordon.ownership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kordon.input.CsvTable;

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
 *
 * <p>Each regime's ownership test as it stood on a date, with its source, is one row of the versioned reference file
 * {@code regime-rules.csv} (in this package's resources), read once: {@link #rule(Regime, LocalDate)}. OFAC: 50% or
 * more held by one blocked person until 12 August 2014, by blocked persons together from 13 August 2014; EU: more than
 * 50% until 2 July 2024, 50% or more from 3 July 2024; UK: more than 50%, each listed person alone.
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

    /**
     * One regime's ownership test over a period.
     *
     * @param from       the first day it applies, or null (always before)
     * @param until      the first day it no longer applies, or null (still in force)
     * @param strict     true when the share must pass the threshold ({@code >}), false when reaching it is enough
     * @param threshold  in percent, e.g. 50
     * @param aggregated true when the shares of different listed persons are added up; false when each counts alone
     * @param source     the official text it rests on, with its date
     */
    public record Rule(Regime regime, LocalDate from, LocalDate until, boolean strict, BigDecimal threshold, boolean aggregated,
                       String source) {
        public Rule {
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(source, "source");
            if (from != null && until != null && !until.isAfter(from)) {
                throw new IllegalArgumentException("until " + until + " is not after from " + from);
            }
        }

        /** True when a listed share of {@code units} (engine units) owns the company under this rule. */
        public boolean meets(long units) {
            long t = threshold.movePointRight(4).longValueExact();
            return strict ? units > t : units >= t;
        }

        /** True when the rule applies on {@code day}. */
        public boolean appliesOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }

        /** "50% or more, aggregated" or "more than 50%, each listed person alone". */
        public String test() {
            return (strict ? "more than " + threshold.toPlainString() + "%" : threshold.toPlainString() + "% or more")
                    + (aggregated ? ", aggregated" : ", each listed person alone");
        }
    }

    private static final List<Rule> RULES = readRules();

    /** Every row of {@code regime-rules.csv}, in file order. */
    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * The ownership test of a sanctions regime on a day.
     *
     * <pre>{@code
     * StakeRules.rule(Regime.EU, LocalDate.of(2024, 7, 2)).test()   // "more than 50%, aggregated"
     * StakeRules.rule(Regime.EU, LocalDate.of(2024, 7, 3)).test()   // "50% or more, aggregated"
     * }</pre>
     *
     * @throws IllegalArgumentException for {@link Regime#BO} (not a sanctions rule; see {@link Regime})
     */
    public static Rule rule(Regime regime, LocalDate day) {
        for (Rule r : RULES) {
            if (r.regime() == regime && r.appliesOn(day)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no ownership rule of " + regime.code() + " on " + day + " in regime-rules.csv");
    }

    /** True when a summed share of {@code units} owns the company under the rule of {@code regime} on {@code day}. */
    public static boolean meets(Regime regime, LocalDate day, long units) {
        return rule(regime, day).meets(units);
    }

    /**
     * True when a summed share of {@code units} owns the company under the rule in force today: 50% or more (OFAC, EU),
     * more than 50% (UK). For a past day use {@link #meets(Regime, LocalDate, long)}.
     */
    public static boolean meets(Regime regime, long units) {
        return regime == Regime.UK ? units > HALF : units >= HALF;
    }

    private static List<Rule> readRules() {
        String name = "regime-rules.csv";
        List<String> header = List.of("regime", "from", "until", "test", "threshold", "aggregated", "source");
        List<Rule> out = new ArrayList<>();
        try (CsvTable in = CsvTable.open(name, () -> StakeRules.class.getResourceAsStream(name), header, true)) {
            for (CsvTable.Row r; (r = in.next()) != null; ) {
                String test = r.get("test");
                String agg = r.get("aggregated");
                if ((!">".equals(test) && !">=".equals(test)) || (!"yes".equals(agg) && !"no".equals(agg))) {
                    throw new IllegalStateException(name + " line " + r.line() + ": test must be > or >=, aggregated yes or no");
                }
                String from = r.get("from");
                String until = r.get("until");
                out.add(new Rule(Regime.parse(r.get("regime")), from == null ? null : LocalDate.parse(from),
                        until == null ? null : LocalDate.parse(until), ">".equals(test), new BigDecimal(r.get("threshold")),
                        "yes".equals(agg), r.get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the kordon-ownership jar", e);
        }
        return List.copyOf(out);
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
