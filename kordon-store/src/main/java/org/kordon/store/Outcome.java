package org.kordon.store;

import java.util.Locale;

/** What an analyst decided about an alert. {@code Outcome.parse("false_positive")} is {@link #FALSE_POSITIVE}. */
public enum Outcome {
    /** The subject is the listed party: the alert stays as evidence, the business acts on it. */
    TRUE_MATCH,
    /** Not the listed party: the same alert is suppressed until the listed entity or the subject changes. */
    FALSE_POSITIVE,
    /** Handed to a senior reviewer; the alert stays open. */
    ESCALATED;

    /** Parses {@code true_match}, {@code false_positive} or {@code escalated}, in any case. */
    public static Outcome parse(String s) {
        if (s != null) {
            for (Outcome o : values()) {
                if (o.name().equalsIgnoreCase(s.strip())) {
                    return o;
                }
            }
        }
        throw new IllegalArgumentException("outcome must be one of true_match, false_positive, escalated; got '" + s + "'");
    }

    /** The lower-case spelling used in the API: {@code false_positive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
