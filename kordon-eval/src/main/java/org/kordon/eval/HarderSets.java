package org.kordon.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;

/**
 * The harder labelled sets of issue 18, drawn from one real list each, with fixed seeds.
 *
 * <ul>
 *   <li>{@link #extraWords}: a listed person's name with one word more than the list has: a word from the entity's
 *       own other names ({@code extra-word-alias}), a second surname taken from another listed person
 *       ({@code extra-word-surname}), or the birth place ({@code extra-word-place}).</li>
 *   <li>{@link #translatedOrganisations}: organisations named in two languages (the EU and UK files carry a Russian
 *       name and its English translation): one name is held out, and it shares under half of its
 *       words with every remaining name (so it is a translation, not a spelling).</li>
 *   <li>{@link #arabicParticles}: listed Arabic names with one particle rewritten (al-/el-/Al /joined, bin/ibn,
 *       abu/abou, abdel/abd al/abdul).</li>
 *   <li>{@link #romanisations}: Cyrillic originals of listed people, romanised with the German (Duden) and French
 *       tables of {@link Romaniser}.</li>
 * </ul>
 * Every generator here works on the list's text with its own small rules (word splitting, the romanisation
 * tables, the particle rewrites); none calls Kordon's normaliser, so the cases do not share the matcher's blind
 * spots. A variant equal to one of the entity's listed names (compared letters and digits only, case-folded) is
 * never used: it would test nothing.
 */
final class HarderSets {
    private HarderSets() {
    }

    /** Schema group of an entity, used as a tag: person, organisation, vessel or other. */
    static String schemaGroup(Schema s) {
        if (s == null) {
            return "other";
        }
        return switch (s) {
            case PERSON -> "person";
            case VESSEL -> "vessel";
            case ORGANIZATION, COMPANY, PUBLIC_BODY, LEGAL_ENTITY -> "organisation";
            default -> "other";
        };
    }

    /**
     * Tags for a held-out alias: its schema group, {@code <group>/multi-word} when it has two words or more, and
     * {@code <group>/extra-word} when it has more words than every remaining name of the entity.
     */
    static List<String> heldOutTags(Entity e, String query, List<Name> remaining) {
        String group = schemaGroup(e.schema());
        List<String> tags = new ArrayList<>(List.of(group));
        int n = words(query).size();
        if (n >= 2) {
            tags.add(group + "/multi-word");
        }
        if (remaining.stream().allMatch(nm -> words(nm.value()).size() < n)) {
            tags.add(group + "/extra-word");
        }
        return tags;
    }

    /** Up to {@code n} listed people's names with one extra word, a third of each kind, chosen with {@code seed}. */
    public static List<EvalCase> extraWords(ListSnapshot s, int n, long seed) {
        List<Entity> people = new ArrayList<>(s.entities().stream()
                .filter(e -> e.schema() == Schema.PERSON && isLatin(e.caption()) && words(e.caption()).size() >= 2).toList());
        List<String> surnames = new ArrayList<>();
        for (Entity e : people) {
            int comma = e.caption().indexOf(',');
            if (comma > 0 && words(e.caption().substring(0, comma)).size() == 1 && e.caption().substring(0, comma).strip().length() >= 4) {
                surnames.add(e.caption().substring(0, comma).strip());
            }
        }
        Collections.shuffle(people, new Random(seed));
        Random r = new Random(seed + 1);
        List<EvalCase> out = new ArrayList<>();
        int kind = 0;
        for (Entity e : people) {
            if (out.size() >= n) {
                break;
            }
            String caption = e.caption();
            Set<String> own = new HashSet<>(words(caption));
            String query = null;
            String category = null;
            for (int attempt = 0; attempt < 3 && query == null; attempt++, kind++) {
                switch (kind % 3) {
                    case 0 -> {
                        List<String> extra = new ArrayList<>();
                        for (Name nm : e.names()) {
                            if (isLatin(nm.value())) {
                                for (String w : words(nm.value())) {
                                    if (w.length() >= 4 && own.stream().noneMatch(o -> sharesPrefix(o, w))) {
                                        extra.add(w);
                                    }
                                }
                            }
                        }
                        if (!extra.isEmpty()) {
                            query = caption + " " + capitalise(extra.get(r.nextInt(extra.size())));
                            category = "extra-word-alias";
                        }
                    }
                    case 1 -> {
                        int comma = caption.indexOf(',');
                        if (comma > 0 && !surnames.isEmpty()) {
                            String second = surnames.get(r.nextInt(surnames.size()));
                            if (own.stream().noneMatch(o -> sharesPrefix(o, second.toLowerCase(Locale.ROOT)))) {
                                query = caption.substring(0, comma).strip() + " " + second + caption.substring(comma);
                                category = "extra-word-surname";
                            }
                        }
                    }
                    default -> {
                        for (String place : e.birthPlaces()) {
                            List<String> pw = words(place);
                            if (isLatin(place) && !pw.isEmpty() && pw.get(0).length() >= 4
                                    && own.stream().noneMatch(o -> sharesPrefix(o, pw.get(0)))) {
                                query = caption + " " + capitalise(pw.get(0));
                                category = "extra-word-place";
                                break;
                            }
                        }
                    }
                }
            }
            if (query != null && !listedSpelling(e, query)) {
                out.add(new EvalCase(category, query, Schema.PERSON, Set.of(e.id()), "from " + caption));
            }
        }
        return out;
    }

