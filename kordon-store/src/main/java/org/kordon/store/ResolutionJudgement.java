package org.kordon.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An analyst's judgement on two listings as the store keeps it: {@link #JOIN} (one party) or {@link #SPLIT} (two
 * parties). Never changed once written; what it means for the resolved entities is kordon-resolution's business.
 *
 * @param id        the judgement's number, in the order judged
 * @param kind      {@link #JOIN} or {@link #SPLIT}
 * @param listingA  one listing id, as the lists give it
 * @param listingB  the other listing id
 * @param analyst   who judged
 * @param reason    why
 * @param principal who the request was authenticated as (an API key's name)
 * @param judgedAt  when it was recorded
 */
public record ResolutionJudgement(long id, String kind, String listingA, String listingB, String analyst, String reason,
                                  String principal, OffsetDateTime judgedAt) {
    /** The two listings are one party. */
    public static final String JOIN = "join";
    /** The two listings are two parties. */
    public static final String SPLIT = "split";

    public ResolutionJudgement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(listingA, "listingA");
        Objects.requireNonNull(listingB, "listingB");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(principal, "principal");
    }
}
