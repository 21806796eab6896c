package org.kordon.resolution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one resolution, as {@code kordon lists resolve} prints them.
 *
 * @param listings        listings read
 * @param entities        resolved entities made of them
 * @param merged          entities of two or more listings
 * @param mergesByReason  links followed, by reason (a link inside an entity already joined counts too)
 * @param possiblySame    weak links recorded between entities left apart
 * @param refused         links refused for a conflict (or an analyst's split)
 * @param judgements      what became of each analyst's judgement
 */
public record ResolutionStats(int listings, int entities, int merged, Map<LinkReason, Integer> mergesByReason,
                              int possiblySame, int refused, List<JudgementOutcome> judgements) {
    public ResolutionStats {
        Objects.requireNonNull(mergesByReason, "mergesByReason");
        EnumMap<LinkReason, Integer> m = new EnumMap<>(LinkReason.class);
        m.putAll(mergesByReason);
        mergesByReason = Collections.unmodifiableMap(m);
        judgements = List.copyOf(judgements);
    }

    /** The judgements of one status. */
    public List<JudgementOutcome> judgements(JudgementOutcome.Status status) {
        return judgements.stream().filter(j -> j.status() == status).toList();
    }

    /**
     * Several lines: listings, entities, each reason with its count, then, when there are any, the analysts'
     * judgements: how many applied, waiting for absent listings and not applied, and one line for each not applied or
     * waiting, saying why.
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("listings: ").append(listings).append('\n');
        b.append("entities: ").append(entities).append(" (").append(merged).append(" of two or more listings)\n");
        b.append("links followed, by reason:\n");
        mergesByReason.forEach((r, n) -> b.append("  ").append(r.label()).append(": ").append(n).append('\n'));
        b.append("possibly the same (not merged): ").append(possiblySame).append('\n');
        b.append("links refused for a conflict: ").append(refused).append('\n');
        if (judgements.isEmpty()) {
            return b.toString();
        }
        b.append("analysts' judgements: ").append(judgements.size());
        for (JudgementOutcome.Status s : JudgementOutcome.Status.values()) {
            b.append(", ").append(judgements(s).size()).append(' ').append(s.label());
        }
        b.append('\n');
        for (JudgementOutcome j : judgements) {
            if (j.status() != JudgementOutcome.Status.APPLIED) {
                b.append("  ").append(j.describe()).append('\n');
            }
        }
        return b.toString();
    }
}
