package org.kordon.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.model.Entity;

/**
 * What a new version of the lists did to a resolved entity, beside what it did to each listing: "newly listed by the
 * EU" when an entity already listed elsewhere gains a listing, "delisted by" when it loses one and stays listed,
 * "no longer listed" when it loses its last one, and regroupings (two entities now one, one now two).
 *
 * <pre>{@code
 * List<EntityChange> cs = EntityChange.between(previousEntityOfEachListing, resolution, added, removed);
 * cs.get(0).describe();
 * // "newly listed by eu-32014R0269 (eu:32014R0269-I.PERSONS-669); already listed by ofac-sdn, uk-ofsi, uk-sl"
 * }</pre>
 *
 * @param entityId the entity's id: in the new resolution, or in the previous one when it is no longer listed
 * @param caption  its caption (of a listing it had, for an entity no longer listed: that listing's id)
 * @param what     what happened, one phrase each, in the order: newly listed, delisted or no longer listed, split, joined or formerly (the id it had)
 */
public record EntityChange(String entityId, String caption, List<String> what) {
    public EntityChange {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(caption, "caption");
        what = List.copyOf(what);
        if (what.isEmpty()) {
            throw new IllegalArgumentException("an entity change says what happened");
        }
    }

    /** The phrases joined: {@code newly listed by eu-… (eu:…); already listed by ofac-sdn}. */
    public String describe() {
        return String.join("; ", what);
    }

    /**
     * The entity-level changes from the previous version of the lists to {@code after}.
     *
     * @param before  the entity id of each listing of the previous version ({@code ke:…}); empty when not known (a
     *                version recorded before resolution): then only additions are described, from {@code after} alone
     * @param after   the resolution of the new version
     * @param added   listings of the new version that the previous one lacked
     * @param removed listings of the previous version that the new one lacks
     * @return one change per entity, in entity id order
     */
    public static List<EntityChange> between(Map<String, String> before, Resolution after, Set<String> added, Set<String> removed) {
        Map<String, ResolvedEntity> now = after.byId();
        Map<String, Change> changes = new TreeMap<>();
        for (ResolvedEntity e : after.entities()) {
            List<Entity> joined = e.listings().stream().filter(l -> added.contains(l.id())).toList();
            if (joined.isEmpty()) {
                continue;
            }
            List<Entity> kept = e.listings().stream().filter(l -> !added.contains(l.id())).toList();
            String phrase = kept.isEmpty()
                    ? "newly listed by " + sources(joined)
                    : "newly listed by " + sources(joined) + " (" + ids(joined) + "); already listed by " + sources(kept);
            changes.computeIfAbsent(e.id(), id -> new Change(e.caption())).what.add(phrase);
        }
        if (before.isEmpty()) {
            return finish(changes);
        }
        // listings of each previous entity: which left, and where the others are now
        Map<String, List<String>> formerListings = new TreeMap<>();
        before.forEach((listing, entity) -> formerListings.computeIfAbsent(entity, k -> new ArrayList<>()).add(listing));
        for (Map.Entry<String, List<String>> f : formerListings.entrySet()) {
            List<String> left = f.getValue().stream().filter(removed::contains).sorted().toList();
            Set<String> nowIn = new TreeSet<>();
            f.getValue().stream().filter(l -> !removed.contains(l)).map(now::get).filter(Objects::nonNull)
                    .forEach(e -> nowIn.add(e.id()));
            if (!left.isEmpty() && nowIn.isEmpty()) {
                changes.computeIfAbsent(f.getKey(), id -> new Change(left.get(0))).what
                        .add("no longer listed: " + String.join(", ", left) + " removed");
            } else if (!left.isEmpty()) {
                ResolvedEntity e = now.get(nowIn.iterator().next());
                changes.computeIfAbsent(e.id(), id -> new Change(e.caption())).what
                        .add("delisted: " + String.join(", ", left) + " removed; still listed by " + sources(e.listings()));
            }
            if (nowIn.size() > 1) {
                ResolvedEntity e = now.get(nowIn.iterator().next());
                changes.computeIfAbsent(f.getKey(), id -> new Change(e.caption())).what
                        .add("split: its listings are now in " + String.join(", ", nowIn));
            }
        }
        for (ResolvedEntity e : after.entities()) {
            Set<String> was = new TreeSet<>();
            e.listingIds().stream().map(before::get).filter(Objects::nonNull).forEach(was::add);
            if (was.size() > 1) {
                changes.computeIfAbsent(e.id(), id -> new Change(e.caption())).what.add("joined: " + String.join(", ", was) + " are now one entity");
            } else if (was.size() == 1 && !was.contains(e.id())) {
                changes.computeIfAbsent(e.id(), id -> new Change(e.caption())).what.add("formerly " + was.iterator().next());
            }
        }
        return finish(changes);
    }

    private static List<EntityChange> finish(Map<String, Change> changes) {
        List<EntityChange> out = new ArrayList<>(changes.size());
        changes.forEach((id, c) -> out.add(new EntityChange(id, c.caption, c.what)));
        return out;
    }

    private static String sources(List<Entity> listings) {
        return String.join(", ", listings.stream().map(l -> l.source().list()).distinct().sorted().toList());
    }

    private static String ids(List<Entity> listings) {
        return String.join(", ", listings.stream().map(Entity::id).toList());
    }

    private static final class Change {
        final String caption;
        final List<String> what = new ArrayList<>();

        Change(String caption) {
            this.caption = caption;
        }
    }
}
