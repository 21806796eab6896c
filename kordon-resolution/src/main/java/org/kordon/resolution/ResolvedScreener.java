package org.kordon.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Contribution;
import org.kordon.matching.Explanation;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * Screens queries against resolved entities: one result per entity, scored with the data of all its listings.
 *
 * <pre>{@code
 * Screener names = Screeners.build(snapshot, Algorithm.KORDON);
 * ResolvedScreener s = ResolvedScreener.build(snapshot, Resolver.resolve(snapshot, names), Algorithm.KORDON);
 * List<ResolvedMatch> m = s.screen(Query.of("Vladimir Putin"), Screeners.DEFAULT_THRESHOLD, 5);
 * // one result for Putin: m.get(0).listing().id() = ofac-sdn:35096,
 * // m.get(0).sameAs() = [eu:32014R0269-I.PERSONS-669, uk:14196, uk:RUS0251]
 * }</pre>
 *
 * <p>Names stay each listing's own; the secondary data a score counts (birth dates, nationalities, countries, address
 * countries, vessel flags, identifiers) are the union of the entity's listings, so a birth date from the EU and a
 * passport from the UK both count when the OFAC name matched best. The {@code top} of {@link #screen} counts
 * resolved entities: Putin's four listings take one place. Ties are broken as the screener breaks them (by listing
 * id). Immutable and thread-safe.
 */
public final class ResolvedScreener {
    /** How many listings per wanted entity are asked of the screener first; doubled while entities are missing. */
    static final int FANOUT = 4;

    private final Resolution resolution;
    private final Map<String, ResolvedEntity> byId;
    private final Map<String, Entity> listings;
    private final Screener union;

    /*
     * The screener is built over the listings with their entity's secondary data (the "union listings"): the
     * matcher then scores each listing's names with everything the entity's lists know, and grouping after the
     * screen needs no second scoring. Its matches name union listings, which must not leave this class: they are
     * mapped back to the listings as their lists give them, so every value shown stays attributed to its list.
     */
    private ResolvedScreener(Resolution resolution, Map<String, ResolvedEntity> byId, Map<String, Entity> listings, Screener union) {
        this.resolution = resolution;
        this.byId = byId;
        this.listings = listings;
        this.union = union;
    }

