package org.kordon.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kordon.model.Entity;

/**
 * The analysts' judgements a resolution respects, as the resolver applies them: the latest judgement on each pair
 * of listings holds ({@link Judgement#ORDER}); of those, the splits whose two listings are both present are
 * constraints that refuse any link between their entities, and the joins are {@link LinkReason#ANALYST} links,
 * applied before every other link in the order they were made. {@link #outcomes} says what became of each, from the
 * resolution's links alone, so that a resolution read back from a cache reports the same as a fresh one.
 */
final class Judgements {
    static final Judgements NONE = new Judgements(List.of());

    /** A split between the listings at positions {@code a} and {@code b}, and the conflict it gives as a refusal. */
    record Split(int a, int b, String conflict) {
    }

    private final List<Judgement> ordered;
    /** The latest judgement on each pair, by pair, in order. */
    private final Map<String, Judgement> latest = new LinkedHashMap<>();

    private Judgements(List<Judgement> ordered) {
        this.ordered = ordered;
        for (Judgement j : ordered) {
            latest.put(pair(j), j);
        }
    }

    static Judgements of(Collection<Judgement> judgements) {
        Objects.requireNonNull(judgements, "judgements");
        judgements.forEach(j -> Objects.requireNonNull(j, "a judgement is null"));
        return judgements.isEmpty() ? NONE : new Judgements(judgements.stream().sorted(Judgement.ORDER).toList());
    }

    private static String pair(Judgement j) {
        return j.first() + '\n' + j.second();
    }

    private List<Judgement> effective(Judgement.Kind kind, Map<String, Integer> index) {
        return latest.values().stream().filter(j -> j.kind() == kind && index.containsKey(j.a()) && index.containsKey(j.b())).toList();
    }

    /** The links of the joins in force whose listings are present and of compatible schemata, in the order judged. */
    List<Link> joins(List<Entity> listings, Map<String, Integer> index) {
        List<Link> out = new ArrayList<>();
        for (Judgement j : effective(Judgement.Kind.JOIN, index)) {
            if (Conflicts.schema(listings.get(index.get(j.a())), listings.get(index.get(j.b()))) == null) {
                out.add(Link.of(j.a(), j.b(), LinkReason.ANALYST, evidence(j)));
            }
        }
        return out;
    }

    /** The splits in force whose listings are present. */
    List<Split> splits(Map<String, Integer> index) {
        return effective(Judgement.Kind.SPLIT, index).stream()
                .map(j -> new Split(index.get(j.a()), index.get(j.b()), "split of " + j.a() + " and " + j.b() + " " + evidence(j)))
                .toList();
    }

    /** The evidence of a join's link: {@code "judged by anna at 2026-12-07T17:50:00Z: same passport in the paper file"}. */
    static String evidence(Judgement j) {
        return "judged by " + j.analyst() + " at " + j.at() + ": " + j.reason();
    }

    /**
     * What became of each judgement, in {@link Judgement#ORDER}: superseded by a later one on the same pair, waiting
     * for an absent listing, a join followed (its link's evidence) or refused (the conflict), a split holding.
     *
     * @param entityOf each listing id to its entity's id in the resolution
     */
    List<JudgementOutcome> outcomes(List<Entity> listings, Map<String, Integer> index, Map<String, String> entityOf,
                                    List<Link> followed, List<RefusedLink> refused) {
        if (ordered.isEmpty()) {
            return List.of();
        }
        Map<String, Link> followedJoins = new LinkedHashMap<>();
        for (Link l : followed) {
            if (l.reason() == LinkReason.ANALYST) {
                followedJoins.put(l.from() + '\n' + l.to(), l);
            }
        }
        Map<String, RefusedLink> refusedJoins = new LinkedHashMap<>();
        for (RefusedLink r : refused) {
            if (r.link().reason() == LinkReason.ANALYST) {
                refusedJoins.put(r.link().from() + '\n' + r.link().to(), r);
            }
        }
        List<JudgementOutcome> out = new ArrayList<>(ordered.size());
        for (Judgement j : ordered) {
            Judgement holding = latest.get(pair(j));
            List<String> absent = List.of(j.a(), j.b()).stream().filter(id -> !index.containsKey(id)).toList();
            if (holding != j) {
                out.add(new JudgementOutcome(j, JudgementOutcome.Status.NOT_APPLIED, "superseded by the later " + holding.kind().label()
                        + " of the same listings by " + holding.analyst() + " at " + holding.at()));
            } else if (!absent.isEmpty()) {
                out.add(new JudgementOutcome(j, JudgementOutcome.Status.WAITING, "listing " + String.join(" and ", absent)
                        + " not in the lists resolved"));
            } else if (j.kind() == Judgement.Kind.SPLIT) {
                String x = entityOf.get(j.a());
                String y = entityOf.get(j.b());
                out.add(x.equals(y) ? new JudgementOutcome(j, JudgementOutcome.Status.NOT_APPLIED, "both listings are in " + x)
                        : new JudgementOutcome(j, JudgementOutcome.Status.APPLIED, "kept apart: " + x + " and " + y));
            } else {
                String schema = Conflicts.schema(listings.get(index.get(j.a())), listings.get(index.get(j.b())));
                Link l = followedJoins.get(pair(j));
                RefusedLink r = refusedJoins.get(pair(j));
                out.add(schema != null ? new JudgementOutcome(j, JudgementOutcome.Status.NOT_APPLIED, schema + ": a join never crosses incompatible schemata")
                        : l != null ? new JudgementOutcome(j, JudgementOutcome.Status.APPLIED, "in " + entityOf.get(j.a()) + ", " + l.evidence())
                        : r != null ? new JudgementOutcome(j, JudgementOutcome.Status.NOT_APPLIED, r.conflict())
                        : new JudgementOutcome(j, JudgementOutcome.Status.NOT_APPLIED, "no link of it in the resolution"));
            }
        }
        return out;
    }
}
