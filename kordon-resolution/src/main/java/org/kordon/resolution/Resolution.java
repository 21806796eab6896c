package org.kordon.resolution;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of resolving one snapshot: every listing in exactly one entity.
 *
 * @param entities     the resolved entities, by id
 * @param possiblySame weak links between listings of different entities: the same name and nothing to tell them
 *                     apart; an analyst decides
 * @param refused      links not followed because the entities they would join conflict
 */
public record Resolution(List<ResolvedEntity> entities, List<Link> possiblySame, List<RefusedLink> refused) {
    public Resolution {
        entities = List.copyOf(entities);
        possiblySame = List.copyOf(possiblySame);
        refused = List.copyOf(refused);
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

    /** The statistics: listings, entities, links by reason, possible-same links, refusals. */
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
        return new ResolutionStats(listings, entities.size(), merged, byReason, possiblySame.size(), refused.size());
    }
}
