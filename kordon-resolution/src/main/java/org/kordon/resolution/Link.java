package org.kordon.resolution;

import java.util.Objects;

/**
 * A link between two listings with its reason, e.g. {@code ofac-sdn:35096 ~ uk:14196 (name and birth date:
 * "PUTIN, Vladimir Vladimirovich" ~ "Vladimir Vladimirovich PUTIN", 1952-10-07)}.
 *
 * @param from     the smaller listing id
 * @param to       the larger listing id
 * @param reason   why they are linked
 * @param evidence the shared value or the names and data that agree, as a reviewer reads it
 */
public record Link(String from, String to, LinkReason reason, String evidence) implements Comparable<Link> {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("a link joins two listings in id order, got " + from + " and " + to);
        }
    }

    /** A link between {@code a} and {@code b} in either order. */
    static Link of(String a, String b, LinkReason reason, String evidence) {
        return a.compareTo(b) < 0 ? new Link(a, b, reason, evidence) : new Link(b, a, reason, evidence);
    }

    /** Strongest reason first, then by listing ids. */
    @Override
    public int compareTo(Link o) {
        int c = reason.compareTo(o.reason);
        if (c == 0) {
            c = from.compareTo(o.from);
        }
        if (c == 0) {
            c = to.compareTo(o.to);
        }
        return c == 0 ? evidence.compareTo(o.evidence) : c;
    }

    @Override
    public String toString() {
        return from + " ~ " + to + " (" + reason.label() + ": " + evidence + ")";
    }
}
