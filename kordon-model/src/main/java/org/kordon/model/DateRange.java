package org.kordon.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date as lists give it for births: exact ({@code 1952-10-07}), partial ({@code 1952}), a range
 * ({@code 1960 to 1962}) or approximate ({@code circa 1960}).
 *
 * <p>{@code DateRange.parse("1960..1962").toString()} is {@code "1960..1962"};
 * {@code DateRange.parse("~1960")} is circa 1960.
 *
 * @param from        the earliest value; never null
 * @param to          the latest value; equals {@code from} for a single date
 * @param approximate the list says "circa" / "approximately"
 */
public record DateRange(PartialDate from, PartialDate to, boolean approximate) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.latest().isBefore(from.earliest())) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
        }
    }

    public static DateRange of(PartialDate date) {
        return new DateRange(date, date, false);
    }

    public static DateRange between(PartialDate from, PartialDate to) {
        return new DateRange(from, to, false);
    }

    public static DateRange circa(PartialDate date) {
        return new DateRange(date, date, true);
    }

    /** Parses the {@link #toString()} form: {@code 1952-10-07}, {@code 1960..1962}, {@code ~1960}. */
    public static DateRange parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("date is empty");
        }
        String v = s.strip();
        boolean circa = v.startsWith("~");
        if (circa) {
            v = v.substring(1);
        }
        int dots = v.indexOf("..");
        if (dots >= 0) {
            return new DateRange(PartialDate.parse(v.substring(0, dots)), PartialDate.parse(v.substring(dots + 2)), circa);
        }
        PartialDate d = PartialDate.parse(v);
        return new DateRange(d, d, circa);
    }

    public boolean isSingle() {
        return from.equals(to);
    }

    /**
     * Whether {@code date} may fall in this range: their spans of days overlap, the range widened by a year on each side
     * when approximate ({@code ~1952} admits 1951 to 1953; {@code 1952-10-07} admits 1952 and 1952-10).
     */
    public boolean admits(PartialDate date) {
        LocalDate lo = approximate ? from.earliest().minusYears(1) : from.earliest();
        LocalDate hi = approximate ? to.latest().plusYears(1) : to.latest();
        return !date.latest().isBefore(lo) && !date.earliest().isAfter(hi);
    }

    @Override
    public String toString() {
        String core = isSingle() ? from.toString() : from + ".." + to;
        return approximate ? "~" + core : core;
    }
}
