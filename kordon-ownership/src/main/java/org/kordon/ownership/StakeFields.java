package org.kordon.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * A stake from the fields of a stakes.csv row (or a JSON object with the same names): {@code owner_id},
 * {@code owned_id}, {@code share_min}, {@code share_max} (percent; empty when unknown: 0 and 100), {@code type}
 * ({@link StakeType#parse}), {@code start}, {@code end} (ISO dates, empty when open). One reading for every door a
 * stake comes in by: {@code kordon ownership}, {@code POST /ownership}, Kordon on Spark.
 *
 * <pre>{@code
 * Stake s = StakeFields.parse(Map.of("owner_id", "X3", "owned_id", "B3", "share_min", "10", "share_max", "10",
 *         "type", "shareholding")::get);
 * StakeFields.parse(...)   // throws StakeFields.BadField: field share_min: not a number: 'ten'
 * }</pre>
 */
public final class StakeFields {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The end of the warning every reader gives for a stake given twice, after naming both rows:
     * {@code stakes.csv line 4: the same stake as line 2} + this. See {@link OwnershipGraph.Builder#duplicates()}.
     */
    public static final String COUNTED_ONCE = " (same owner, owned, share, type and dates); counted once";

    private StakeFields() {
    }

    /**
     * What is wrong with a set of stakes in one company whose minimum shares add up to more than 100%, as every reader
     * says it after naming the rows (see {@link OwnershipGraph.Builder#overfull(LocalDate)}).
     *
     * <pre>{@code
     * StakeFields.overfull("B", StakeType.SHAREHOLDING, new BigDecimal("110"), LocalDate.of(2026, 1, 1))
     * // "the minimum shareholding stakes in 'B' active on 2026-01-01 add up to 110%, more than 100%"
     * }</pre>
     */
    public static String overfull(String owned, StakeType type, BigDecimal total, LocalDate day) {
        return "the minimum " + type.code() + " stakes in '" + owned + "' active on " + day + " add up to " + total.toPlainString()
                + "%, more than 100%";
    }

    /**
     * What is wrong with two stakes that contradict each other, as every reader says it after naming the later one
     * and before naming the earlier (see {@link OwnershipGraph.Builder#conflicts()}).
     *
     * <pre>{@code
     * StakeFields.conflict(c)   // "shareholding stake 'X' -> 'B' of 25% from 2021-01-01 contradicts the one of 30% from 2021-01-01"
     * }</pre>
     */
    public static String conflict(OwnershipGraph.Builder.Conflict c) {
        return c.type().code() + " stake '" + c.owner() + "' -> '" + c.owned() + "' of " + c.secondStake()
                + " contradicts the one of " + c.firstStake() + " for the same period (give one row per owner, company and period, with the sum if they are separate lots)";
    }

    /** A field that does not hold what it must: {@link #field()} names it, {@link #problem()} says what is wrong. */
    public static final class BadField extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String problem;

        BadField(String field, String problem, String message) {
            super(message);
            this.field = field;
            this.problem = problem;
        }

        static BadField of(String field, String problem) {
            return new BadField(field, problem, "field " + field + ": " + problem);
        }

        /** The column or property, e.g. {@code share_min}. */
        public String field() {
            return field;
        }

        /** What is wrong with it, without the field's name, e.g. {@code not a number: 'ten'}. */
        public String problem() {
            return problem;
        }
    }

    /**
     * The stake the fields describe.
     *
     * @param field a field's value, stripped, or null when it is absent or empty
     * @throws BadField naming the first field that is empty where required, malformed or inconsistent with another
     */
    public static Stake parse(Function<String, String> field) {
        String owner = required(field, "owner_id");
        String owned = required(field, "owned_id");
        if (owner.equals(owned)) {
            throw BadField.of("owned_id", "'" + owned + "' owns itself");
        }
        BigDecimal min = percent(field, "share_min");
        BigDecimal max = percent(field, "share_max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw BadField.of("share_min", min.toPlainString() + " is above share_max " + max.toPlainString());
        }
        StakeType type;
        try {
            type = StakeType.parse(required(field, "type"));
        } catch (BadField e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadField("type", e.getMessage(), "field " + e.getMessage());
        }
        LocalDate start = date(field, "start");
        LocalDate end = date(field, "end");
        if (start != null && end != null && !end.isAfter(start)) {
            throw BadField.of("end", end + " is not after start " + start);
        }
        return new Stake(owner, owned, Share.between(min == null ? BigDecimal.ZERO : min, max == null ? HUNDRED : max), type, start, end);
    }

    private static String required(Function<String, String> field, String name) {
        String v = field.apply(name);
        if (v == null) {
            throw new BadField(name, "is empty", "field " + name + " is empty");
        }
        return v;
    }

    private static BigDecimal percent(Function<String, String> field, String name) {
        String v = field.apply(name);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw BadField.of(name, "not a number: '" + v + "'");
        }
        if (d.signum() < 0 || d.compareTo(HUNDRED) > 0) {
            throw BadField.of(name, "a share must be between 0 and 100, got " + v);
        }
        return d;
    }

    private static LocalDate date(Function<String, String> field, String name) {
        String v = field.apply(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw BadField.of(name, "not an ISO date (YYYY-MM-DD): '" + v + "'");
        }
    }
}
