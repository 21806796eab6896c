package org.kordon.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a text says nothing by its capitals: a text written in lower case throughout (a speech-to-text transcript,
 * a chat message) and lines in capitals (a headline, a telex). There the scanner cannot find names by their
 * capital letters and looks for listed words instead ({@link DocumentScanner}).
 *
 * <ul>
 *   <li>The whole text is <em>lower case</em> when it has at least {@value #MIN_CASED_WORDS} words of two letters or
 *       more in a script with case, and at most {@value #MAX_CAPITALS_PERCENT} % of them start with a capital
 *       anywhere but at the start of a sentence: "so the question is whether putin will back down" is, "Talks with
 *       Vladimir Putin" is not.</li>
 *   <li>A line is <em>in capitals</em> when at least {@value #MIN_LINE_WORDS} of its words of two letters or more
 *       are in a script with case and {@value #MIN_UPPER_PERCENT} % of them are all capitals ("TREASURY SANCTIONS
 *       SOVCOMFLOT TANKERS").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Casing {
    static final int MIN_CASED_WORDS = 8;
    static final int MAX_CAPITALS_PERCENT = 1;
    static final int MIN_LINE_WORDS = 3;
    static final int MIN_UPPER_PERCENT = 80;

    private Casing() {
    }

    /** Per word of {@code words} (split from {@code text}): whether it stands where capitals say nothing. */
    static boolean[] caseless(String text, List<Word> words) {
        int n = words.size();
        boolean[] out = new boolean[n];
        int cased = 0;
        int capitalsInside = 0;
        for (int k = 0; k < n; k++) {
            Word w = words.get(k);
            if (w.letters() < 2 || !hasCase(w.surface())) {
                continue;
            }
            cased++;
            if (w.capital() && k > 0 && !sentenceStart(text, words.get(k - 1).end(), w.start())) {
                capitalsInside++;
            }
        }
        if (cased >= MIN_CASED_WORDS && capitalsInside * 100 <= cased * MAX_CAPITALS_PERCENT) {
            Arrays.fill(out, true);
            return out;
        }
        int lineStart = 0;
        for (int k = 0; k <= n; k++) {
            if (k == n || (k > lineStart && text.substring(words.get(k - 1).end(), words.get(k).start()).indexOf('\n') >= 0)) {
                markLineInCapitals(words, lineStart, k, out);
                lineStart = k;
            }
        }
        return out;
    }

    private static void markLineInCapitals(List<Word> words, int from, int to, boolean[] out) {
        int cased = 0;
        int upper = 0;
        for (int k = from; k < to; k++) {
            String s = words.get(k).surface();
            if (words.get(k).letters() < 2 || !hasCase(s)) {
                continue;
            }
            cased++;
            if (s.equals(s.toUpperCase(Locale.ROOT))) {
                upper++;
            }
        }
        if (cased >= MIN_LINE_WORDS && upper * 100 >= cased * MIN_UPPER_PERCENT) {
            Arrays.fill(out, from, to, true);
        }
    }

    /** Whether the characters between two words end a sentence (. ! ? or a blank line). */
    private static boolean sentenceStart(String text, int prevEnd, int start) {
        String gap = text.substring(prevEnd, start);
        return gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('…') >= 0
                || gap.indexOf(':') >= 0 || gap.indexOf('"') >= 0 || gap.indexOf('«') >= 0 || gap.indexOf('“') >= 0
                || gap.contains("\n\n");
    }

    /** Whether the word has a letter of a script with upper and lower case (Latin, Cyrillic, Greek…). */
    private static boolean hasCase(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || (Character.isLowerCase(cp) && Character.toUpperCase(cp) != cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
