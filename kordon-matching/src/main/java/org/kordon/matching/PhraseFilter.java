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

/**
 * Step 5 of name analysis: drops whole-word phrases of a list (legal forms, titles, connecting words)
 * from a name's folded words, longest phrase first, and reports what it dropped.
 *
 * <p>With the legal forms, {@code apply([sberbank, ao], [sberbank, ao])} keeps {@code [sberbank]} and drops {@code [ao]};
 * {@code [obshestvo, s, ogranichenoi, otvetstvenostiu, romashka]} keeps {@code [romashka]}. A name that
 * would lose every word keeps them all ({@code [ooo]} stays {@code [ooo]}): a legal form alone is still
 * the name the list gives. Immutable and thread-safe.
 */
final class PhraseFilter {
    /**
     * The words kept, and the phrases dropped as the name wrote them (its words before folding, joined by
     * spaces: {@code "llc"}, not the folded {@code "lc"}).
     */
    record Result(List<String> kept, List<String> keptShown, List<String> dropped) {
    }

    private final Map<String, List<String[]>> byFirstWord;

    private PhraseFilter(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * Reads a phrase list (one phrase a line, {@code #} starts a comment) from the classpath, analysing
     * each line with {@code analyse} (the chain's steps before this one).
     */
    static PhraseFilter fromResource(String resource, Function<String, List<String>> analyse) {
        Map<String, List<String[]>> map = new HashMap<>();
        try (InputStream in = PhraseFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                List<String> words = analyse.apply(l);
                if (!words.isEmpty()) {
                    map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words.toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        for (List<String[]> l : map.values()) {
            l.sort((a, b) -> Integer.compare(b.length, a.length));
        }
        return new PhraseFilter(map);
    }

    /** {@code words} are folded words; {@code shown} the same words before folding, for the report. */
    Result apply(List<String> words, List<String> shown) {
        List<String> kept = new ArrayList<>(words.size());
        List<String> keptShown = new ArrayList<>(words.size());
        List<String> dropped = List.of();
        for (int i = 0; i < words.size(); ) {
            int len = match(words, i);
            if (len > 0) {
                if (dropped.isEmpty()) {
                    dropped = new ArrayList<>(2);
                }
                dropped.add(String.join(" ", shown.subList(i, i + len)));
                i += len;
            } else {
                kept.add(words.get(i));
                keptShown.add(shown.get(i));
                i++;
            }
        }
        if (kept.isEmpty()) {
            return new Result(words, shown, List.of());
        }
        return new Result(kept, keptShown, dropped);
    }

    private int match(List<String> words, int at) {
        List<String[]> candidates = byFirstWord.get(words.get(at));
        if (candidates == null) {
            return 0;
        }
        for (String[] phrase : candidates) {
            if (at + phrase.length <= words.size() && startsWith(words, at, phrase)) {
                return phrase.length;
            }
        }
        return 0;
    }

    private static boolean startsWith(List<String> words, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(words.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
