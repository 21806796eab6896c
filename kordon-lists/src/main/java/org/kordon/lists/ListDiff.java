package org.kordon.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.Sanction;

/**
 * What changed between two versions of a list: entities added, removed, and changed field by field.
 *
 * <pre>{@code
 * ListDiff d = ListDiff.compute(oldSnapshot, newSnapshot);
 * d.changed().get(0).fields();  // [FieldChange[field=names, added=[alias: SBERBANK PJSC], removed=[]]]
 * }</pre>
 *
 * <p>Entities are paired by id. Each field is compared as a set of readable values, so reordering the same
 * aliases is no change, and a new alias shows as one added value. The list of sources and versions is not an
 * entity field and is ignored. Cost: one hash lookup per entity plus a field walk for entities whose records differ;
 * linear in the list size.
 *
 * @param added   entities in the new version only, in its order
 * @param removed entities in the old version only, in its order
 * @param changed entities in both whose fields differ, in the new version's order
 */
public record ListDiff(List<Entity> added, List<Entity> removed, List<Change> changed) {
    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One entity present in both versions with different fields. */
    public record Change(Entity before, Entity after, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }

        public String id() {
            return after.id();
        }
    }

    /**
     * The values of one field that appeared and disappeared.
     *
     * @param field   the model's field name: {@code names}, {@code programs}, {@code addresses}…
     * @param added   values only in the new version
     * @param removed values only in the old version
     */
    public record FieldChange(String field, List<String> added, List<String> removed) {
        public FieldChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares two snapshots of the same list. */
    public static ListDiff compute(ListSnapshot before, ListSnapshot after) {
        Map<String, Entity> old = new HashMap<>(before.entities().size() * 2);
        for (Entity e : before.entities()) {
            old.put(e.id(), e);
        }
        List<Entity> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>(after.entities().size() * 2);
        for (Entity e : after.entities()) {
            seen.add(e.id());
            Entity o = old.get(e.id());
            if (o == null) {
                added.add(e);
            } else if (!sameContent(o, e)) {
                List<FieldChange> fields = fieldChanges(o, e);
                if (!fields.isEmpty()) {
                    changed.add(new Change(o, e, fields));
                }
            }
        }
        List<Entity> removed = new ArrayList<>();
        for (Entity e : before.entities()) {
            if (!seen.contains(e.id())) {
                removed.add(e);
            }
        }
        return new ListDiff(added, removed, changed);
    }

    private static boolean sameContent(Entity a, Entity b) {
        // The source version always differs between two versions: compare everything else.
        return a.schema() == b.schema() && a.names().equals(b.names()) && a.birthDates().equals(b.birthDates())
                && a.birthPlaces().equals(b.birthPlaces()) && a.nationalities().equals(b.nationalities())
                && a.countries().equals(b.countries()) && a.addresses().equals(b.addresses())
                && a.identifiers().equals(b.identifiers()) && Objects.equals(a.vessel(), b.vessel())
                && a.sanctions().equals(b.sanctions()) && Objects.equals(a.gender(), b.gender())
                && a.positions().equals(b.positions()) && a.remarks().equals(b.remarks());
    }

    /** The fields compared, in the order reported. */
    private static final List<Field> FIELDS = List.of(
            new Field("schema", e -> List.of(e.schema().ftmName())),
            new Field("names", e -> map(e.names(), ListDiff::describe)),
            new Field("birthDates", e -> map(e.birthDates(), Object::toString)),
            new Field("birthPlaces", Entity::birthPlaces),
            new Field("nationalities", Entity::nationalities),
            new Field("countries", Entity::countries),
            new Field("addresses", e -> map(e.addresses(), a -> a.full())),
            new Field("identifiers", e -> map(e.identifiers(), ListDiff::describe)),
            new Field("vessel", e -> e.vessel() == null ? List.of() : List.of(e.vessel().toString())),
            new Field("programs", Entity::programs),
            new Field("sanctions", e -> map(e.sanctions(), ListDiff::describe)),
            new Field("gender", e -> e.gender() == null ? List.of() : List.of(e.gender())),
            new Field("positions", Entity::positions),
            new Field("remarks", Entity::remarks));

    private record Field(String name, Function<Entity, Collection<String>> values) {
    }

    private static List<FieldChange> fieldChanges(Entity o, Entity n) {
        List<FieldChange> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Set<String> before = new LinkedHashSet<>(f.values().apply(o));
            Set<String> after = new LinkedHashSet<>(f.values().apply(n));
            if (before.equals(after)) {
                continue;
            }
            List<String> added = after.stream().filter(v -> !before.contains(v)).toList();
            List<String> removed = before.stream().filter(v -> !after.contains(v)).toList();
            out.add(new FieldChange(f.name(), added, removed));
        }
        return out;
    }

    private static <T> List<String> map(List<T> values, Function<T, String> f) {
        List<String> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(f.apply(v));
        }
        return out;
    }

    private static String describe(Name n) {
        return n.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + n.value()
                + (n.lang() == null ? "" : " [" + n.lang() + "]");
    }

    private static String describe(Identifier i) {
        return i.type() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")");
    }

    private static String describe(Sanction s) {
        return s.authority() + " " + String.join("/", s.programs())
                + (s.listedOn() == null ? "" : " listed " + s.listedOn())
                + (s.measure() == null ? "" : " [" + s.measure() + "]");
    }
}
