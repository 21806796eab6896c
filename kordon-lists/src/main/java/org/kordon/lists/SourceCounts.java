package org.kordon.lists;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;

/**
 * How many entities each list of a version holds, by list name ({@link org.kordon.model.SourceRef#list()}):
 * what {@link ShrinkGuard} compares between the last good version and a candidate.
 *
 * <pre>{@code
 * SourceCounts.of(snapshot).counts();   // {"ofac-sdn"=14965, "un"=1003}
 * }</pre>
 *
 * @param counts entities per list, sorted by name; never a zero count
 */
public record SourceCounts(Map<String, Integer> counts) {
    public SourceCounts {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1) {
                throw new IllegalArgumentException("count of " + e.getKey() + " must be positive, got " + e.getValue());
            }
        }
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** Counts the entities of {@code snapshot} by the list each came from. */
    public static SourceCounts of(ListSnapshot snapshot) {
        Map<String, Integer> m = new HashMap<>();
        for (Entity e : snapshot.entities()) {
            m.merge(e.source().list(), 1, Integer::sum);
        }
        return new SourceCounts(m);
    }

    /** One list with {@code count} entities (a source of {@code kordon lists update}). */
    public static SourceCounts of(String list, int count) {
        return new SourceCounts(count > 0 ? Map.of(list, count) : Map.of());
    }

    /**
     * Estimates the counts of an earlier version known only by its entity ids (as a database records a version),
     * using {@code candidate} to tell which list an id belongs to.
     *
     * <p>An id the candidate still holds counts for the candidate entity's list. An id the candidate lost counts
     * for the list whose entities share its namespace (the part before the first {@code ':'}, e.g.
     * {@code ofac-sdn} of {@code ofac-sdn:35096}), the largest such list when several do (EU regulations, UK lists);
     * when no candidate entity has that namespace the whole list is gone, and the namespace stands for it.
     */
    public static SourceCounts ofPreviousIds(Collection<String> ids, ListSnapshot candidate) {
        Map<String, String> listOfId = new HashMap<>(candidate.size() * 2);
        Map<String, Map<String, Integer>> listsOfNamespace = new HashMap<>();
        for (Entity e : candidate.entities()) {
            listOfId.put(e.id(), e.source().list());
            listsOfNamespace.computeIfAbsent(namespace(e.id()), k -> new HashMap<>()).merge(e.source().list(), 1, Integer::sum);
        }
        Map<String, Integer> m = new HashMap<>();
        for (String id : ids) {
            String list = listOfId.get(id);
            if (list == null) {
                Map<String, Integer> lists = listsOfNamespace.get(namespace(id));
                list = lists == null ? namespace(id) : largest(lists);
            }
            m.merge(list, 1, Integer::sum);
        }
        return new SourceCounts(m);
    }

    /** The list with the most entities; of equals, the first by name, so the estimate does not depend on map order. */
    private static String largest(Map<String, Integer> lists) {
        String best = null;
        for (Map.Entry<String, Integer> e : new TreeMap<>(lists).entrySet()) {
            if (best == null || e.getValue() > lists.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String namespace(String id) {
        int colon = id.indexOf(':');
        return colon > 0 ? id.substring(0, colon) : id;
    }

    /** The count of {@code list}, 0 when it holds none. */
    public int get(String list) {
        return counts.getOrDefault(list, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
