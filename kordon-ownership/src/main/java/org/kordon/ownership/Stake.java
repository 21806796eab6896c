package org.kordon.ownership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One edge of the ownership graph: {@code owner} holds {@code share} of {@code owned} by way of {@code type},
 * from {@code start} (inclusive) until {@code end} (the day it ended, exclusive); null dates are open.
 *
 * <pre>{@code
 * new Stake("X3", "B3", Share.exact(10), StakeType.SHAREHOLDING, null, null)
 * }</pre>
 *
 * <p>For the control types an unknown share means the right as stated (control); a share, when given, is the part
 * of the board or of the influence held, and control needs more than 50.
 *
 * <p>Throws {@link IllegalArgumentException} naming the field when an id is blank, owner equals owned or end is not after start
 */
public record Stake(String owner, String owned, Share share, StakeType type, LocalDate start, LocalDate end) {
    public Stake {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner id is blank");
        }
        if (owned == null || owned.isBlank()) {
            throw new IllegalArgumentException("owned id is blank");
        }
        if (owner.equals(owned)) {
            throw new IllegalArgumentException("owner and owned are the same entity '" + owner + "'");
        }
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(type, "type");
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
    }

    /** An open-ended shareholding. */
    public static Stake shares(String owner, String owned, Share share) {
        return new Stake(owner, owned, share, StakeType.SHAREHOLDING, null, null);
    }

    /** True when the stake holds on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || day.isBefore(end));
    }
}
