package org.kordon.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kordon.matching.NameTokens;

/**
 * Which words of a listed name, as the list writes it, a query matched: the spans the web page marks.
 *
 * <pre>{@code
 * MatchedWords.spans("Влади мир Влади мирович ПУ ТИН", "Vladimir Putin")  // [[0,5], [6,9], [24,26], [27,30]]
 * }</pre>
 *
 * <p>The Official Journal transcription of EU 269/2014 writes Putin's name {@code "Влади мир Влади мирович ПУ ТИН"};
 * the screening engine joins such split words ({@code влади+мир ~ vladimir}) and transliterates, so a page that
 * compares the words itself, letter for letter, marks fragments ({@code Влади}, not {@code мир}) or nothing (a Latin
 * query against a Cyrillic name). Here every word of the name and of the query is folded by the engine's own chain
 * ({@link NameTokens#fold}: normalised, transliterated, romanisation variants and given-name equivalents folded), and
 * a word of the name is marked when its folded form is a folded word of the query, when it joined with the next word
 * of the name is one ({@code ПУ ТИН ~ putin}: both marked), or when it is two words of the query joined. A word is
 * letters, digits and the marks, apostrophes and hyphens inside it, so a mark always covers whole words as written,
 * whatever their normalisation form ({@code "Lukas\u030Cenka"} is one word). Nothing else is marked: a patronymic
 * that merely starts like a given name ({@code Владимирович} for {@code Vladimir}) is not, nor a misspelt word the
 * engine still scored (the score and its explanation say how close the name is).
 *
 * <p>Spans are {@code [start, end)} offsets in UTF-16 code units of the name as given, which is how a browser's
 * JavaScript indexes the same string. Stateless and thread-safe.
 */
final class MatchedWords {
    /** A word as written: a letter or digit, then letters, marks, digits, apostrophes and inner hyphens. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’\\-]*");

    private MatchedWords() {
    }

    /** The spans {@code [start, end]} of the words of {@code name} that {@code query} matched, in order. */
    static List<int[]> spans(String name, String query) {
        List<String> q = NameTokens.fold(query);
        Set<String> wanted = new HashSet<>(q);
        for (int i = 0; i + 1 < q.size(); i++) {
            wanted.add(q.get(i) + q.get(i + 1));
        }
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (Matcher m = WORD.matcher(name); m.find(); ) {
            List<String> p = NameTokens.fold(m.group());
            words.add(new int[] {m.start(), m.end()});
            parts.add(p);
            folded.add(String.join("", p));
        }
        boolean[] marked = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = folded.get(i);
            if (w.isEmpty()) {
                continue;
            }
            // a hyphenated word folds to parts (al-Tikriti: al, tikriti); one part matched marks the word
            if (wanted.contains(w) || parts.get(i).stream().anyMatch(wanted::contains)) {
                marked[i] = true;
            }
            if (i + 1 < words.size() && !folded.get(i + 1).isEmpty() && q.contains(w + folded.get(i + 1))) {
                marked[i] = true;
                marked[i + 1] = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (marked[i]) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /** {@link #spans} as JSON-ready pairs. */
    static List<List<Integer>> json(String name, String query) {
        return spans(name, query).stream().map(s -> List.of(s[0], s[1])).toList();
    }
}
