package org.kordon.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.Schema;

/**
 * Lists of {@code factor} times the size of a real snapshot, made of its own names: each copy of an entity gets a
 * new id and every one of its names changed as lists and users change names, so that the words, their frequencies
 * and the lengths of the postings grow as they would on a larger real collection (OpenSanctions' over a million
 * entities), not as exact duplicates.
 *
 * <p>Each name of a copy gets one or two of: a transliteration variant (Mohammad / Muhammad, -ov / -off, sh / ch,
 * kh / h...), its words in another order, one given name replaced by a given name of another listed person, a typo
 * (a letter swapped, dropped, doubled or changed), or its words recombined with those of another entity of the same
 * kind (the first word of one, the rest of another). Copies keep the schema, birth dates, nationalities and
 * countries, and drop identifiers (a copy sharing a passport number with its original is no realistic entity).
 * Deterministic for a seed.
 */
final class ScaleLists {
    /** Spelling variants written the way lists write the same name in Latin (regex, replacement). */
    private static final String[][] VARIANTS = {
        {"(?i)moham+[ae]d", "Muhammad"}, {"(?i)muham+[ae]d", "Mohammed"}, {"(?i)ahmed", "Ahmad"}, {"(?i)ahmad", "Akhmed"},
        {"(?i)abd[eu]l", "Abdel"}, {"(?i)\\bal-", "el-"}, {"(?i)\\bel-", "al-"}, {"(?i)ov\\b", "off"}, {"(?i)ev\\b", "yev"},
        {"(?i)sh", "ch"}, {"(?i)kh", "h"}, {"(?i)y", "i"}, {"(?i)ou", "u"}, {"(?i)j", "dzh"}, {"(?i)ei", "ey"},
        {"(?i)ch", "tch"}, {"(?i)ph", "f"}, {"(?i)c", "k"}, {"(?i)w", "v"}, {"(?i)ii\\b", "iy"}, {"(?i)iy\\b", "y"},
        {"(?i)ss", "s"}, {"(?i)ll", "l"}, {"(?i)oo", "u"}, {"(?i)ie", "ye"}, {"(?i)x", "ks"}, {"(?i)q", "k"},
    };

    private ScaleLists() {
    }

    /** {@code base} and {@code factor - 1} changed copies of each of its entities; {@code factor} 1 is {@code base}. */
    static ListSnapshot grow(ListSnapshot base, int factor, long seed) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, got " + factor);
        }
        if (factor == 1) {
            return base;
        }
        List<Entity> es = base.entities();
        List<String> givenNames = givenNames(es);
        Random r = new Random(seed);
        List<Entity> out = new ArrayList<>(es.size() * factor);
        out.addAll(es);
        for (int c = 1; c < factor; c++) {
            for (Entity e : es) {
                List<Name> names = new ArrayList<>(e.names().size());
                for (Name n : e.names()) {
                    String v = change(n.value(), e, es, givenNames, r);
                    if (r.nextInt(3) == 0) {
                        v = change(v, e, es, givenNames, r);
                    }
                    names.add(new Name(v, n.kind(), n.lang()));
                }
                out.add(new Entity(e.id() + "~" + c, e.schema(), names, e.birthDates(), e.birthPlaces(),
                        e.nationalities(), e.countries(), List.of(), List.of(), null, e.sanctions(), e.gender(),
                        List.of(), List.of(), e.source()));
            }
        }
        return new ListSnapshot(base.sources(), out);
    }

    private static String change(String name, Entity e, List<Entity> es, List<String> givenNames, Random r) {
        List<String> w = new ArrayList<>(Arrays.asList(name.split(" ")));
        return switch (r.nextInt(5)) {
            case 0 -> variant(name, w, r);
            case 1 -> w.size() > 1 ? rotated(w, r) : typo(w, r);
            case 2 -> e.schema() == Schema.PERSON && w.size() > 1 && !givenNames.isEmpty()
                    ? replaced(w, givenNames, r) : typo(w, r);
            case 3 -> recombined(w, e, es.get(r.nextInt(es.size())), r);
            default -> typo(w, r);
        };
    }

    /** A transliteration variant; a typo when no rule applies to the name. */
    private static String variant(String name, List<String> w, Random r) {
        String[] v = VARIANTS[r.nextInt(VARIANTS.length)];
        String changed = name.replaceFirst(v[0], v[1]);
        return changed.equals(name) ? typo(w, r) : changed;
    }

    private static String rotated(List<String> w, Random r) {
        java.util.Collections.rotate(w, 1 + r.nextInt(w.size() - 1));
        return String.join(" ", w);
    }

    /** A given name (any word but the first) replaced by one of {@code givenNames}. */
    private static String replaced(List<String> w, List<String> givenNames, Random r) {
        int at = r.nextInt(w.size() - 1) + 1; // drawn before the name, as the measured runs did
        w.set(at, givenNames.get(r.nextInt(givenNames.size())));
        return String.join(" ", w);
    }

    /** The first word of this name, the rest of {@code other}'s primary name when it is of the same kind. */
    private static String recombined(List<String> w, Entity e, Entity other, Random r) {
        if (other.schema() != e.schema() || w.size() < 2) {
            return typo(w, r);
        }
        String[] o = other.names().get(0).value().split(" ");
        List<String> mixed = new ArrayList<>();
        mixed.add(w.get(0));
        mixed.addAll(Arrays.asList(o).subList(Math.min(1, o.length - 1), o.length));
        return String.join(" ", mixed);
    }

    /** One typo in a word of four letters or more: two letters swapped, one dropped, doubled or changed. */
    private static String typo(List<String> w, Random r) {
        int i = r.nextInt(w.size());
        for (int tries = 0; tries < w.size() && w.get(i).length() < 4; tries++) {
            i = (i + 1) % w.size();
        }
        String t = w.get(i);
        if (t.length() < 4 || t.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
            return String.join(" ", w);
        }
        int k = 1 + r.nextInt(t.length() - 2);
        char[] c = t.toCharArray();
        String changed = switch (r.nextInt(4)) {
            case 0 -> t.substring(0, k) + c[k + 1] + c[k] + t.substring(k + 2);
            case 1 -> t.substring(0, k) + t.substring(k + 1);
            case 2 -> t.substring(0, k) + c[k] + t.substring(k);
            default -> t.substring(0, k) + (Character.isUpperCase(c[k]) ? "AEIOUNRST" : "aeiounrst").charAt(r.nextInt(9))
                    + t.substring(k + 1);
        };
        w.set(i, changed);
        return String.join(" ", w);
    }

    /** The words of listed persons' names written in Latin, given names and surnames alike, each once. */
    private static List<String> givenNames(List<Entity> es) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (Entity e : es) {
            if (e.schema() == Schema.PERSON) {
                for (String t : e.names().get(0).value().replace(",", "").split(" ")) {
                    if (t.length() > 2 && t.chars().allMatch(ch -> ch < 0x250 && Character.isLetter(ch))) {
                        words.add(t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }
}
