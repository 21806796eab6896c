package org.kordon.trade;

import java.util.Locale;

/**
 * A month or a year of trade statistics.
 *
 * <p>{@code Period.parse("2022-03")}, {@code parse("202203")} and {@code parse("2022-03-01")} (a month's first day, as
 * Comtrade writes it) are March 2022; {@code parse("2022")} is the year 2022. Eurostat Comext's annual code
 * {@code 202252} is the year 2022.
 *
 * @param year  four digits
 * @param month 1-12, or 0 for a whole year
 */
public record Period(int year, int month) implements Comparable<Period> {
    public Period {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("year out of range 1900-2100: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range 1-12: " + month);
        }
    }

    /** Parses YYYY, YYYYMM, YYYY-MM or YYYY-MM-01; throws {@link IllegalArgumentException} quoting the value. */
    public static Period parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        try {
            if (s.matches("\\d{4}")) {
                return new Period(Integer.parseInt(s), 0);
            }
            if (s.matches("\\d{4}52")) {
                return new Period(Integer.parseInt(s.substring(0, 4)), 0);
            }
            if (s.matches("\\d{6}")) {
                return new Period(Integer.parseInt(s.substring(0, 4)), month(s.substring(4)));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return new Period(Integer.parseInt(s.substring(0, 4)), month(s.substring(5)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                if (!s.endsWith("-01")) {
                    throw new IllegalArgumentException("a monthly period is written as the month's first day, got '" + s + "'");
                }
                return new Period(Integer.parseInt(s.substring(0, 4)), month(s.substring(5, 7)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period '" + s + "': " + e.getMessage());
        }
        throw new IllegalArgumentException("period '" + s + "' is not YYYY, YYYYMM, YYYY-MM or YYYY-MM-01");
    }

    private static int month(String mm) {
        int m = Integer.parseInt(mm);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("month " + mm + " is not 01-12");
        }
        return m;
    }

    /** True for a whole year. */
    public boolean annual() {
        return month == 0;
    }

    /**
     * Whether this period is at or after {@code since}: a year is "after" when it is the {@code since} year or later; a
     * month when it is not before {@code since} (a year {@code since} means its January).
     */
    public boolean atOrAfter(Period since) {
        if (annual() || since.annual()) {
            return year >= since.year;
        }
        return year > since.year || (year == since.year && month >= since.month);
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return annual() ? String.valueOf(year) : String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
