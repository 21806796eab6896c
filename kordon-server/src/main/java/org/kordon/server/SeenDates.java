package org.kordon.server;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kordon.model.Entity;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.store.ListChange;
import org.kordon.store.ListVersion;
import org.kordon.store.Store;

/**
 * When Kordon first saw each listing and when it last saw it change, from the list versions its store recorded: a
 * listing of the first version was first seen and last changed when that version was loaded; a later version that
 * added it (again) or changed it sets its last change (and its first sighting, if it had none). yente's
 * {@code first_seen}, {@code last_change} and, for every listing in force, {@code last_seen} (the loading of the list
 * version in force), as ISO date-times in UTC to the second ({@code 2026-12-07T18:02:11}), yente's wire format.
 *
 * <p>Computed once per list version in force ({@link #of}); immutable and thread-safe.
 */
final class SeenDates {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    /** One listing's or entity's dates; a field is null when the store holds no record of it. */
    record Seen(String firstSeen, String lastSeen, String lastChange) {
        static final Seen NONE = new Seen(null, null, null);

        /** The earliest first sighting, the latest last sighting and change of both. */
        Seen merge(Seen o) {
            return new Seen(min(firstSeen, o.firstSeen), max(lastSeen, o.lastSeen), max(lastChange, o.lastChange));
        }

        void putInto(Map<String, Object> m) {
            m.put("first_seen", firstSeen);
            m.put("last_seen", lastSeen);
            m.put("last_change", lastChange);
        }

        private static String min(String a, String b) {
            return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
        }

        private static String max(String a, String b) {
            return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
        }
    }

    private final long versionId;
    private final String lastSeen;
    private final Map<String, String> firstSeen;
    private final Map<String, String> lastChange;

    private SeenDates(long versionId, String lastSeen, Map<String, String> firstSeen, Map<String, String> lastChange) {
        this.versionId = versionId;
        this.lastSeen = lastSeen;
        this.firstSeen = firstSeen;
        this.lastChange = lastChange;
    }

    /** The dates as of list version {@code inForce}, read from the versions and changes {@code store} recorded. */
    static SeenDates of(Store store, ListVersion inForce) {
        List<ListVersion> versions = store.versions().stream().filter(v -> v.id() <= inForce.id())
                .sorted(Comparator.comparingLong(ListVersion::id)).toList();
        Map<String, String> first = new HashMap<>();
        Map<String, String> change = new HashMap<>();
        for (ListVersion v : versions) {
            String at = format(v.loadedAt());
            if (first.isEmpty() && change.isEmpty()) {
                // the store records no changes for the first version: every listing it held was added then
                for (String id : store.entityHashes(v.id()).keySet()) {
                    first.put(id, at);
                    change.put(id, at);
                }
                continue;
            }
            for (ListChange c : store.changes(v.id())) {
                if (c.kind().equals("added") || c.kind().equals("changed")) {
                    first.putIfAbsent(c.entityId(), at);
                    change.put(c.entityId(), at);
                }
            }
        }
        return new SeenDates(inForce.id(), format(inForce.loadedAt()), Map.copyOf(first), Map.copyOf(change));
    }

    static String format(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(FORMAT);
    }

    long versionId() {
        return versionId;
    }

    /** A listing's dates: last seen is the version in force, for every listing in force. */
    Seen of(Entity listing) {
        String first = firstSeen.get(listing.id());
        return first == null ? new Seen(null, lastSeen, null) : new Seen(first, lastSeen, lastChange.get(listing.id()));
    }

    /** A resolved entity's dates: over all its listings. */
    Seen of(ResolvedEntity entity) {
        Seen s = Seen.NONE;
        for (Entity l : entity.listings()) {
            s = s.merge(of(l));
        }
        return s;
    }
}
