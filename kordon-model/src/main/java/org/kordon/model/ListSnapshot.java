package org.kordon.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded version of one or more lists: the entities, by id, in file order.
 *
 * @param sources  the lists and versions it was loaded from
 * @param entities the entities; ids are unique
 */
public record ListSnapshot(List<SourceRef> sources, List<Entity> entities) {
    public ListSnapshot {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
    }

    /** The entities keyed by id, in file order. Built on each call: keep the result when looking up often. */
    public Map<String, Entity> byId() {
        Map<String, Entity> m = LinkedHashMap.newLinkedHashMap(entities.size());
        for (Entity e : entities) {
            m.put(e.id(), e);
        }
        return m;
    }

    public Optional<Entity> find(String id) {
        Objects.requireNonNull(id, "id");
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public int size() {
        return entities.size();
    }
}
