package org.kordon.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kordon.matching.NameTokens;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * The dictionary of listed names over folded tokens: every word of every listed name and alias with how many
 * entities use it and how (a person's surname, a given name, a word of an organisation's or a vessel's name), the
 * pairs of words that stand next to each other in a listed name, and the listed IMO numbers.
 *
 * <p>With {@code PUTIN, Vladimir Vladimirovich} and {@code GAZPROM NEFT} listed: {@code flags("putin")} has
 * {@link #SURNAME}, {@code flags("vladimir")} has {@link #GIVEN}, {@code follows("gazprom", "neft")} is true.
 * Immutable after construction and thread-safe.
 */
final class Vocabulary {
    /*
     * Why a token dictionary and not Aho-Corasick over the listed strings: texts write names in another order
     * ("Vladimir Putin" for "PUTIN, Vladimir Vladimirovich"), partly ("Putin"), inflected ("Путина") and in
     * another script. Matching whole listed strings would need every order and every partial form of every name
     * as a pattern; folding each word once and asking the dictionary which words are listed, then handing the
     * capitalised run to the screener (which already scores order, missing words and spelling), needs one
     * hash lookup a word. The pairs set is the two-word level of a token trie: it lets a lower-case word continue
     * a name only where a listed name continues that way ("Газпром нефть").
     */
    static final int SURNAME = 1;
    static final int GIVEN = 2;
    static final int ORGANISATION = 4;
    static final int VESSEL = 8;
    /** The word is a whole listed name on its own ("GAZPROM", "SBERBANK", "LINDA"), not a weak alias. */
    static final int SOLE = 16;

    private final Map<String, int[]> words; // {flags, entity count, uses as a given name, uses as a surname}
    private final Set<String> pairs;
    private final Map<String, List<Entity>> byImo;
    /** Per entity id: each name's tokens sorted and joined by a space ("putin vladimir"), and each single token. */
    private final Map<String, Set<String>> nameKeys;
    /** Per name as the list prints it: its tokens after the whole chain. */
    private final Map<String, List<String>> tokensByName;
    /** Entities that no sanction lists and a list marks as politically exposed ({@value #PEP_TOPIC}). */
    private final Set<String> pepOnly;
    static final String PEP_TOPIC = "topic: role.pep";
    /** Per listed person: their positions and the reasons for their listing, in lower case. */
    private final Map<String, String> roleText;
    /** Given names are told apart by this many first letters: spellings of one name agree on them. */
    static final int GIVEN_NAME_KEY_LETTERS = 3;
    /** Per folded surname: the first given names (their first letters) of the listed people who carry it. */
    private final Map<String, Set<String>> givenNamesBySurname;

    Vocabulary(ListSnapshot snapshot) {
        Map<String, int[]> w = new HashMap<>(1 << 16);
        Set<String> p = new HashSet<>(1 << 16);
        Map<String, List<Entity>> imo = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>(snapshot.size() * 2);
        Map<String, List<String>> byName = new HashMap<>(snapshot.size() * 4);
        Set<String> seen = new HashSet<>();
        Set<String> peps = new HashSet<>();
        Map<String, String> roles = new HashMap<>();
        Map<String, Set<String>> given = new HashMap<>(1 << 14);
        for (Entity e : snapshot.entities()) {
            seen.clear();
            if (e.sanctions().isEmpty() && e.remarks().contains(PEP_TOPIC)) {
                peps.add(e.id());
            }
            if (e.schema() == Schema.PERSON) {
                StringBuilder r = new StringBuilder();
                e.positions().forEach(x -> r.append(x).append('\n'));
                e.sanctions().forEach(x -> r.append(x.reason() == null ? "" : x.reason()).append('\n'));
                if (!r.isEmpty()) {
                    roles.put(e.id(), r.toString().toLowerCase(Locale.ROOT));
                }
            }
            Set<String> ek = keys.computeIfAbsent(e.id(), k -> new HashSet<>());
            for (Name n : e.names()) {
                List<String> tokens = addName(e.schema(), n.value(), n.kind() == NameKind.WEAK_ALIAS, w, seen, given);
                byName.putIfAbsent(n.value(), tokens);
                ek.add(sortedKey(tokens));
                for (String t : tokens) {
                    ek.add("w:" + t);
                }
                List<String> folded = NameTokens.fold(n.value());
                for (int i = 1; i < folded.size(); i++) {
                    p.add(folded.get(i - 1) + ' ' + folded.get(i));
                }
            }
            for (Identifier id : e.identifiers(IdType.IMO)) {
                imo.computeIfAbsent(id.normalizedValue(), k -> new ArrayList<>(2)).add(e);
            }
        }
        this.words = w;
        this.pairs = p;
        this.byImo = imo;
        this.nameKeys = keys;
        this.tokensByName = byName;
        this.pepOnly = Set.copyOf(peps);
        this.roleText = roles;
        this.givenNamesBySurname = given;
    }

    /**
     * Whether the entity is politically exposed and not sanctioned: on a list of politicians (OpenSanctions' PEP
     * data, {@value #PEP_TOPIC}) with no sanction.
     */
    boolean isPepOnly(String entityId) {
        return pepOnly.contains(entityId);
    }

    /** A listed name's tokens after the whole chain ({@link NameTokens#of}), looked up for names of the snapshot. */
    List<String> tokensOf(String listedName) {
        List<String> t = tokensByName.get(listedName);
        return t != null ? t : NameTokens.of(listedName);
    }

    /** The tokens sorted and joined by one space: the key of a name regardless of word order. */
    static String sortedKey(List<String> tokens) {
        List<String> t = new ArrayList<>(tokens);
        t.sort(null);
        return String.join(" ", t);
    }

    /** Whether one of the entity's names has exactly these tokens, in any order ({@link #sortedKey}). */
    boolean hasName(String entityId, String sortedKey) {
        Set<String> k = nameKeys.get(entityId);
        return k != null && k.contains(sortedKey);
    }

    /** Whether one of the entity's names has the folded word. */
    boolean hasWord(String entityId, String word) {
        Set<String> k = nameKeys.get(entityId);
        return k != null && k.contains("w:" + word);
    }

    /**
     * How many listed people of different given names carry {@code surname} (folded): Ivanov is the surname of
     * people called Andrey, Sergei, Viktor… on the lists; Putin of three; Sechin of one. Tells a common surname.
     * 0 for a word the lists use as a given name more often than as a surname.
     */
    int givenNamesWith(String surname) {
        int[] s = words.get(surname);
        if (s == null || s[3] < s[2]) {
            return 0; // used as a given name more often than as a surname ("vladimir")
        }
        Set<String> g = givenNamesBySurname.get(surname);
        return g == null ? 0 : g.size();
    }

    private static List<String> addName(Schema schema, String value, boolean weak, Map<String, int[]> w, Set<String> seenInEntity,
                                        Map<String, Set<String>> givenBySurname) {
        List<String> tokens = NameTokens.of(value);
        int surnameFrom = 0;
        int surnameTo = tokens.size();
        if (schema == Schema.PERSON) {
            int comma = value.indexOf(',');
            if (comma > 0) {
                surnameTo = Math.min(tokens.size(), NameTokens.of(value.substring(0, comma)).size());
            } else {
                surnameFrom = tokens.size() - 1;
            }
        }
        if (schema == Schema.PERSON) {
            tallyGivenName(value, tokens, givenBySurname);
        }
        for (int i = 0; i < tokens.size(); i++) {
            int flag;
            if (schema == Schema.PERSON) {
                flag = i >= surnameFrom && i < surnameTo ? SURNAME : GIVEN;
            } else if (schema == Schema.VESSEL) {
                flag = VESSEL;
            } else {
                flag = ORGANISATION;
            }
            int[] s = w.computeIfAbsent(tokens.get(i), k -> new int[4]);
            s[0] |= flag | (tokens.size() == 1 && !weak ? SOLE : 0); // a weak alias alone names nobody in free text
            if (seenInEntity.add(tokens.get(i))) {
                s[1]++;
            }
            if (flag == GIVEN) {
                s[2]++;
            } else if (flag == SURNAME) {
                s[3]++;
            }
        }
        return tokens;
    }

    /**
     * Notes the first given name of a person's name under its surname, where the list writes which word is the
     * surname: before a comma ("IVANOV, Andrey Nikolayevich") or as the one word in capitals ("Andrey Nikolaevich
     * IVANOV"). Names that do not say ("Путин Владимир Владимирович") are left out.
     */
    private static void tallyGivenName(String value, List<String> tokens, Map<String, Set<String>> givenBySurname) {
        List<String> surname;
        int comma = value.indexOf(',');
        if (comma > 0) {
            surname = NameTokens.of(value.substring(0, comma));
        } else {
            String capitals = null;
            for (String raw : value.split("\\s+")) {
                boolean upper = raw.codePoints().anyMatch(Character::isLetter)
                        && raw.equals(raw.toUpperCase(Locale.ROOT)) && !raw.equals(raw.toLowerCase(Locale.ROOT));
                if (upper) {
                    if (capitals != null) {
                        return; // all capitals, or two words in capitals: the list does not say
                    }
                    capitals = raw;
                }
            }
            if (capitals == null) {
                return;
            }
            surname = NameTokens.of(capitals);
        }
        String given = tokens.stream().filter(t -> !surname.contains(t)).findFirst().orElse(null);
        if (given == null) {
            return;
        }
        // spellings of one given name count once (Gennady, Gennadiy; Andrey, Andrei): keep the first letters
        String key = given.substring(0, given.offsetByCodePoints(0, Math.min(GIVEN_NAME_KEY_LETTERS, given.codePointCount(0, given.length()))));
        for (String t : surname) {
            givenBySurname.computeIfAbsent(t, k -> new HashSet<>(4)).add(key);
        }
    }

    /** The flags of a folded word, 0 when no listed name has it. */
    int flags(String folded) {
        int[] s = words.get(folded);
        return s == null ? 0 : s[0];
    }

    /** How many listed entities have the folded word in one of their names. */
    int entityCount(String folded) {
        int[] s = words.get(folded);
        return s == null ? 0 : s[1];
    }

    /**
     * Whether a folded word can name a listed party on its own: a whole listed name ("Gazprom"), or a word
     * the lists use as a surname at least as often as a given name ("Putin" yes, "Alexei" no). A word that is
     * only part of organisation names ("Bank", "Deutsche") cannot.
     */
    boolean canStandAlone(String folded) {
        int[] s = words.get(folded);
        return s != null && ((s[0] & SOLE) != 0 || ((s[0] & SURNAME) != 0 && s[3] >= s[2]));
    }

    /**
     * Whether the lists use a folded word as a person's given name more often than as a surname, and never in an
     * organisation's or a vessel's name: "jean", "claude", "mohammed"; not "putin", "bank".
     */
    boolean isMostlyGivenName(String folded) {
        int[] s = words.get(folded);
        return s != null && (s[0] & (ORGANISATION | VESSEL)) == 0 && s[2] > s[3];
    }

    /** A listed person's positions and reasons for listing, in lower case; empty when the lists give none. */
    String roleText(String entityId) {
        return roleText.getOrDefault(entityId, "");
    }

    boolean contains(String folded) {
        return words.containsKey(folded);
    }

    /** Whether a listed name has folded word {@code b} right after {@code a}. */
    boolean follows(String a, String b) {
        return pairs.contains(a + ' ' + b);
    }

    /** The entities listing an IMO number (digits only), or an empty list. */
    List<Entity> byImo(String digits) {
        return byImo.getOrDefault(digits, List.of());
    }

    int size() {
        return words.size();
    }
}
