package org.kordon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Step 5 of name analysis: drops whole-word phrases of a list (legal forms, titles, connecting words)
 * from a name's folded words, longest phrase first, and reports what it dropped.
 *
 * <p>With the legal forms, {@code apply([sberbank, ao], [sberbank, ao])} keeps {@code [sberbank]} and drops {@code [ao]};
 * {@code [obshestvo, s, ogranichenoi, otvetstvenostiu, romashka]} keeps {@code [romashka]}. A phrase of
 * several words, one of them of 4+ letters, matches its words in any order and place, so that reordering a
 * name does not change what is dropped ({@code [company, kalashnikov, stock, joint]} keeps
 * {@code [kalashnikov]}); an abbreviation of short words with a one-letter one ({@code s a}, {@code sp z o o})
 * matches only as written and at the end of the name, so initials are not taken for one; a phrase that folds to
 * one letter only as the list writes it ({@code "Wang Yi"}, folded {@code [vang, i]}, keeps its given name:
 * {@code yi} is not the connecting word {@code и}); other phrases
 * match as written anywhere. A name that would lose every word keeps them all ({@code [ooo]} stays {@code [ooo]}):
 * a legal form alone is still the name the list gives. Immutable and thread-safe.
 */
final class PhraseFilter {
    /**
     * The words kept, the phrases dropped as the name wrote them (its words before folding, joined by
     * spaces: {@code "llc"}, not the folded {@code "lc"}), and the class code of each dropped phrase, in the same
     * order ({@code "llc"} for "OOO", "LLC" and "Obshchestvo s ogranichennoy otvetstvennostyu").
     */
    record Result(List<String> kept, List<String> keptShown, List<String> dropped, List<String> codes) {
    }

    /**
     * A phrase of the list (folded words), the code of its class, and for a phrase that folds to one letter, the
     * word as written in Latin (else null).
     */
    private record Phrase(String[] words, String code, @Nullable String written) {
        int length() {
            return words.length;
        }
    }

    private final Map<String, List<Phrase>> byFirstWord;
    /** Phrases of 2+ words, one of 4+ letters, by each of their words; longest first. */
    private final Map<String, List<Phrase>> bagsByWord;

    private PhraseFilter(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        Map<String, List<Phrase>> bags = new HashMap<>();
        for (List<Phrase> l : byFirstWord.values()) {
            for (Phrase phrase : l) {
                if (phrase.length() > 1 && java.util.Arrays.stream(phrase.words()).anyMatch(w -> w.length() >= 4)) {
                    for (String w : new java.util.HashSet<>(List.of(phrase.words()))) {
                        bags.computeIfAbsent(w, k -> new ArrayList<>()).add(phrase);
                    }
                }
            }
        }
        for (List<Phrase> l : bags.values()) {
            l.sort((a, b) -> Integer.compare(b.length(), a.length()));
        }
        this.bagsByWord = bags;
    }

    /** Passes each line of a classpath word list to {@code sink}, stripped, without blanks and {@code #} comments. */
    static void readLines(String resource, java.util.function.Consumer<String> sink) {
        readLines(resource, (lineNo, line) -> sink.accept(line));
    }

