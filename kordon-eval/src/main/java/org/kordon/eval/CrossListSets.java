package org.kordon.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.resolution.Link;
import org.kordon.resolution.LinkReason;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.ResolvedEntity;

/**
 * The hardest real variants Kordon is measured on: one party as two authorities wrote it. Listings that the lists
 * themselves tie together without a name (a UN reference on a UK entry, the same passport, national id, tax number,
 * IMO number, BIC or LEI) are one party; the name one authority gives it, with that authority's first birth date and
 * nationality, is screened against the lists of the other authorities, and must find the party's listings there.
 *
 * <p>Names are not used to choose the cases, so that the set does not favour the names the screener already links:
 * a case's listing shares a reference or an identifier with a listing of another authority. What it should find is
 * every listing of its resolved entity in the other authorities' lists (identifier links and the name links
 * {@link org.kordon.resolution.Resolver} makes with agreeing birth date or country, whose precision
 * docs/RESOLUTION.md measures), so that finding the same person's OFAC listing first is not a miss. The two
 * records really disagree where the authorities do: a birth year one apart, a nationality the other list does not
 * give, a transliteration of its own. These are the only labelled true pairs whose birth date and country disagree,
 * which the score model needs to weigh them ({@link ScoreModelFit}).
 *
 * <p>Category {@value #CATEGORY}; tags: the schema group, and {@code <group>/same-name} when the query equals a name
 * of an expected listing but for case, punctuation and word order, {@code <group>/variant} when it does not (the variants are
 * the figure to read).
 */
final class CrossListSets {
    /** The category of the cases. */
    static final String CATEGORY = "cross-list";
    /** The links that tie listings without a name: the stated references and the strong identifiers. */
    static final Set<LinkReason> WITHOUT_NAME = EnumSet.range(LinkReason.UN_REFERENCE, LinkReason.NATIONAL_ID);

    private CrossListSets() {
    }

    /** The cases for one querying authority, and the snapshot of the other authorities they are screened against. */
    record Authority(String authority, ListSnapshot others, List<EvalCase> cases) {
    }

    /**
     * The authority of a listing: the part of its id before the first {@code -} or {@code :}, e.g. {@code ofac} for
     * {@code ofac-sdn:35096}, {@code uk} for {@code uk:RUS0251}. The two UK lists are one authority: they name one
     * designation.
     */
    static String authority(Entity e) {
        String id = e.id();
        int end = id.length();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == ':') {
                end = i;
                break;
            }
        }
        return id.substring(0, end);
    }

    /**
     * Up to {@code perAuthority} cases for each authority of {@code all} (chosen with {@code seed}) from the groups
     * that {@code resolution}'s links joined without a name.
     */
    static List<Authority> of(ListSnapshot all, Resolution resolution, int perAuthority, long seed) {
        Map<String, String> parent = new HashMap<>();
        for (ResolvedEntity r : resolution.entities()) {
            for (Link l : r.links()) {
                if (WITHOUT_NAME.contains(l.reason())) {
                    union(parent, l.from(), l.to());
                }
            }
        }
        Map<String, List<EvalCase>> cases = new TreeMap<>();
        for (ResolvedEntity r : resolution.entities()) {
            for (Entity a : r.listings()) {
                String from = authority(a);
                boolean tiedWithoutName = parent.containsKey(a.id()) && r.listings().stream().anyMatch(b ->
                        !authority(b).equals(from) && parent.containsKey(b.id()) && find(parent, b.id()).equals(find(parent, a.id())));
                Set<String> expected = new TreeSet<>();
                List<Name> theirNames = new ArrayList<>();
                for (Entity b : r.listings()) {
                    if (!authority(b).equals(from)) {
                        expected.add(b.id());
                        theirNames.addAll(b.names());
                    }
                }
                Name name = primary(a);
                if (!tiedWithoutName || name == null) {
                    continue;
                }
                String group0 = HarderSets.schemaGroup(a.schema());
                String key = spelling(name.value());
                boolean same = theirNames.stream().anyMatch(n -> spelling(n.value()).equals(key));
                cases.computeIfAbsent(from, k -> new ArrayList<>()).add(new EvalCase(CATEGORY, name.value(), a.schema(),
                        expected, "as " + a.id() + " writes " + String.join(", ", expected), birth(a), country(a),
                        List.of(group0, group0 + (same ? "/same-name" : "/variant"))));
            }
        }
        List<Authority> out = new ArrayList<>();
        Map<String, List<Entity>> othersOf = new LinkedHashMap<>();
        for (String from : cases.keySet()) {
            othersOf.put(from, all.entities().stream().filter(e -> !authority(e).equals(from)).toList());
        }
        cases.forEach((from, list) -> {
            List<EvalCase> drawn = new ArrayList<>(list);
            drawn.sort(Comparator.comparing(EvalCase::note));
            Collections.shuffle(drawn, new Random(seed + from.hashCode()));
            out.add(new Authority(from, new ListSnapshot(all.sources(), othersOf.get(from)),
                    List.copyOf(drawn.subList(0, Math.min(perAuthority, drawn.size())))));
        });
        return out;
    }

    /** A name's words in lower case, without punctuation, in alphabetical order: its spelling, whatever the order. */
    static String spelling(String name) {
        return java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    private static Name primary(Entity e) {
        return e.names().stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst()
                .orElse(e.names().isEmpty() ? null : e.names().get(0));
    }

    /** The first birth date as a customer file gives it: the date, or its year when the list gives a range. */
    static PartialDate birth(Entity e) {
        if (e.birthDates().isEmpty()) {
            return null;
        }
        DateRange d = e.birthDates().get(0);
        return d.from().equals(d.to()) ? d.from() : PartialDate.ofYear(d.from().year());
    }

    /** The first nationality or country that is a code (lists also give 'germany.'). */
    static String country(Entity e) {
        return Stream.concat(e.nationalities().stream(), e.countries().stream())
                .filter(v -> v.matches("[a-z]{2}")).findFirst().orElse(null);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(x, r);
        return r;
    }
}
