package org.kordon.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;

/**
 * Resolves the listings of a snapshot into entities: one per person, organisation, vessel or aircraft.
 *
 * <pre>{@code
 * Resolution r = Resolver.resolve(snapshot);
 * r.find("ofac-sdn:35096").get().listingIds();
 * // [eu:32014R0269-I.PERSONS-669, ofac-sdn:35096, uk:14196, uk:RUS0251]
 * }</pre>
 *
 * Deterministic: the same listings (and judgements) in any order give the same entities, ids and links. Thread-safe
 * (no state).
 */
public final class Resolver {
    /**
     * The name score from which two listings' names are the same name: 0.90. On the shared lists the names of
     * one party on two lists score 0.93-1.00 ("PUTIN, Vladimir Vladimirovich" ~ "Vladimir Vladimirovich PUTIN"
     * 1.00); 0.90 still admits a transliteration ("Aksyonov" ~ "Aksenov") and keeps out two given names that
     * differ ("Sergei" ~ "Sergey Ivanovich"), see docs/RESOLUTION.md.
     */
    public static final double NAME_LEVEL = 0.90;
    /**
     * The name score from which evidence weaker than a full birth date merges: organisations with a shared country
     * (a company's name is its only name), persons with a shared birth year and nationality.
     */
    public static final double STRICT_NAME_LEVEL = 0.95;
    /** A key shared by more listings than this is a placeholder or a shared agent's number, not an identity. */
    static final int MAX_KEY_GROUP = 6;
    /**
     * The version of the resolver's rules, part of the key of a cached resolution ({@link ResolutionCache}): bump it
     * whenever a change to the rules, the reasons or the name scoring they rest on would link other listings.
     */
    public static final int VERSION = 4; // 2: analysts' judgements, "scientific" = "research"; 3: a listed company with one more organisation word, place adjectives (kyrgyz, uzbek…); 4: a surname is not a patronymic, German and French romanisation per name
    /** How many candidates each listing's name brings from the screener. */
    static final int NAME_CANDIDATES = 10;

    private Resolver() {
    }

    /** Resolves {@code snapshot}, screening names with a {@link Algorithm#KORDON} screener built over it. */
    public static Resolution resolve(ListSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return resolve(snapshot, Screeners.build(snapshot, Algorithm.KORDON));
    }

    /** Resolves {@code snapshot} with a screener already built over it (the one screening uses). */
    public static Resolution resolve(ListSnapshot snapshot, Screener screener) {
        return resolve(snapshot, screener, List.of());
    }

    /**
     * Resolves {@code snapshot} with a screener already built over it, respecting the analysts' {@code judgements}
     * (docs/RESOLUTION.md, "Judgements"). Of the judgements on one pair of listings the latest holds
     * ({@link Judgement#ORDER}). A split is the strongest conflict: no link, not even a stated reference or an
     * analyst's join, puts its two listings in one entity (nor any two entities holding them). A join is a
     * {@link LinkReason#ANALYST} link, followed before every other link, in the order judged, despite conflicting data
     * or one register (its evidence names the conflict it overrides), never across incompatible schemata. A join that
     * would put the two listings of a split into one entity is not applied: the split wins. Judgements naming a
     * listing the snapshot lacks are kept and reported as waiting, never an error. {@link Resolution#judgements()}
     * says what became of each.
     *
     * <pre>{@code
     * Resolver.resolve(snapshot, screener, List.of(new Judgement(Judgement.Kind.SPLIT, "ofac-sdn:1", "uk:2", "anna", "two people", at)))
     *     .judgements().get(0).status();   // APPLIED: the two listings are in two entities
     * }</pre>
     */
    public static Resolution resolve(ListSnapshot snapshot, Screener screener, List<Judgement> judgements) {
        return resolve(snapshot, screener, EnumSet.noneOf(LinkReason.class), Judgements.of(judgements));
    }

    /** Resolves ignoring links of the reasons in {@code ignored}: the evaluation measures each kind of evidence. */
    static Resolution resolve(ListSnapshot snapshot, Screener screener, Set<LinkReason> ignored) {
        return resolve(snapshot, screener, ignored, Judgements.NONE);
    }

