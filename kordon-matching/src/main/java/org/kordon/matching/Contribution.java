package org.kordon.matching;

import java.util.Objects;

/**
 * One part of a score: the name itself, or a secondary feature that moved it.
 *
 * @param feature what it is: {@code name}, {@code weak-alias}, {@code identifier}, {@code birth-date},
 *                {@code country}, {@code schema}, {@code legal-form}, {@code cap}
 * @param delta   what it added to the score (the name's own score for {@code name}); may be 0 or negative
 * @param detail  what a reviewer reads, e.g. {@code "birth year 1952 matches"}
 */
public record Contribution(String feature, double delta, String detail) {
    public Contribution {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(detail, "detail");
    }
}
