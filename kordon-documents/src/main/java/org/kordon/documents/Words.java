package org.kordon.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link Word}s with their offsets: a word is a run of letters, digits and combining marks,
 * with apostrophes inside it ({@code O'Brien}); a final {@code 's} or {@code s'} is a possessive ending, kept in the
 * span but not in the surface form. Counts code points, so letters outside the BMP are one letter.
 *
 * <p>{@code split("Putin's aide, V. Ivanov")} gives {@code Putin} (possessive), {@code aide}, {@code V} (break
 * before: the comma), {@code Ivanov} (no break: a period after a one-letter word is an initial's).
 * Stateless and thread-safe.
 */
final class Words {
    private Words() {
    }

    static List<Word> split(String text) {
        List<Word> out = new ArrayList<>(Math.max(16, text.length() / 6));
        int n = text.length();
        int i = 0;
        int prevEnd = 0;
        boolean prevInitial = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (end < n) {
                int c = text.codePointAt(end);
                if (isWordChar(c)) {
                    end += Character.charCount(c);
                } else if (isApostrophe(c) && end + 1 < n && isWordChar(text.codePointAt(end + 1))
                        && end > start) {
                    end += Character.charCount(c);
                } else {
                    break;
                }
            }
            String word = text.substring(start, end);
            int joined = hyphenatedAcrossLine(text, end);
            if (joined > end) {
                // "Gaz-\nprom": a word the line break split with a hyphen is one word ("Gazprom")
                int k = end;
                while (!isWordChar(text.codePointAt(k))) {
                    k++;
                }
                word = word + text.substring(k, joined);
                end = joined;
            }
            word = word.replace("\u00AD", "");
            boolean possessive = false;
            String surface = word;
            int len = word.length();
            if (len > 3 && (word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'S") || word.endsWith("\u2019S"))) {
                surface = word.substring(0, len - 2);
                possessive = true;
            } else if (end < n && isApostrophe(text.charAt(end)) && len > 2 && word.endsWith("s")
                    && (end + 1 == n || !isWordChar(text.codePointAt(end + 1)))) {
                end++; // "the Rotenbergs' firm": the apostrophe belongs to the word
                possessive = true;
            }
            int first = surface.codePointAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isTitleCase(first);
            String gap = text.substring(prevEnd, start);
            boolean brk = out.isEmpty() || isBreak(gap, prevInitial);
            boolean quote = brk && !out.isEmpty() && isOnlyQuote(gap);
            out.add(new Word(start, end, surface, capital, brk, quote, possessive));
            prevInitial = surface.codePointCount(0, surface.length()) == 1 && capital;
            prevEnd = end;
            i = end;
        }
        return out;
    }

    /**
     * Where a word ending at {@code end} goes on after a hyphen and a line break ("Gaz-\nprom", the second part in
     * lower case), the end of its second part; else {@code end}.
     */
    private static int hyphenatedAcrossLine(String text, int end) {
        int n = text.length();
        if (end >= n || (text.charAt(end) != '-' && text.charAt(end) != '\u2010')) {
            return end;
        }
        int k = end + 1;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        if (k >= n || text.charAt(k) != '\n') {
            return end;
        }
        k++;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= n || !Character.isLowerCase(text.codePointAt(k))) {
            return end;
        }
        int e = k;
        while (e < n && isWordChar(text.codePointAt(e))) {
            e += Character.charCount(text.codePointAt(e));
        }
        return e;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '\u00AD') { // a soft hyphen stands inside a word
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    /** Whether the characters between two words end a name. */
    private static boolean isBreak(String gap, boolean afterInitial) {
        int newlines = 0;
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '\n') {
                if (++newlines > 1) {
                    return true;
                }
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || Character.isWhitespace(c) || c == '\u00A0') {
                if ((c == '-') && gap.length() > 1 && k > 0 && k < gap.length() - 1
                        && gap.charAt(k - 1) == ' ' && gap.charAt(k + 1) == ' ') {
                    return true; // " - " is a dash, not a hyphen
                }
            } else if (c == '.' && afterInitial && gap.length() <= 2) {
                // the dot of an initial: the name goes on
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isOnlyQuote(String gap) {
        String g = gap.strip();
        return !g.isEmpty() && g.chars().allMatch(c -> "\"'«»„“”‘’".indexOf(c) >= 0);
    }
}
