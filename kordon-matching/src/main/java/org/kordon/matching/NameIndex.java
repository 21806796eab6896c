package org.kordon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kordon.model.Address;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.Identifier;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;

/**
 * Everything precomputed from a snapshot for screening: each listed name analysed once, a dictionary of
 * distinct words with their IDF weights and postings, the keys that link spelling variants, and the
 * identifiers. Immutable after construction, so shared freely between threads.
 */
final class NameIndex {
    /*
     * Layout: names and words are ints. A name id indexes nameEntity/nameKind/nameTokens...; a word id
     * indexes words/idf/postings. keyWords maps each PhoneticKeys key to the word ids filed under it (hashed,
     * see KeyTable); a query word looks up its own keys there to find the words it is linked to, and their postings give
     * the candidate names. concatNames files each pair of adjacent words of a name joined ("abubakr" for
     * "abu bakr"), so a query that writes them as one word finds it.
     */
    static final NameKind[] KINDS = NameKind.values();
    /**
     * The most a place name ({@code NameAnalyzer#isPlaceName}) weighs: that of a word in about one name in ten.
     * "Georgia" says where a bank is, not which bank: "Bank of Georgia" must not be "VTB Bank Georgia".
     */
    static final double PLACE_IDF = 2.5;

    final Entity[] entities;
    final String[][] entityCountries;

    /** The names of entity e are the ids entityNameStart[e] until entityNameStart[e + 1]. */
    final int[] entityNameStart;
    final int[] nameEntity;
    final byte[] nameKind;
    final String[] nameDisplay;
    final String[] nameLatin;
    final int[][] nameTokens;
    /**
     * Per name, its spellings: each token as the list wrote it before folding ({@link AnalyzedName#unfolded()}), once
     * per name of the entity that analyses to the same tokens (the Latin and the Cyrillic of one name). The scorer
     * tells an exact spelling from a folded one by them.
     */
    final String[][][] nameUnfolded;
    /** Per entity, the distinct legal forms its names carry ({@link AnalyzedName#legalForms()}) as {@link SecondaryEvidence#formKey}s, sorted; often empty. */
    final String[][] entityLegalForms;
    /** Per name: whether its entity is a person, and how many of its words are neither patronymics nor initials. */
    final boolean[] namePerson;
    final int[] nameFullWords;
    final boolean[] nameHasInitial;
    /** Per name, bit c - 'a' set when a word starts with letter c / when the one-letter word c is in it. */
    final int[] nameFirstLetters;
    final int[] nameLetterWords;

    final String[] words;
    final float[] idf;
    final int[][] postings;
    final boolean[] patronymic;
    /** Per word: a canonical organisation word (group, plant, bank), common to many organisations' names. */
    final boolean[] organisationWord;
    final String[] metaphone;
    final String[] skeleton;
    final float maxIdf;
    final Map<String, Integer> wordId;
    final KeyTable keyWords;
    final Map<String, int[]> concatNames;
    final Map<String, int[]> identifierEntities;

