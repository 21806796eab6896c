package org.kordon.store;

import java.util.Objects;

/**
 * One part of an alert's score as the store keeps it: the matcher's contribution, copied when the alert was raised
 * (the store knows no matcher; kordon-review converts at its boundary).
 *
 * <pre>{@code
 * new AlertContribution("birth-date", 0.02, "birth year 1952 matches")
 * }</pre>
 *
 * @param feature what it is, e.g. {@code name}, {@code birth-date}, {@code country}
 * @param delta   what it added to the score (the name's own score for {@code name}); may be 0 or negative
 * @param detail  what a reviewer reads
 */
public record AlertContribution(String feature, double delta, String detail) {
    public AlertContribution {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(detail, "detail");
    }
}
