package org.kordon.resolution;

import java.util.Objects;

/**
 * A value of a resolved entity with the listing it came from: {@code 1952-10-07} from {@code ofac-sdn:35096}.
 *
 * @param value   the value as the listing gives it
 * @param listing the id of the listing that gives it
 */
public record Attributed<T>(T value, String listing) {
    public Attributed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(listing, "listing");
    }
}
