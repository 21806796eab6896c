package org.kordon.resolution;

import java.util.Locale;
import java.util.Objects;

/**
 * What a resolution did with one analyst's judgement.
 *
 * <pre>{@code
 * resolution.judgements().get(0).describe();
 * // "not applied: join ofac-sdn:1 / uk:2 by anna: same person (the split of ofac-sdn:1 / uk:3 by bob keeps them apart)"
 * }</pre>
 *
 * @param judgement the judgement as stored
 * @param status    applied, waiting for listings absent from the lists, or not applied
 * @param detail    for an applied join the link's evidence (with any conflict it overrides), for an applied split
 *                  the two entities, for a waiting one the listings absent, for one not applied why
 */
public record JudgementOutcome(Judgement judgement, Status status, String detail) {
    /** Whether the resolution follows a judgement. */
    public enum Status {
        /** The resolution follows it. */
        APPLIED,
        /** A listing it names is not in the lists resolved: kept, and applied when the listing is back. */
        WAITING,
        /** A later judgement on the same listings, a split, or incompatible schemata overrule it. */
        NOT_APPLIED;

        /** {@code "applied"}, {@code "waiting for absent listings"}, {@code "not applied"}. */
        public String label() {
            return this == WAITING ? "waiting for absent listings" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public JudgementOutcome {
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line: status, the judgement, and the detail in brackets. */
    public String describe() {
        return status.label() + ": " + judgement.describe() + " (" + detail + ")";
    }
}
