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

/**
 * Step 4b of name analysis: replaces a folded word by the canonical word of its equivalence class, read from
 * a versioned resource file, so that one name written in two languages gives one key.
 *
 * <p>With {@code given-names.txt}, {@code apply("evhen")} ("Євген") and {@code apply("evgeni")} ("Evgeny") are
 * both {@code "evgeni"}; with {@code organisation-words.txt}, {@code apply("zavod")} ("завод") is
 * {@code "plant"}. A patronymic of a given name of the file is rewritten on its canonical stem, ending
 * {@code ovich} or {@code ovna}: {@code "evhenovich"} ("Євгенович"), {@code "evgenievich"} and
 * {@code "uladzimiravich"} ("Уладзiмiравiч", with {@code vladimir}) give {@code "evgeniovich"} and
 * {@code "vladimirovich"}. A word of no class is returned as it is (the same instance).
 *
 * <p>File format: one class a line, {@code canonical: variant, variant, ...}; {@code #} starts a comment.
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
    private static final String[] FEMALE_PATRONYMIC = {"ievna", "ovna", "evna", "ivna", "auna", "avna"};

    private final Map<String, String> canonical;
    private final boolean patronymics;

    private WordEquivalents(Map<String, String> canonical, boolean patronymics) {
        this.canonical = canonical;
        this.patronymics = patronymics;
    }

    /**
     * Reads an equivalence file from the classpath, analysing every entry with {@code analyse}; with
     * {@code patronymics}, the file holds given names and their patronymics are rewritten too.
     */
    static WordEquivalents fromResource(String resource, Function<String, List<String>> analyse, boolean patronymics) {
        Map<String, String> map = new HashMap<>();
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
                String canon = oneWord(analyse, l.substring(0, colon), resource, lineNo);
                map.put(canon, canon);
                for (String variant : l.substring(colon + 1).split(",")) {
                    if (!variant.isBlank()) {
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
        return new WordEquivalents(Map.copyOf(map), patronymics);
    }

    private static String oneWord(Function<String, List<String>> analyse, String entry, String resource, int lineNo) {
        List<String> words = analyse.apply(entry.strip());
        if (words.size() != 1) {
            throw new IllegalStateException(resource + " line " + lineNo + ": '" + entry.strip() + "' is not one word");
        }
        return words.get(0);
    }

    /** The canonical word of {@code word}'s class, or {@code word} itself. */
    String apply(String word) {
        String c = canonical.get(word);
        if (c != null) {
            return c;
        }
        if (patronymics && word.length() >= 6) {
            String p = patronymic(word, MALE_PATRONYMIC, "ovich");
            return p != null ? p : (p = patronymic(word, FEMALE_PATRONYMIC, "ovna")) != null ? p : word;
        }
        return word;
    }

    private String patronymic(String word, String[] endings, String canonicalEnding) {
        for (String end : endings) {
            if (word.endsWith(end) && word.length() - end.length() >= 3) {
                String stem = canonical.get(word.substring(0, word.length() - end.length()));
                if (stem != null) {
                    return stem + canonicalEnding;
                }
            }
        }
        return null;
    }
}
