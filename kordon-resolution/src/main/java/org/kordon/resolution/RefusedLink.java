package org.kordon.resolution;

import java.util.Objects;

/**
 * A link the resolver did not follow because it would have put two conflicting listings into one entity.
 *
 * @param link     the link refused
 * @param conflict what conflicts, between which two listings (they need not be the link's own two: a conflict
 *                 anywhere in the two entities it would join refuses it), e.g.
 *                 {@code "birth date 1960 (ofac-sdn:1) vs 1971 (uk:2)"}
 */
public record RefusedLink(Link link, String conflict) {
    public RefusedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(conflict, "conflict");
    }
}