    /** As {@link #readLines(String, java.util.function.Consumer)}, with each line's number (from 1). */
    static void readLines(String resource, java.util.function.BiConsumer<Integer, String> sink) {
        try (InputStream in = PhraseFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    sink.accept(lineNo, l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a phrase list from the classpath, analysing each phrase with {@code analyse} (the chain's steps before
     * this one). A line is one phrase, its own class (its code: its folded words joined by spaces), or a class
     * {@code code: phrase, phrase, ...} (the code is written as is, in lower case); {@code #} starts a comment.
     *
     * @throws IllegalStateException naming the resource and line when a code is not one lower-case ASCII word or
     *                               a phrase of a class has no word
     */
    static PhraseFilter fromResource(String resource, Function<String, List<String>> analyse) {
        Map<String, List<Phrase>> map = new HashMap<>();
        readLines(resource, (lineNo, l) -> {
            int colon = l.indexOf(':');
            if (colon < 0) {
                List<String> words = analyse.apply(l);
                if (!words.isEmpty()) {
                    add(map, words, String.join(" ", words), l);
                }
                return;
            }
            String code = l.substring(0, colon).strip();
            if (!code.matches("[a-z0-9]+")) {
                throw new IllegalStateException(resource + " line " + lineNo + ": code '" + code
                        + "' is not one lower-case ASCII word");
            }
            for (String phrase : l.substring(colon + 1).split(",")) {
                if (phrase.isBlank()) {
                    continue;
                }
                List<String> words = analyse.apply(phrase.strip());
                if (words.isEmpty()) {
                    throw new IllegalStateException(resource + " line " + lineNo + " (" + code + "): '"
                            + phrase.strip() + "' has no word");
                }
                add(map, words, code, phrase.strip());
            }
        });
        for (List<Phrase> l : map.values()) {
            l.sort((a, b) -> Integer.compare(b.length(), a.length()));
        }
        return new PhraseFilter(map);
    }

    private static void add(Map<String, List<Phrase>> map, List<String> words, String code, String phrase) {
        String written = null;
        if (words.size() == 1 && words.get(0).length() == 1) {
            written = ScriptTransliterator.toLatin(TextNormalizer.normalize(phrase));
        }
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words.toArray(String[]::new), code, written));
    }

    /** {@code words} are folded words; {@code shown} the same words before folding, for the report. */
    Result apply(List<String> words, List<String> shown) {
        int n = words.size();
        boolean[] drop = new boolean[n];
        List<String> dropped = new ArrayList<>(0);
        List<String> codes = new ArrayList<>(0);
        // phrases whose words may come in any order
        for (int i = 0; i < n; i++) {
            List<Phrase> bags = drop[i] ? null : bagsByWord.get(words.get(i));
            if (bags == null) {
                continue;
            }
            for (Phrase phrase : bags) {
                int[] at = findBag(words, drop, phrase.words());
                if (at != null) {
                    StringBuilder b = new StringBuilder();
                    for (int k : at) {
                        drop[k] = true;
                        b.append(b.isEmpty() ? "" : " ").append(shown.get(k));
                    }
                    dropped.add(b.toString());
                    codes.add(phrase.code());
                    break;
                }
            }
        }
        // phrases as written
        for (int i = 0; i < n; ) {
            Phrase phrase = drop[i] ? null : match(words, shown, drop, i);
            if (phrase != null) {
                int len = phrase.length();
                dropped.add(String.join(" ", shown.subList(i, i + len)));
                codes.add(phrase.code());
                for (int k = i; k < i + len; k++) {
                    drop[k] = true;
                }
                i += len;
            } else {
                i++;
            }
        }
        List<String> kept = new ArrayList<>(n);
        List<String> keptShown = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(words.get(i));
                keptShown.add(shown.get(i));
            }
        }
        if (kept.isEmpty()) {
            return new Result(words, shown, List.of(), List.of());
        }
        return new Result(kept, keptShown, dropped, codes);
    }

    /** The positions of the phrase's words among the words not yet dropped, each used once; null if any is absent. */
    private static int @Nullable [] findBag(List<String> words, boolean[] drop, String[] phrase) {
        int[] at = new int[phrase.length];
        for (int p = 0; p < phrase.length; p++) {
            at[p] = -1;
            for (int i = 0; i < words.size() && at[p] < 0; i++) {
                if (!drop[i] && words.get(i).equals(phrase[p]) && !used(at, p, i)) {
                    at[p] = i;
                }
            }
            if (at[p] < 0) {
                return null;
            }
        }
        java.util.Arrays.sort(at);
        return at;
    }

    private static boolean used(int[] at, int upTo, int i) {
        for (int k = 0; k < upTo; k++) {
            if (at[k] == i) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Phrase match(List<String> words, List<String> shown, boolean[] drop, int at) {
        List<Phrase> candidates = byFirstWord.get(words.get(at));
        if (candidates == null) {
            return null;
        }
        for (Phrase candidate : candidates) {
            String[] phrase = candidate.words();
            boolean letter = false;
            boolean shortOnly = true;
            for (String w : phrase) {
                letter |= w.length() == 1;
                shortOnly &= w.length() <= 3;
            }
            // an abbreviation with a one-letter word ("s a", "a s") only ends a name: "A. S. Pushkin" keeps its initials
            boolean fits = (letter && shortOnly) ? at + phrase.length == words.size() : at + phrase.length <= words.size();
            if (candidate.written() != null && !candidate.written().equals(shown.get(at))) {
                // a phrase that folds to one letter matches only as written: "и" (i) is not the given name Yi
                fits = false;
            }
            if (fits && startsWith(words, drop, at, phrase)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean startsWith(List<String> words, boolean[] drop, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (drop[at + k] || !phrase[k].equals(words.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
