package org.kordon.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date that may be known only to the year or month, as lists give birth and listing dates.
 *
 * <p>{@code PartialDate.parse("1952-10")} is October 1952; {@code toString()} gives back {@code "1952-10"}.
 *
 * @param year  the year, 1000..2999
 * @param month 1..12, or 0 when unknown
 * @param day   1..31, or 0 when unknown (then month may still be known)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("day without month: " + year + "-??-" + day);
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException quoting the value when it is none of these
     */
    public static PartialDate parse(@Nullable String s) {
        if (s == null) {
            throw new IllegalArgumentException("date is empty");
        }
        String v = s.strip();
        try {
            if (v.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(v));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new PartialDate(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 0);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new PartialDate(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                        Integer.parseInt(v.substring(8, 10)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date '" + s + "': " + e.getMessage());
        }
        throw new IllegalArgumentException("bad date '" + s + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The earliest day this date may stand for: 1952 → 1952-01-01. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The latest day this date may stand for: 1952-02 → 1952-02-29. */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(year, month, day);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