    /**
     * A screener over {@code snapshot} resolved as {@code resolution} ({@link Resolver#resolve}); builds one index
     * with {@code algorithm} over the union listings.
     *
     * @throws IllegalArgumentException when the resolution is not of this snapshot's listings
     */
    public static ResolvedScreener build(ListSnapshot snapshot, Resolution resolution, Algorithm algorithm) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(algorithm, "algorithm");
        Map<String, ResolvedEntity> byId = resolution.byId();
        Map<String, Entity> listings = HashMap.newHashMap(snapshot.size());
        List<Entity> unions = new ArrayList<>(snapshot.size());
        for (Entity e : snapshot.entities()) {
            ResolvedEntity re = byId.get(e.id());
            Entity listing = re == null ? null : re.listings().stream().filter(l -> l == e || l.equals(e)).findFirst().orElse(null);
            if (listing == null) {
                throw new IllegalArgumentException("the resolution does not hold listing " + e.id() + " as the snapshot gives it");
            }
            listings.put(e.id(), listing);
            unions.add(re.listings().size() == 1 ? listing : unionListing(listing, re));
        }
        int resolved = resolution.stats().listings();
        if (resolved != snapshot.size()) {
            throw new IllegalArgumentException("the resolution holds " + resolved + " listings, the snapshot " + snapshot.size());
        }
        Screener union = Screeners.build(new ListSnapshot(snapshot.sources(), unions), algorithm);
        return new ResolvedScreener(resolution, Map.copyOf(byId), Map.copyOf(listings), union);
    }

    /** {@code listing} with its own names, schema and source, and the secondary data of all of {@code entity}'s listings. */
    static Entity unionListing(Entity listing, ResolvedEntity entity) {
        List<String> countries = union(listing, entity, Entity::countries);
        for (Entity other : entity.listings()) {
            if (other.vessel() != null && other.vessel().flag() != null) {
                countries.add(other.vessel().flag());
            }
        }
        return new Entity(listing.id(), listing.schema(), listing.names(), union(listing, entity, Entity::birthDates),
                listing.birthPlaces(), union(listing, entity, Entity::nationalities), countries,
                union(listing, entity, Entity::addresses), union(listing, entity, Entity::identifiers), listing.vessel(),
                listing.sanctions(), listing.gender(), listing.positions(), listing.remarks(), listing.source());
    }

    /** The listing's own values first, then the other listings' in id order (duplicates are dropped by {@link Entity}). */
    private static <T> List<T> union(Entity listing, ResolvedEntity entity, Function<Entity, List<T>> values) {
        List<T> out = new ArrayList<>(values.apply(listing));
        for (Entity other : entity.listings()) {
            if (other != listing) {
                out.addAll(values.apply(other));
            }
        }
        return out;
    }

    /**
     * The explanation with each secondary contribution that rests on other listings of the entity than the one whose
     * name matched saying which lists gave it: {@code birth date 1952-10-07 matches (given by eu-32014R0269)} when
     * the UK Sanctions List row, with no birth date, matched best. Deltas and probability are unchanged.
     */
    static Explanation attributed(Explanation x, Query q, Entity listing, ResolvedEntity entity) {
        if (entity.listings().size() == 1) {
            return x;
        }
        List<Contribution> out = new ArrayList<>(x.contributions().size());
        for (Contribution c : x.contributions()) {
            Predicate<Entity> gives = switch (c.feature()) {
                case "birth-date" -> q.birthDate() == null ? null : c.delta() >= 0
                        ? l -> l.birthDates().stream().anyMatch(d -> d.admits(q.birthDate()))
                        : l -> !l.birthDates().isEmpty();
                case "country" -> q.country() == null ? null
                        : c.delta() >= 0 ? l -> l.countries().contains(q.country()) || l.nationalities().contains(q.country())
                        : l -> !l.countries().isEmpty() || !l.nationalities().isEmpty();
                case "identifier" -> l -> l.identifiers().stream().anyMatch(id -> c.detail().contains(id.value()));
                default -> null;
            };
            List<String> by = gives == null ? List.of() : entity.listings().stream().filter(gives).map(l -> l.source().list()).distinct().sorted().toList();
            out.add(by.isEmpty() || gives.test(listing) ? c
                    : new Contribution(c.feature(), c.delta(), c.detail() + " (given by " + String.join(", ", by) + ")"));
        }
        return new Explanation(x.queryName(), x.matchedName(), x.matchedKind(), x.nameScore(), out, x.probability());
    }

    /**
     * A {@link Screener} that answers one match per listing, as a per-listing screener does, from this screener's one
     * index: each listing is scored with its entity's secondary data (the explanation saying which lists gave it) and
     * returned as its list gives it. For engines that reason per listing (shipment parties), so that a server keeps
     * one index, not two.
     */
    public Screener listings() {
        return (query, threshold, top) -> {
            List<Match> out = new ArrayList<>();
            for (Match m : union.screen(query, threshold, top)) {
                Entity listing = listings.get(m.entity().id());
                out.add(new Match(listing, m.score(), m.matchedName(), attributed(m.explanation(), query, listing, byId.get(listing.id()))));
            }
            return out;
        };
    }

    public Resolution resolution() {
        return resolution;
    }

    /** The entity of a listing id ({@code ofac-sdn:35096}) or of an entity id ({@code ke:…}). */
    public Optional<ResolvedEntity> entity(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The resolved entities that score at least {@code threshold}, best first, at most {@code top} entities.
     *
     * @throws IllegalArgumentException when threshold or top is out of range
     */
    public List<ResolvedMatch> screen(Query query, double threshold, int top) {
        return screen(query, threshold, top, e -> true);
    }

    /**
     * As {@link #screen(Query, double, int)}, counting only the matches on listings {@code listings} accepts (a
     * dataset of {@code /match}): an entity is returned when one of those listings scores, with the best of them.
     */
    public List<ResolvedMatch> screen(Query query, double threshold, int top, Predicate<Entity> listings) {
        Objects.requireNonNull(listings, "listings");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        int total = Math.max(1, this.listings.size());
        int want = (int) Math.min(total, (long) top * FANOUT);
        while (true) {
            List<Match> matches = union.screen(query, threshold, want);
            Map<String, ResolvedMatch> found = new LinkedHashMap<>();
            // The screener orders by score, then listing id: the first listing met of each entity is its best, and
            // the first `top` entities met are the best `top` (an entity not met yet scores no more than the last).
            for (Match m : matches) {
                Entity listing = this.listings.get(m.entity().id());
                if (!listings.test(listing)) {
                    continue;
                }
                ResolvedEntity re = byId.get(listing.id());
                found.computeIfAbsent(re.id(), k -> new ResolvedMatch(re, new Match(listing, m.score(), m.matchedName(),
                        attributed(m.explanation(), query, listing, re))));
                if (found.size() == top) {
                    return List.copyOf(found.values());
                }
            }
            if (matches.size() < want || want >= total) {
                return List.copyOf(found.values());
            }
            want = (int) Math.min(total, want * 2L);
        }
    }
}
