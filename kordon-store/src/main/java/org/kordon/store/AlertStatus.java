package org.kordon.store;

import java.util.Locale;

/** Where an alert stands. Only {@link #OPEN} and {@link #ESCALATED} wait for an analyst. */
public enum AlertStatus {
    OPEN, ESCALATED, TRUE_MATCH, FALSE_POSITIVE,
    /** The listed entity left the list; closed by the list load, with an audit entry. */
    CLOSED;

    /** Parses the lower-case API spelling, e.g. {@code "open"}. */
    public static AlertStatus parse(String s) {
        if (s != null) {
            for (AlertStatus a : values()) {
                if (a.name().equalsIgnoreCase(s.strip())) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("status must be one of open, escalated, true_match, false_positive, closed; got '" + s + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a decision with this outcome moves an alert to. */
    public static AlertStatus of(Outcome o) {
        return switch (o) {
            case TRUE_MATCH -> TRUE_MATCH;
            case FALSE_POSITIVE -> FALSE_POSITIVE;
            case ESCALATED -> ESCALATED;
        };
    }

    /** Open or escalated: an analyst still has to decide it. */
    public boolean pending() {
        return this == OPEN || this == ESCALATED;
    }
}
