package org.kordon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Step 4b of name analysis: replaces a folded word by the canonical word of its equivalence class, read from
 * a versioned resource file, so that one name written in two languages gives one key.
 *
 * <p>With {@code given-names.txt}, {@code apply("evhen")} ("Євген") and {@code apply("evgeni")} ("Evgeny") are
 * both {@code "evgeni"}; with {@code organisation-words.txt}, {@code apply("zavod")} ("завод") is
 * {@code "plant"}. A patronymic of a given name of the file becomes the canonical name's Russian patronymic:
 * {@code "evhenovich"} ("Євгенович") gives {@code "evgenievich"} and {@code "uladzimiravich"} ("Уладзiмiравiч")
 * gives {@code "vladimirovich"}, so the Russian spelling, as lists write it, is left as it was (a typo in it
 * still finds it). A word of no class is returned as it is (the same instance).
 *
 * <p>File format: one class a line, {@code canonical: variant, variant, ...} (in a file of organisation words, a
 * variant may be two words: {@code machine building}, see {@link #joinPairs}); a given name whose
 * patronymics do not follow the usual rule ({@link #russianPatronymics}) names them after it
 * ({@code igor igorevich igorevna: ...}); {@code #} starts a comment.
 * Every entry is analysed by the chain's steps 1-4, so a variant may be written in any script and
 * spelling. Immutable and thread-safe.
 */
final class WordEquivalents {
    /*
     * Only whole words are mapped: inflected forms the lists use (компаний, завода) are listed as variants.
     * The canonical word of an organisation class is the English word, as the English lists write it, so that
     * the Latin primary name and the Russian alias of one company share their words.
     */
    private static final String[] MALE_PATRONYMIC = {"ievich", "ovich", "evich", "avich", "ich"};
    private static final String[] FEMALE_PATRONYMIC = {"ievna", "ovna", "evna", "ivna", "auna", "avna", "vna"};

    private final Map<String, String> canonical;
    /** Canonical given name -> its Russian patronymics, male and female, folded; empty without patronymics. */
    private final Map<String, String[]> patronymicsOf;
    /** Two-word variants, "first second" (folded) -> canonical word. */
    private final Map<String, String> pairs;

    private WordEquivalents(Map<String, String> canonical, Map<String, String[]> patronymicsOf, Map<String, String> pairs) {
        this.canonical = canonical;
        this.patronymicsOf = patronymicsOf;
        this.pairs = pairs;
    }

    /**
     * Reads an equivalence file from the classpath, analysing every entry with {@code analyse}; with
     * {@code patronymics}, the file holds given names and their patronymics are rewritten too.
     */
    static WordEquivalents fromResource(String resource, Function<String, List<String>> analyse, boolean patronymics) {
        Map<String, String> map = new HashMap<>();
        Map<String, String[]> pats = new HashMap<>();
        Map<String, String> twoWords = new HashMap<>();
        try (InputStream in = WordEquivalents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected 'canonical: variants', got '" + l + "'");
                }
                List<String> head = analyse.apply(l.substring(0, colon).strip());
                if (head.size() != 1 && head.size() != 3) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected 'name' or"
                            + " 'name male-patronymic female-patronymic' before ':', got '" + l.substring(0, colon) + "'");
                }
                String canon = head.get(0);
                map.put(canon, canon);
                if (patronymics) {
                    pats.put(canon, head.size() == 3 ? new String[] {head.get(1), head.get(2)} : russianPatronymics(canon));
                }
                for (String variant : l.substring(colon + 1).split(",")) {
                    if (!variant.isBlank()) {
                        List<String> words = analyse.apply(variant.strip());
                        if (words.size() == 2 && !patronymics) {
                            String before = twoWords.put(words.get(0) + " " + words.get(1), canon);
                            if (before != null && !before.equals(canon)) {
                                throw new IllegalStateException(resource + " line " + lineNo + ": '" + variant.strip()
                                        + "' is already a variant of '" + before + "'");
                            }
                            continue;
                        }
                        String v = oneWord(analyse, variant, resource, lineNo);
                        String before = map.put(v, canon);
                        if (before != null && !before.equals(canon)) {
                            throw new IllegalStateException(resource + " line " + lineNo + ": '" + variant.strip()
                                    + "' is already a variant of '" + before + "'");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new WordEquivalents(Map.copyOf(map), Map.copyOf(pats), Map.copyOf(twoWords));
    }

    /**
     * The usual Russian patronymics of a folded given name: {@code evgeni -> evgenievich, evgenievna};
     * {@code sergei -> sergevich} (Sergeevich folded); {@code vladimir -> vladimirovich}.
     */
    static String[] russianPatronymics(String name) {
        String stem;
        String vowel;
        if (name.endsWith("ei") || name.endsWith("ai")) {
            stem = name.substring(0, name.length() - 1);
            vowel = "e";
        } else if (name.endsWith("i")) {
            stem = name;
            vowel = "e";
        } else {
            stem = name;
            vowel = "o";
        }
        return new String[] {RomanisationFolder.fold(stem + vowel + "vich"), RomanisationFolder.fold(stem + vowel + "vna")};
    }

    private static String oneWord(Function<String, List<String>> analyse, String entry, String resource, int lineNo) {
        List<String> words = analyse.apply(entry.strip());
        if (words.size() != 1) {
            throw new IllegalStateException(resource + " line " + lineNo + ": '" + entry.strip() + "' is not one word");
        }
        return words.get(0);
    }

    /**
     * Replaces each two adjacent words that are a two-word variant by its canonical word, in {@code words} (folded)
     * and, joined as written, in {@code shown} (the same words before folding, "machinebuilding"): {@code [machine, building, plant]}
     * becomes {@code [machinery, plant]}. Both lists must be modifiable and of the same size.
     */
    void joinPairs(List<String> words, List<String> shown) {
        if (pairs.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String c = pairs.get(words.get(i) + " " + words.get(i + 1));
            if (c != null) {
                words.set(i, c);
                words.remove(i + 1);
                shown.set(i, shown.get(i) + shown.get(i + 1));
                shown.remove(i + 1);
            }
        }
    }

    /** Whether {@code word} is the canonical word of a class ({@code group}, {@code plant}, {@code bank}). */
    boolean isCanonical(String word) {
        return canonical.containsValue(word);
    }

    /** The canonical word of {@code word}'s class, or {@code word} itself. */
    String apply(String word) {
        String c = canonical.get(word);
        if (c != null) {
            return c;
        }
        if (!patronymicsOf.isEmpty() && word.length() >= 6) {
            String p = patronymic(word, MALE_PATRONYMIC, 0);
            return p != null ? p : (p = patronymic(word, FEMALE_PATRONYMIC, 1)) != null ? p : word;
        }
        return word;
    }

    private @Nullable String patronymic(String word, String[] endings, int sex) {
        for (String end : endings) {
            if (word.endsWith(end) && word.length() - end.length() >= 3) {
                String name = canonical.get(word.substring(0, word.length() - end.length()));
                String[] forms = name == null ? null : patronymicsOf.get(name);
                if (forms != null) {
                    return forms[sex];
                }
            }
        }
        return null;
    }
}
