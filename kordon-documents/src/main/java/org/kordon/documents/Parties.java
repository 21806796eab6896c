package org.kordon.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kordon.matching.Match;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.Schema;

/**
 * Groups matches into listed parties: one person or organisation is often listed by OFAC, the EU and the UK,
 * each with its own entity. Two entities are one party when both are persons or both are not, and they have
 * the same caption words ({@code PUTIN, Vladimir Vladimirovich} and {@code Vladimir Vladimirovich PUTIN}), or
 * matched the mention through the same name words (both list the alias {@code SBERBANK}), or share an
 * identifier (a BIC, a passport; not a website), or, for persons, share a birth date and a caption word
 * ({@code GREF, Herman Oskarovich} and {@code German Oskarovich GREF}, both born 1964-02-08), or have no
 * conflicting birth dates and the caption words of one include the other's, two words at least ({@code Dmitry
 * PESKOV} and {@code Dmitry Sergeyevich PESKOV}). Grouping is transitive.
 * Stateless and thread-safe.
 */
final class Parties {
    private Parties() {
    }

    /** The groups, in the order of each group's first match; matches keep their order inside a group. */
    static List<List<Match>> group(List<Match> matches, Vocabulary vocabulary) {
        int n = matches.size();
        int[] parent = new int[n];
        List<Key> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            keys.add(Key.of(matches.get(i), vocabulary));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (keys.get(i).sameParty(keys.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Match>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(matches.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** The groups by a given party of each listing (a resolved entity), in the order of each group's first match. */
    static List<List<Match>> byParty(List<Match> matches, Function<String, String> partyOf) {
        Map<String, List<Match>> groups = new LinkedHashMap<>();
        for (Match m : matches) {
            String party = Objects.requireNonNull(partyOf.apply(m.entity().id()), "no party for listing " + m.entity().id());
            groups.computeIfAbsent(party, k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Key(boolean person, Set<String> caption, Set<String> matched, Set<String> ids, List<DateRange> births) {
        static Key of(Match m, Vocabulary vocabulary) {
            Entity e = m.entity();
            Set<String> ids = new HashSet<>();
            for (Identifier id : e.identifiers()) {
                if (id.type() == IdType.WEBSITE || id.type() == IdType.EMAIL || id.type() == IdType.PHONE) {
                    continue; // a group's shared website does not make two companies one
                }
                String v = id.normalizedValue();
                if (v.length() >= 5) {
                    ids.add(id.type() + ":" + v);
                }
            }
            return new Key(e.schema() == Schema.PERSON, Set.copyOf(vocabulary.tokensOf(e.caption())),
                    Set.copyOf(vocabulary.tokensOf(m.matchedName())), ids, e.birthDates());
        }

        boolean sameParty(Key o) {
            if (person != o.person) {
                return false;
            }
            if (caption.equals(o.caption) || matched.equals(o.matched)) {
                return true;
            }
            for (String id : ids) {
                if (o.ids.contains(id)) {
                    return true;
                }
            }
            if (!person) {
                return false;
            }
            if (!births.isEmpty() && births.stream().anyMatch(o.births::contains)
                    && caption.stream().anyMatch(o.caption::contains)) {
                return true;
            }
            boolean datesAgree = births.isEmpty() || o.births.isEmpty() || births.stream().anyMatch(o.births::contains);
            boolean nested = caption.size() >= 2 && o.caption.size() >= 2
                    && (caption.containsAll(o.caption) || o.caption.containsAll(caption));
            return datesAgree && nested;
        }
    }
}