    NameIndex(ListSnapshot snapshot, NameAnalyzer analyzer) {
        List<Entity> list = snapshot.entities();
        entities = list.toArray(Entity[]::new);
        entityCountries = new String[entities.length][];
        IntList ne = new IntList(list.size() * 3);
        List<Byte> kinds = new ArrayList<>();
        List<String> display = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        List<int[]> toks = new ArrayList<>();
        List<List<String[]>> unfoldedList = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String> wordList = new ArrayList<>();
        List<IntList> post = new ArrayList<>();
        Map<String, IntList> concat = new HashMap<>();
        Map<String, IntList> idents = new HashMap<>();
        Map<String, AnalyzedName> cache = new HashMap<>();
        entityNameStart = new int[entities.length + 1];
        entityLegalForms = new String[entities.length][];
        for (int e = 0; e < entities.length; e++) {
            Set<String> forms = new java.util.TreeSet<>();
            Entity entity = entities[e];
            entityNameStart[e] = display.size();
            entityCountries[e] = countries(entity);
            for (Identifier identifier : entity.identifiers()) {
                String key = identifierKey(identifier.type(), identifier.value());
                if (key != null) {
                    idents.computeIfAbsent(key, k -> new IntList(1)).add(e);
                }
            }
            Map<List<String>, Integer> seen = new HashMap<>();
            for (NameKind kind : new NameKind[] {NameKind.PRIMARY, NameKind.ALIAS, NameKind.ORIGINAL_SCRIPT,
                    NameKind.PREVIOUS, NameKind.WEAK_ALIAS}) {
                for (Name name : entity.names()) {
                    if (name.kind() != kind) {
                        continue;
                    }
                    for (String written : ParenthesisedPart.forms(name.value(), analyzer)) {
                        AnalyzedName a = cache.computeIfAbsent((entity.schema() == org.kordon.model.Schema.PERSON ? "P\t" : "\t") + written,
                                k -> analyzer.analyze(written, entity.schema()));
                        for (String form : a.legalForms()) {
                            forms.add(SecondaryEvidence.formKey(form));
                        }
                        if (a.tokens().isEmpty()) {
                            continue;
                        }
                        Integer same = seen.putIfAbsent(a.tokens(), display.size());
                        if (same != null) {
                            unfoldedList.get(same).add(unfolded(a));
                            continue;
                        }
                        int nameId = display.size();
                        int[] t = new int[a.tokens().size()];
                        for (int i = 0; i < t.length; i++) {
                            String w = a.tokens().get(i);
                            Integer id = ids.get(w);
                            if (id == null) {
                                id = wordList.size();
                                ids.put(w, id);
                                wordList.add(w);
                                post.add(new IntList(2));
                            }
                            t[i] = id;
                            IntList p = post.get(id);
                            if (p.size() == 0 || p.get(p.size() - 1) != nameId) {
                                p.add(nameId);
                            }
                        }
                        for (int i = 0; i + 1 < t.length; i++) {
                            concat.computeIfAbsent(a.tokens().get(i) + a.tokens().get(i + 1), k -> new IntList(1)).add(nameId);
                        }
                        ne.add(e);
                        kinds.add((byte) kind.ordinal());
                        display.add(name.value());
                        latin.add(a.latin());
                        toks.add(t);
                        unfoldedList.add(new ArrayList<>(List.<String[]>of(unfolded(a))));
                    }
                }
            }
            entityLegalForms[e] = forms.toArray(String[]::new);
            if (display.size() == entityNameStart[e]) { // no name has a word ("---"): keep one that matches nothing
                ne.add(e);
                kinds.add((byte) entity.names().get(0).kind().ordinal());
                display.add(entity.names().get(0).value());
                latin.add(analyzer.analyze(entity.names().get(0).value()).latin());
                toks.add(new int[0]);
                unfoldedList.add(List.<String[]>of(new String[0]));
            }
        }
        entityNameStart[entities.length] = display.size();
        nameEntity = ne.toArray();
        nameKind = new byte[kinds.size()];
        nameHasInitial = new boolean[kinds.size()];
        for (int i = 0; i < nameKind.length; i++) {
            nameKind[i] = kinds.get(i);
        }
        nameDisplay = display.toArray(String[]::new);
        nameLatin = latin.toArray(String[]::new);
        nameTokens = toks.toArray(int[][]::new);
        nameUnfolded = new String[unfoldedList.size()][][];
        for (int i = 0; i < nameUnfolded.length; i++) {
            nameUnfolded[i] = unfoldedList.get(i).toArray(String[][]::new);
        }

        words = wordList.toArray(String[]::new);
        idf = new float[words.length];
        postings = new int[words.length][];
        patronymic = new boolean[words.length];
        organisationWord = new boolean[words.length];
        metaphone = new String[words.length];
        skeleton = new String[words.length];
        double n = Math.max(1, nameTokens.length);
        float max = (float) Math.log(1 + n);
        for (int w = 0; w < words.length; w++) {
            postings[w] = post.get(w).toArray();
            idf[w] = (float) Math.log(1 + n / postings[w].length);
            if (analyzer.isPlaceName(words[w])) {
                idf[w] = Math.min(idf[w], (float) PLACE_IDF);
            }
            patronymic[w] = isPatronymic(words[w]);
            organisationWord[w] = analyzer.isOrganisationWord(words[w]);
            metaphone[w] = words[w].length() < PhoneticKeys.MIN_FUZZY_LENGTH ? "" : PhoneticKeys.metaphone(words[w]);
            skeleton[w] = PhoneticKeys.skeleton(words[w]);
        }
        namePerson = new boolean[nameTokens.length];
        nameFullWords = new int[nameTokens.length];
        for (int i = 0; i < nameTokens.length; i++) {
            namePerson[i] = entities[nameEntity[i]].schema() == org.kordon.model.Schema.PERSON;
            for (int w : nameTokens[i]) {
                nameFullWords[i] += patronymic[w] || words[w].length() == 1 ? 0 : 1;
            }
        }
        nameFirstLetters = new int[nameTokens.length];
        nameLetterWords = new int[nameTokens.length];
        for (int i = 0; i < nameTokens.length; i++) {
            for (int w : nameTokens[i]) {
                nameHasInitial[i] |= words[w].length() == 1;
                nameFirstLetters[i] |= letterBit(words[w].charAt(0));
                if (words[w].length() == 1) {
                    nameLetterWords[i] |= letterBit(words[w].charAt(0));
                }
            }
        }
        maxIdf = max;
        wordId = Map.copyOf(ids);
        keyWords = keyTable(words);
        concatNames = freeze(concat);
        identifierEntities = freeze(idents);
    }