    private static Resolution resolve(ListSnapshot snapshot, Screener screener, Set<LinkReason> ignored, Judgements judgements) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(screener, "screener");
        List<Entity> listings = sorted(snapshot);
        Map<String, Integer> index = index(listings);
        List<Link> links = new ArrayList<>(identifierLinks(listings));
        links.addAll(nameLinks(listings, index, screener));
        links.removeIf(l -> ignored.contains(l.reason()));
        links.sort(null);
        // the analysts' joins first, in the order judged (the latest wins a pair; of two joins that a split sets
        // against each other, the earlier is applied)
        links.addAll(0, judgements.joins(listings, index));
        return join(listings, index, links, judgements);
    }

    /** The listings of {@code snapshot} in id order. */
    static List<Entity> sorted(ListSnapshot snapshot) {
        List<Entity> listings = new ArrayList<>(snapshot.entities());
        listings.sort(Comparator.comparing(Entity::id));
        return listings;
    }

    /** Each listing id to its position in {@code listings}. */
    static Map<String, Integer> index(List<Entity> listings) {
        Map<String, Integer> index = HashMap.newHashMap(listings.size());
        for (int i = 0; i < listings.size(); i++) {
            if (index.put(listings.get(i).id(), i) != null) {
                throw new IllegalArgumentException("listing id " + listings.get(i).id() + " occurs twice");
            }
        }
        return index;
    }

    private static List<Link> identifierLinks(List<Entity> listings) {
        Map<String, List<Evidence.Key>> keys = new TreeMap<>();
        Map<String, List<String>> holders = new TreeMap<>();
        for (Entity e : listings) {
            for (Evidence.Key k : Evidence.keys(e)) {
                keys.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(k);
                holders.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(e.id());
            }
        }
        List<Link> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : holders.entrySet()) {
            List<String> ids = g.getValue();
            if (ids.size() < 2 || ids.size() > MAX_KEY_GROUP) {
                continue;
            }
            List<Evidence.Key> ks = keys.get(g.getKey());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Evidence.Key a = ks.get(i);
                    Evidence.Key b = ks.get(j);
                    boolean otherCountry = a.country() != null && b.country() != null && !a.country().equals(b.country());
                    if (!ids.get(i).equals(ids.get(j)) && !otherCountry) {
                        String where = a.country() != null ? " (" + a.country() + ")" : b.country() != null ? " (" + b.country() + ")" : "";
                        out.add(Link.of(ids.get(i), ids.get(j), a.reason(), a.value() + where));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Screens each person's and organisation's caption against all listings and keeps pairs whose names score
     * {@link #NAME_LEVEL} or more: with the same full birth date (persons) or, from {@link #STRICT_NAME_LEVEL},
     * the same birth year and nationality (persons) or the same country (organisations) they are merge links; otherwise, when nothing conflicts or only birth dates
     * of one year do (a slip of one list), possibly the same.
     */
    private static List<Link> nameLinks(List<Entity> listings, Map<String, Integer> index, Screener screener) {
        List<List<Link>> found = listings.parallelStream().map(e -> nameLinks(e, listings, index, screener)).toList();
        Map<String, Link> best = new TreeMap<>();
        for (List<Link> ls : found) {
            for (Link l : ls) {
                best.merge(l.from() + '\n' + l.to(), l, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        return new ArrayList<>(best.values());
    }

    private static List<Link> nameLinks(Entity e, List<Entity> listings, Map<String, Integer> index, Screener screener) {
        if (!e.schema().isA(Schema.LEGAL_ENTITY)) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        for (Match m : screener.screen(Query.of(e.caption()).withSchema(e.schema()), NAME_LEVEL, NAME_CANDIDATES)) {
            Integer other = index.get(m.entity().id());
            double score = m.explanation().nameScore();
            if (other == null || m.entity().id().equals(e.id()) || score < NAME_LEVEL) {
                continue;
            }
            Entity o = listings.get(other);
            String names = String.format(Locale.ROOT, "\"%s\" ~ \"%s\" %.2f", e.caption(), m.matchedName(), score);
            String conflict = Conflicts.between(e, o);
            if (conflict != null) {
                if (Conflicts.onlyBirthDaySlip(e, o)) {
                    out.add(Link.of(e.id(), o.id(), LinkReason.POSSIBLY_SAME, names + "; " + conflict));
                }
                continue;
            }
            String day = Conflicts.sameBirthDay(e, o);
            String country = Conflicts.sharedCountry(e, o);
            String yearAndNationality = Conflicts.sameBirthYearAndNationality(e, o);
            if (e.schema() == Schema.PERSON && day != null) {
                out.add(Link.of(e.id(), o.id(), LinkReason.NAME_AND_BIRTH_DATE, names + ", born " + day));
            } else if (e.schema() == Schema.PERSON && score >= STRICT_NAME_LEVEL && yearAndNationality != null) {
                out.add(Link.of(e.id(), o.id(), LinkReason.NAME_BIRTH_YEAR_AND_NATIONALITY, names + ", " + yearAndNationality));
            } else if (e.schema() != Schema.PERSON && score >= STRICT_NAME_LEVEL && country != null) {
                out.add(Link.of(e.id(), o.id(), LinkReason.NAME_AND_COUNTRY, names + ", country " + country));
            } else {
                out.add(Link.of(e.id(), o.id(), LinkReason.POSSIBLY_SAME, names));
            }
        }
        return out;
    }

    /**
     * Follows the links strongest first (union-find); a link whose two entities hold any conflicting pair of
     * listings, or the two listings of an analyst's split, is refused, so a conflict blocks a transitive merge too.
     * Weak links are kept between the entities left apart (and not split by an analyst).
     */
    private static Resolution join(List<Entity> listings, Map<String, Integer> index, List<Link> links, Judgements judgements) {
        List<Judgements.Split> splits = judgements.splits(index);
        int n = listings.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        List<Link> followed = new ArrayList<>();
        List<Link> weak = new ArrayList<>();
        List<RefusedLink> refused = new ArrayList<>();
        for (Link l : links) {
            int a = find(parent, index.get(l.from()));
            int b = find(parent, index.get(l.to()));
            String conflict = a == b ? null : split(parent, splits, a, b);
            if (conflict == null && a != b) {
                conflict = l.reason() == LinkReason.ANALYST ? schemaConflict(listings, members.get(a), members.get(b))
                        : conflict(listings, members.get(a), members.get(b), l.reason().isStated());
            }
            if (l.reason() == LinkReason.POSSIBLY_SAME) {
                // a weak link joins nothing: kept when a reviewer could still judge the two the same
                if (a != b && conflict(listings, members.get(a), members.get(b), true) == null) {
                    weak.add(l);
                }
            } else if (conflict != null) {
                refused.add(new RefusedLink(l, conflict));
            } else {
                Entity from = listings.get(index.get(l.from()));
                Entity to = listings.get(index.get(l.to()));
                String discrepancy = l.reason() == LinkReason.ANALYST
                        ? (a == b ? Conflicts.between(from, to) : conflict(listings, members.get(a), members.get(b), false))
                        : l.reason().isStated() ? Conflicts.data(from, to) : null;
                followed.add(discrepancy == null ? l : new Link(l.from(), l.to(), l.reason(), l.evidence() + "; despite " + discrepancy));
                if (a != b) {
                    int root = Math.min(a, b);
                    int child = Math.max(a, b);
                    parent[child] = root;
                    members.get(root).addAll(members.get(child));
                    members.set(child, null);
                }
            }
        }
        List<Link> possiblySame = weak.stream().filter(l -> {
            int a = find(parent, index.get(l.from()));
            int b = find(parent, index.get(l.to()));
            return a != b && split(parent, splits, a, b) == null;
        }).toList();
        return Resolution.assemble(listings, index, followed, possiblySame, refused, judgements);
    }

    /** The conflict of an analyst's split whose listings are one in the entity of root {@code a}, one in that of {@code b}, or null. */
    private static String split(int[] parent, List<Judgements.Split> splits, int a, int b) {
        for (Judgements.Split s : splits) {
            int x = find(parent, s.a());
            int y = find(parent, s.b());
            if ((x == a && y == b) || (x == b && y == a)) {
                return s.conflict();
            }
        }
        return null;
    }

    /** The first schema conflict between a listing of one entity and one of the other, or null: what refuses an analyst's join. */
    private static String schemaConflict(List<Entity> listings, List<Integer> xs, List<Integer> ys) {
        for (int x : xs) {
            for (int y : ys) {
                String c = Conflicts.schema(listings.get(x), listings.get(y));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String conflict(List<Entity> listings, List<Integer> xs, List<Integer> ys, boolean stated) {
        for (int x : xs) {
            for (int y : ys) {
                Entity a = listings.get(x);
                Entity b = listings.get(y);
                String c = stated ? Conflicts.structural(a, b) : Conflicts.between(a, b);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