    /**
     * Holds out one name (Latin or Cyrillic, two words or more) of up to {@code n} organisations that keep a name
     * in the other script, where the held-out name shares under half of its words with every remaining name
     * (Cyrillic names compared through their romanisation): a translation, not a transliteration. Returns the list
     * without those names and the queries.
     */
    public static EvalSets.HeldOut translatedOrganisations(ListSnapshot s, int n, long seed) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.entities().size(); i++) {
            Entity e = s.entities().get(i);
            if ("organisation".equals(schemaGroup(e.schema())) && e.names().size() >= 2) {
                candidates.add(i);
            }
        }
        Collections.shuffle(candidates, new Random(seed));
        Random r = new Random(seed + 1);
        Map<Integer, Entity> replaced = new LinkedHashMap<>();
        List<EvalCase> cases = new ArrayList<>();
        for (int idx : candidates) {
            if (cases.size() >= n) {
                break;
            }
            Entity e = s.entities().get(idx);
            List<Name> strong = e.names().stream().filter(nm -> nm.kind() != NameKind.WEAK_ALIAS).toList();
            List<Name> shuffled = new ArrayList<>(strong);
            Collections.shuffle(shuffled, r);
            for (Name held : shuffled) {
                List<Name> rest = e.names().stream().filter(nm -> !nm.equals(held)).toList();
                if (rest.isEmpty() || words(held.value()).size() < 2 || (!isLatin(held.value()) && !Romaniser.isCyrillic(held.value()))) {
                    continue;
                }
                boolean otherScript = rest.stream().anyMatch(nm -> isLatin(nm.value()) != isLatin(held.value()));
                if (!otherScript || rest.stream().anyMatch(nm -> overlap(held.value(), nm.value()) >= 0.5)) {
                    continue;
                }
                replaced.put(idx, without(e, rest));
                cases.add(new EvalCase("translated-org", held.value(), e.schema(), Set.of(e.id()), "name of " + e.caption()));
                break;
            }
        }
        List<Entity> entities = new ArrayList<>(s.entities());
        replaced.forEach(entities::set);
        return new EvalSets.HeldOut(new ListSnapshot(s.sources(), entities), cases);
    }

    /** A particle rewrite: where it applies and what it writes (in the case of the text it replaces). */
    private record Rewrite(String label, Pattern pattern, Function<MatchResult, String> replacement) {
        String applyTo(String name) {
            Matcher m = pattern.matcher(name);
            return m.find() ? m.replaceFirst(mr -> Matcher.quoteReplacement(caseLike(mr.group(), replacement.apply(mr)))) : null;
        }
    }

    private static final List<Rewrite> PARTICLE_REWRITES = List.of(
            new Rewrite("al- as el-", Pattern.compile("(?i)\\bal-(?=\\p{L})"), mr -> "el-"),
            new Rewrite("el- as al-", Pattern.compile("(?i)\\bel-(?=\\p{L})"), mr -> "al-"),
            new Rewrite("al- as 'Al '", Pattern.compile("(?i)\\b[ae]l-(?=\\p{L})"), mr -> "Al "),
            new Rewrite("al- joined", Pattern.compile("(?i)\\b([ae]l)[- ](\\p{L})"), mr -> mr.group(1) + mr.group(2).toLowerCase(Locale.ROOT)),
            new Rewrite("'Al ' as al-", Pattern.compile("(?i)\\b([ae]l) (?=\\p{L}{3})"), mr -> mr.group(1) + "-"),
            new Rewrite("bin as ibn", Pattern.compile("(?i)\\bbin\\b"), mr -> "ibn"),
            new Rewrite("ibn as bin", Pattern.compile("(?i)\\bibn\\b"), mr -> "bin"),
            new Rewrite("abu as abou", Pattern.compile("(?i)\\babu\\b"), mr -> "abou"),
            new Rewrite("abou as abu", Pattern.compile("(?i)\\babou\\b"), mr -> "abu"),
            // abdul/abdel/abd al- before a name (Abdulaziz, Abdel Ghani, Abd al-Hamid), never Abdullah/Abdallah
            // (Abd Allah, one word of its own): the name's first letter keeps the case of the particle
            new Rewrite("abdul as abd al-", Pattern.compile("(?i)\\babdul[- ]?(?!l?lah?\\b)(\\p{L})"), mr -> "abd al-" + mr.group(1)),
            new Rewrite("abdel as abdul", Pattern.compile("(?i)\\babdel[- ]?(?!l?lah?\\b)(\\p{L})"), mr -> "abdul " + mr.group(1)),
            new Rewrite("abd al- as abdel", Pattern.compile("(?i)\\babd[ -]?[ae]l[- ]?(?!l?lah?\\b)(\\p{L})"), mr -> "abdel " + mr.group(1)),
            new Rewrite("abdel joined", Pattern.compile("(?i)\\b(abd[ae]l|abdul) (?!l?lah?\\b)(\\p{L})"), mr -> mr.group(1) + mr.group(2).toLowerCase(Locale.ROOT)));

    /** The replacement in the case of what it replaces: ALL CAPS, Capitalised, or as written. */
    private static String caseLike(String original, String replacement) {
        long letters = original.codePoints().filter(Character::isLetter).count();
        if (letters >= 2 && original.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.codePointAt(0)) && !replacement.isEmpty()) {
            // Capitalised: the particle, and a name letter that follows a separator (Abd al-Hamid, Abdul Ghani)
            StringBuilder b = new StringBuilder(replacement);
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
            char last = b.charAt(b.length() - 1);
            if (b.length() >= 2 && Character.isLetter(last) && !Character.isLetter(b.charAt(b.length() - 2))) {
                b.setCharAt(b.length() - 1, Character.toUpperCase(last));
            }
            return b.toString();
        }
        return replacement;
    }

    /** Up to {@code n} listed Arabic names (people and organisations) with one particle rewritten. */
    public static List<EvalCase> arabicParticles(ListSnapshot s, int n, long seed) {
        List<Entity> entities = new ArrayList<>(s.entities().stream()
                .filter(e -> !"vessel".equals(schemaGroup(e.schema()))).toList());
        Collections.shuffle(entities, new Random(seed));
        Random r = new Random(seed + 1);
        List<EvalCase> out = new ArrayList<>();
        for (Entity e : entities) {
            if (out.size() >= n) {
                break;
            }
            List<String[]> variants = new ArrayList<>();
            for (Name nm : e.names()) {
                if (nm.kind() == NameKind.WEAK_ALIAS || !isLatin(nm.value())) {
                    continue;
                }
                for (Rewrite rw : PARTICLE_REWRITES) {
                    String v = rw.applyTo(nm.value());
                    if (v != null && !listedSpelling(e, v)) {
                        variants.add(new String[] {v, rw.label() + ": " + nm.value()});
                    }
                }
            }
            if (!variants.isEmpty()) {
                String[] v = variants.get(r.nextInt(variants.size()));
                out.add(new EvalCase("arabic-particles", v[0], e.schema(), Set.of(e.id()), v[1]));
            }
        }
        return out;
    }

    /**
     * Up to {@code n} listed people's Cyrillic names romanised the German way and up to {@code n} the French way
     * (categories {@code romanisation-german}, {@code romanisation-french}).
     */
    public static List<EvalCase> romanisations(ListSnapshot s, int n, long seed) {
        List<Entity> people = new ArrayList<>(s.entities().stream()
                .filter(e -> e.schema() == Schema.PERSON && e.names().stream().anyMatch(nm -> Romaniser.isCyrillic(nm.value())))
                .toList());
        Collections.shuffle(people, new Random(seed));
        List<EvalCase> out = new ArrayList<>();
        int german = 0;
        int french = 0;
        for (Entity e : people) {
            if (german >= n && french >= n) {
                break;
            }
            Name cyr = e.names().stream().filter(nm -> Romaniser.isCyrillic(nm.value())).findFirst().orElseThrow();
            String g = Romaniser.german(cyr.value());
            String f = Romaniser.french(cyr.value());
            if (german < n && !listedSpelling(e, g)) {
                out.add(new EvalCase("romanisation-german", g, Schema.PERSON, Set.of(e.id()), "from " + cyr.value()));
                german++;
            }
            if (french < n && !listedSpelling(e, f)) {
                out.add(new EvalCase("romanisation-french", f, Schema.PERSON, Set.of(e.id()), "from " + cyr.value()));
                french++;
            }
        }
        return out;
    }

    private static Entity without(Entity e, List<Name> rest) {
        return new Entity(e.id(), e.schema(), rest, e.birthDates(), e.birthPlaces(), e.nationalities(), e.countries(),
                e.addresses(), e.identifiers(), e.vessel(), e.sanctions(), e.gender(), e.positions(), e.remarks(), e.source());
    }

    /** True when the variant, letters and digits only and case-folded, is one of the entity's listed names. */
    static boolean listedSpelling(Entity e, String variant) {
        String key = EvalSets.squash(variant);
        return e.names().stream().anyMatch(nm -> EvalSets.squash(nm.value()).equals(key));
    }

    /**
     * Share of the first name's words (three letters or more) that begin like a word of the second: the first three
     * letters equal, after romanising a Cyrillic side with both tables and folding accents.
     */
    static double overlap(String a, String b) {
        List<String> wa = words(latin(a)).stream().filter(w -> w.length() >= 3).toList();
        if (wa.isEmpty()) {
            return 1.0;
        }
        List<String> wb = new ArrayList<>(words(latin(b)));
        if (Romaniser.isCyrillic(b)) {
            wb.addAll(words(latin(Romaniser.french(b))));
        }
        long shared = wa.stream().filter(w -> wb.stream().anyMatch(x -> sharesPrefix(w, x))).count();
        return shared / (double) wa.size();
    }

    private static String latin(String s) {
        String r = Romaniser.isCyrillic(s) ? Romaniser.german(s) : s;
        return java.text.Normalizer.normalize(r, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean sharesPrefix(String a, String b) {
        int k = Math.min(3, Math.min(a.length(), b.length()));
        return k > 0 && a.regionMatches(true, 0, b, 0, k) && Math.abs(a.length() - b.length()) <= 3;
    }

    /** Lower-cased words: runs of letters and digits. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(c);
            } else if (!b.isEmpty()) {
                out.add(b.toString());
                b.setLength(0);
            }
        });
        if (!b.isEmpty()) {
            out.add(b.toString());
        }
        return out;
    }

    /** True when every letter is Latin script (and there is at least one). */
    static boolean isLatin(String s) {
        return s.codePoints().anyMatch(Character::isLetter) && s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
