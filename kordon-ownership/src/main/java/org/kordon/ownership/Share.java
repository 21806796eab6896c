package org.kordon.ownership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share in percent as an interval {@code [min, max]}: exact ({@code Share.exact(50)}), a band
 * ({@code Share.between(25, 50)}, "more than 25% to 50%") or unknown ({@code Share.unknown()}, which is
 * {@code [0, 100]}, never 0 and never 100).
 *
 * <p>Arithmetic is exact: the engine holds shares as whole multiples of 0.0001 percentage points in a {@code long}
 * and the sanctions rules only ever add shares, so {@code 49.9999 + 0.0001} is exactly 50 and the 50% boundary is
 * never blurred by binary fractions. A share given with more decimals is rounded outwards (min down, max up),
 * so the interval still holds the truth and a value such as 49.99999 stays {@code undetermined} at 50%.
 * Only the beneficial-ownership view multiplies shares; it uses doubles (see {@link Regime#BO}).
 *
 * <pre>{@code
 * Share.between(new BigDecimal("25"), new BigDecimal("50")).toString()   // "25-50%"
 * Share.exact(new BigDecimal("50")).toString()                            // "50%"
 * Share.unknown().toString()                                              // "?%"
 * }</pre>
 *
 * <p>Throws {@link IllegalArgumentException} quoting the bad value when a bound is outside [0, 100] or min &gt; max
 *
 * @param min the least the share can be, in [0, 100]
 * @param max the most the share can be, in [min, 100]
 */
public record Share(BigDecimal min, BigDecimal max) {
    /** Units per percentage point in the engine's fixed-point arithmetic. */
    static final long SCALE = 10_000L;
    static final long HUNDRED = 100 * SCALE;
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100);

    public Share {
        if (min == null || max == null) {
            throw new IllegalArgumentException("share bounds must not be null");
        }
        if (min.signum() < 0 || min.compareTo(HUNDRED_PERCENT) > 0) {
            throw new IllegalArgumentException("share must be in [0, 100], got " + min.toPlainString());
        }
        if (max.signum() < 0 || max.compareTo(HUNDRED_PERCENT) > 0) {
            throw new IllegalArgumentException("share must be in [0, 100], got " + max.toPlainString());
        }
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("share min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        min = min.stripTrailingZeros();
        max = max.stripTrailingZeros();
    }

    /** An exactly known share. */
    public static Share exact(BigDecimal percent) {
        return new Share(percent, percent);
    }

    /** An exactly known share. */
    public static Share exact(double percent) {
        return exact(BigDecimal.valueOf(percent));
    }

    /** A band {@code [min, max]}. */
    public static Share between(BigDecimal min, BigDecimal max) {
        return new Share(min, max);
    }

    /** A band {@code [min, max]}. */
    public static Share between(double min, double max) {
        return new Share(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** Nothing known: {@code [0, 100]}. */
    public static Share unknown() {
        return new Share(BigDecimal.ZERO, HUNDRED_PERCENT);
    }

    /** True when nothing is known of the share. */
    public boolean isUnknown() {
        return min.signum() == 0 && max.compareTo(HUNDRED_PERCENT) == 0;
    }

    /** The lower bound in engine units (0.0001 percentage points), rounded down: 49.99999% is 499,999. */
    public long minUnits() {
        return min.movePointRight(4).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The upper bound in engine units (0.0001 percentage points), rounded up: 50.00001% is 500,001. */
    public long maxUnits() {
        return max.movePointRight(4).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** A percentage held as engine units, as a plain decimal: 500000 -> "50". */
    static String percent(long units) {
        return BigDecimal.valueOf(units, 4).stripTrailingZeros().toPlainString();
    }

    /** Engine units as a percentage: 500000 is 50, 333334 is 33.3334. */
    public static BigDecimal decimal(long units) {
        BigDecimal d = BigDecimal.valueOf(units, 4).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** "50%", "25-50%" or "?%". */
    static String label(long min, long max) {
        if (min == 0 && max == HUNDRED) {
            return "?%";
        }
        return min == max ? percent(min) + "%" : percent(min) + "-" + percent(max) + "%";
    }

    @Override
    public String toString() {
        return label(minUnits(), maxUnits());
    }
}
