package org.kordon.resolution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * The result of resolving one snapshot: every listing in exactly one entity.
 *
 * @param entities     the resolved entities, by id
 * @param possiblySame weak links between listings of different entities: the same name and nothing to tell them
 *                     apart; an analyst decides
 * @param refused      links not followed because the entities they would join conflict (or an analyst split them)
 * @param judgements   what became of each analyst's judgement given to the resolver, in {@link Judgement#ORDER}
 */
public record Resolution(List<ResolvedEntity> entities, List<Link> possiblySame, List<RefusedLink> refused,
                         List<JudgementOutcome> judgements) {
    public Resolution {
        entities = List.copyOf(entities);
        possiblySame = List.copyOf(possiblySame);
        refused = List.copyOf(refused);
        judgements = List.copyOf(judgements);
    }

    /** A resolution made without judgements. */
    public Resolution(List<ResolvedEntity> entities, List<Link> possiblySame, List<RefusedLink> refused) {
        this(entities, possiblySame, refused, List.of());
    }

    /**
     * The resolution of {@code snapshot} made of links already decided, e.g. read back from a {@link ResolutionCache}:
     * the listings joined by {@code followed} are one entity each, every other listing an entity of its own. Given the
     * {@link #followed()}, {@link #possiblySame()} and {@link #refused()} of a {@link Resolver#resolve} of the same
     * snapshot, it equals that resolution: the same entities, ids, listings and links, in the same order.
     *
     * @throws IllegalArgumentException when a link names a listing {@code snapshot} lacks
     */
    public static Resolution of(ListSnapshot snapshot, List<Link> followed, List<Link> possiblySame, List<RefusedLink> refused) {
        return of(snapshot, followed, possiblySame, refused, List.of());
    }

    /**
     * As {@link #of(ListSnapshot, List, List, List)}, for a resolution made with {@code judgements}: given the links of
     * a {@link Resolver#resolve(ListSnapshot, org.kordon.matching.Screener, List)} of the same snapshot and judgements,
     * it equals that resolution, {@link #judgements()} included.
     *
     * @throws IllegalArgumentException when a link names a listing {@code snapshot} lacks
     */
    public static Resolution of(ListSnapshot snapshot, List<Link> followed, List<Link> possiblySame, List<RefusedLink> refused,
                                List<Judgement> judgements) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Entity> listings = Resolver.sorted(snapshot);
        Map<String, Integer> index = Resolver.index(listings);
        for (Link l : Stream.of(followed, possiblySame, refused.stream().map(RefusedLink::link).toList()).flatMap(List::stream).toList()) {
            for (String id : List.of(l.from(), l.to())) {
                if (!index.containsKey(id)) {
                    throw new IllegalArgumentException("link " + l + " names listing " + id + ", which the lists lack");
                }
            }
        }
        return assemble(listings, index, followed, possiblySame, refused, Judgements.of(judgements));
    }

    /**
     * Joins the listings linked by {@code followed} (union-find; no conflict is checked: the links are decided) into
     * entities in order of their smallest listing id, each with its listings in id order and its links in the order given.
     */
    static Resolution assemble(List<Entity> listings, Map<String, Integer> index, List<Link> followed,
                               List<Link> possiblySame, List<RefusedLink> refused, Judgements judgements) {
        int n = listings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Link l : followed) {
            int a = Resolver.find(parent, index.get(l.from()));
            int b = Resolver.find(parent, index.get(l.to()));
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        Map<Integer, List<Link>> linksByRoot = new HashMap<>();
        for (Link l : followed) {
            linksByRoot.computeIfAbsent(Resolver.find(parent, index.get(l.from())), r -> new ArrayList<>()).add(l);
        }
        Map<Integer, List<Entity>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(Resolver.find(parent, i), r -> new ArrayList<>()).add(listings.get(i));
        }
        List<ResolvedEntity> entities = new ArrayList<>(members.size());
        Map<String, String> entityOf = HashMap.newHashMap(n);
        for (Map.Entry<Integer, List<Entity>> m : members.entrySet()) {
            List<Entity> ls = m.getValue();
            ResolvedEntity e = new ResolvedEntity(ResolvedEntity.idFor(ls.get(0).id()), ls, linksByRoot.getOrDefault(m.getKey(), List.of()));
            entities.add(e);
            ls.forEach(l -> entityOf.put(l.id(), e.id()));
        }
        return new Resolution(entities, possiblySame, refused, judgements.outcomes(listings, index, entityOf, followed, refused));
    }

    /** The links followed, entity by entity in order: what {@link #of} needs, with the possible-same and refused links. */
    public List<Link> followed() {
        return entities.stream().flatMap(e -> e.links().stream()).toList();
    }

    /** The entity a listing belongs to, or the entity itself when given a resolved entity's id. */
    public Optional<ResolvedEntity> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId().get(id));
    }

    /** Every listing id and every entity id, to its entity. Built on each call: keep the result. */
    public Map<String, ResolvedEntity> byId() {
        Map<String, ResolvedEntity> m = new HashMap<>();
        for (ResolvedEntity e : entities) {
            m.put(e.id(), e);
            for (String l : e.listingIds()) {
                m.put(l, e);
            }
        }
        return m;
    }

    /**
     * The party each listing may be, for readers who would rather hear "listed" once than "one of several" (a text's
     * mention of Sberbank): its entity joined with the entities it is {@linkplain #possiblySame() possibly the same as}
     * (transitively), keyed by the smallest entity id of the group. Entities kept apart by a conflict (another birth
     * date) stay apart. Screening and alerts use the entities themselves; this is looser. Built on each call.
     */
    public Map<String, String> possiblySameParties() {
        Map<String, ResolvedEntity> byId = byId();
        Map<String, String> parent = new HashMap<>();
        for (ResolvedEntity e : entities) {
            parent.put(e.id(), e.id());
        }
        for (Link l : possiblySame) {
            String a = root(parent, byId.get(l.from()).id());
            String b = root(parent, byId.get(l.to()).id());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> party = new HashMap<>();
        for (ResolvedEntity e : entities) {
            String p = root(parent, e.id());
            e.listingIds().forEach(id -> party.put(id, p));
        }
        return party;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The statistics: listings, entities, links by reason, possible-same links, refusals, judgements. */
    public ResolutionStats stats() {
        Map<LinkReason, Integer> byReason = new EnumMap<>(LinkReason.class);
        int listings = 0;
        int merged = 0;
        for (ResolvedEntity e : entities) {
            listings += e.listings().size();
            if (e.listings().size() > 1) {
                merged++;
            }
            for (Link l : e.links()) {
                byReason.merge(l.reason(), 1, Integer::sum);
            }
        }
        return new ResolutionStats(listings, entities.size(), merged, byReason, possiblySame.size(), refused.size(), judgements);
    }
}