    /** The name's tokens as written, one per token (the folded token where the analysis kept no written form). */
    private static String[] unfolded(AnalyzedName a) {
        String[] u = new String[a.tokens().size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = i < a.unfolded().size() ? a.unfolded().get(i) : a.tokens().get(i);
        }
        return u;
    }

    private static KeyTable keyTable(String[] words) {
        long[][] pairs = {new long[Math.max(16, words.length * 16)]};
        int[] count = {0};
        for (int w = 0; w < words.length; w++) {
            final int id = w;
            PhoneticKeys.keys(words[w], (PhoneticKeys.KeySink) (key, length) -> {
                if (count[0] == pairs[0].length) {
                    pairs[0] = Arrays.copyOf(pairs[0], count[0] * 2);
                }
                pairs[0][count[0]++] = KeyTable.pack(KeyTable.hash(key, length), id);
            });
        }
        return new KeyTable(pairs[0], count[0]);
    }

    private static Map<String, int[]> freeze(Map<String, IntList> m) {
        Map<String, int[]> out = HashMap.newHashMap(m.size());
        m.forEach((k, v) -> out.put(k, v.toSortedSet()));
        return out;
    }

    /** The bit of a letter a-z in the letter masks; every other character shares bit 26. */
    static int letterBit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
    }

    int nameCount() {
        return nameTokens.length;
    }

    NameKind kind(int nameId) {
        return KINDS[nameKind[nameId]];
    }

    /**
     * The key identifiers are compared by: letters and digits upper-cased, an IMO's "IMO" prefix removed;
     * null for values under 4 characters, which collide by chance.
     */
    static @Nullable String identifierKey(@Nullable IdType type, String value) {
        String v = Identifier.normalize(type == null ? IdType.OTHER : type, value);
        if (v.startsWith("IMO") && v.length() == 10) {
            v = v.substring(3);
        }
        return v.length() < 4 ? null : v;
    }

    /** Patronymics and their Turkic forms: -ovich, -evich, -ovna, -evna, -ichna, -uly, -kyzy, -ogly... */
    static boolean isPatronymic(String w) {
        return PhoneticKeys.patronymicStem(w) != null;
    }

    private static String[] countries(Entity e) {
        Set<String> s = new java.util.TreeSet<>();
        s.addAll(e.nationalities());
        s.addAll(e.countries());
        for (Address a : e.addresses()) {
            if (a.country() != null) {
                s.add(a.country());
            }
        }
        if (e.vessel() != null && e.vessel().flag() != null) {
            s.add(e.vessel().flag());
        }
        s.removeIf(c -> c.length() != 2);
        return s.toArray(String[]::new);
    }
}
