package org.kordon.matching;

import java.util.function.Consumer;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;

/**
 * Step 6 of name analysis: the keys under which the candidate index files a folded word, so that
 * spelling variants meet. Two words that share a key are "linked"; only linked words (and initials)
 * can match each other, which is what lets the index find every name a full scan would. The keys are
 * complete with respect to {@link TokenSimilarity}: every pair of words it scores above 0 shares one
 * ({@code PhoneticKeysCompletenessTest} checks it on real list words and generated edits).
 *
 * <ul>
 *   <li>{@code m:} Double Metaphone (primary code): {@code metaphone("kovalchuk")} is {@code "KFLXK"},
 *       as for {@code "kowalczuk"} after folding;
 *   <li>{@code s:} consonant skeleton, the first letter then the consonants with repeats collapsed:
 *       {@code skeleton("muhamad")} and {@code skeleton("mhmd")} (unvocalised Arabic) are both {@code "mhmd"};
 *   <li>{@code p:} a patronymic's stem, the father's name: {@code abishevich} (Russian form) and
 *       {@code abishuli} (Kazakh {@code -ұлы}) both file under {@code p:abish};
 *   <li>{@code d:} the word itself and every string left by deleting up to {@link #deletions} letters of it,
 *       which links words within the edits {@link TokenSimilarity}'s Jaro-Winkler rule accepts: one edit at 4-7
 *       letters ({@code "putin"} and {@code "putim"} share {@code "d:puti"}), two at 8-11 ({@code "kovalchuk"}
 *       and the German {@code "kovaltshuk"} share {@code "d:kovalhuk"}), and two up to 15 (TokenSimilarity.MAX_EDITS);
 *   <li>{@code l:} for pairs whose longer word has {@link #LONG} letters or more (four edits and up, too many
 *       deletions to file), the pair of lengths: {@code "l:13-16"} links every 13-letter word with every
 *       16-letter one, and the similarity then decides.
 * </ul>
 * Words holding a digit, and words of fewer than 4 letters, get only their exact key: they match exactly or
 * not at all ({@link TokenSimilarity}). Thread-safe.
 */
final class PhoneticKeys {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6); // the default 4 makes "abramov" and "abramovich" sound alike; set once, before use
    }
    static final int MIN_FUZZY_LENGTH = 4;

    private PhoneticKeys() {
    }

    /*
     * Why deletions up to maxEdits(length) suffice: two words within k edits (a transposition being one) both
     * become one string c by deleting at most k letters each (a substitution or a transposition deletes one
     * letter on each side, an insertion one on one side). The longer word, of M letters, needs at most
     * k <= maxEdits(M); the shorter, of L letters, at most k - (M - L) <= maxEdits(L), since maxEdits grows by
     * less than one per letter. So each word files its deletions up to maxEdits of its own length. From LONG
     * letters on (four edits: thousands of deletions per word) the pair of lengths is the key instead.
     */

    /** Words of this many letters or more are linked by the pair of lengths instead of by deletions. */
    static final int LONG = 16;

    /** Receives one key as characters, {@code key[0 .. length)}; the array is reused after the call returns. */
    interface KeySink {
        void accept(char[] key, int length);
    }

    /** Emits every key of {@code word} (a folded word) to {@code sink}; the word's own {@code d:} key first. */
    static void keys(String word, Consumer<String> sink) {
        keys(word, (key, length) -> sink.accept(new String(key, 0, length)));
    }

    /**
     * As {@link #keys(String, Consumer)}, without making a string of each key: the index hashes the characters
     * (a word of 12 letters has about 300 keys).
     */
    static void keys(String word, KeySink sink) {
        int n = word.length();
        int depth = hasDigit(word) || n < SHORT_WORD ? 0 : deletions(n);
        char[][] level = new char[depth + 1][n + 2]; // level[d]: "d:" and the word with d letters deleted
        for (char[] l : level) {
            l[0] = 'd';
            l[1] = ':';
        }
        word.getChars(0, n, level[0], 2);
        sink.accept(level[0], n + 2);
        if (hasDigit(word) || n < SHORT_WORD) {
            return;
        }
        if (n < MIN_FUZZY_LENGTH) {
            deletions(level, 0, n, 0, sink); // a 3-letter word: one vowel changed (mid / med) or one letter added (leo / leon)
            return;
        }
        String m = metaphone(word);
        if (!m.isEmpty()) {
            emit("m:" + m, sink);
        }
        emit("s:" + skeleton(word), sink);
        String stem = patronymicStem(word);
        if (stem != null) {
            emit("p:" + stem, sink);
        }
        deletions(level, 0, n, 0, sink);
        // pairs of lengths (n, other) or (other, n) whose longer word is LONG or more and comparable
        for (int other = Math.max(MIN_FUZZY_LENGTH, n - maxLengthGap(n)); comparable(other, n); other++) {
            if (Math.max(n, other) >= LONG) {
                emit("l:" + Math.min(n, other) + "-" + Math.max(n, other), sink);
            }
        }
    }

    private static void emit(String key, KeySink sink) {
        sink.accept(key.toCharArray(), key.length());
    }

    /**
     * Emits the "d:" keys of {@code level[d]} (a word of {@code len} letters after "d:") with one more letter
     * deleted at {@code from} or later, and so on down to the last level.
     */
    private static void deletions(char[][] level, int d, int len, int from, KeySink sink) {
        if (d + 1 >= level.length) {
            return;
        }
        char[] cur = level[d];
        char[] next = level[d + 1];
        for (int i = from; i < len; i++) {
            if (i > from && cur[2 + i] == cur[2 + i - 1]) {
                continue; // deleting either letter of a double gives the same string
            }
            System.arraycopy(cur, 2, next, 2, i);
            System.arraycopy(cur, 2 + i + 1, next, 2 + i, len - i - 1);
            sink.accept(next, len + 1);
            deletions(level, d + 1, len - 1, i, sink);
        }
    }

    /** Whether a key is one of the edit keys ({@code d:}, {@code l:}) rather than a phonetic, skeleton or patronymic one. */
    static boolean isEditKey(char[] key) {
        return key[0] == 'd' || key[0] == 'l';
    }

    /** The shortest word {@link TokenSimilarity} compares by more than equality (3 letters: its short-word rule). */
    static final int SHORT_WORD = 3;

    /**
     * How many letters of a word of {@code length} letters its {@code d:} keys delete: 1 at 3-7 (at 3 for the
     * short-word rule), 2 at 8-15.
     */
    static int deletions(int length) {
        return length >= LONG ? 0 : editsAccepted(length);
    }

    /**
     * The most edits {@link TokenSimilarity} accepts by any rule between two words the longer of which has
     * {@code length} letters: {@link #maxEdits}, and one at 3 letters (its short-word rule).
     */
    static int editsAccepted(int length) {
        return length == SHORT_WORD ? 1 : maxEdits(length);
    }

    /**
     * The most edits {@link TokenSimilarity} accepts between two words the longer of which has {@code length}
     * letters: the largest k with {@code 1.1 - k / length >= MIN_JARO_WINKLER} (its cap on Jaro-Winkler), at most
     * {@link TokenSimilarity#MAX_EDITS} below {@link #LONG} letters.
     */
    static int maxEdits(int length) {
        return length < MAX_EDITS.length ? MAX_EDITS[length] : computeMaxEdits(length);
    }

    private static final int[] MAX_EDITS = new int[128];

    static {
        for (int n = 1; n < MAX_EDITS.length; n++) {
            MAX_EDITS[n] = computeMaxEdits(n);
        }
    }

    private static int computeMaxEdits(int length) {
        int k = 0;
        while (1.1 - (double) (k + 1) / length >= TokenSimilarity.MIN_JARO_WINKLER) {
            k++;
        }
        return length < LONG ? Math.min(TokenSimilarity.MAX_EDITS, k) : k;
    }

    /**
     * Whether two words are within {@link #maxEdits} of the longer one's length (optimal string alignment, a
     * transposition one edit): what {@link TokenSimilarity} requires of a pair it accepts by its Jaro-Winkler
     * rule or as equal, the only rules whose pairs the edit keys link. A pair linked by edit keys alone that
     * fails this scores 0, so the index skips its similarity. {@code withinEdits("kovalchuk", "kovaltshuk")} is
     * true (2 edits, 2 allowed), {@code withinEdits("putin", "patan")} false.
     */
    static boolean withinEdits(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int k = editsAccepted(Math.max(la, lb));
        if (Math.abs(la - lb) > k) {
            return false;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > k) {
                return false; // a row's minimum never decreases further down (a transposition too passes a cell above)
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb] <= k;
    }

    /** Whether {@link TokenSimilarity} calls two lengths comparable: {@code 1.1 - |la - lb| / max >= MIN_JARO_WINKLER}. */
    static boolean comparable(int la, int lb) {
        return 1.1 - (double) Math.abs(la - lb) / Math.max(la, lb) >= TokenSimilarity.MIN_JARO_WINKLER;
    }

    /** A bound on how much shorter a word comparable to one of {@code length} letters can be. */
    private static int maxLengthGap(int length) {
        int gap = 0;
        while (length - gap - 1 >= 1 && comparable(length - gap - 1, length)) {
            gap++;
        }
        return gap;
    }

    private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovna", "evna", "ichna", "ich", "uli", "ulu",
        "kizi", "gizi", "ogli", "oglu"};

    /**
     * The stem of a patronymic (a folded word of 6+ letters with a patronymic ending), or null:
     * {@code patronymicStem("vladimirovich")} is {@code "vladimir"}.
     */
    static @Nullable String patronymicStem(String word) {
        if (word.length() < 6) {
            return null;
        }
        for (String end : PATRONYMIC_ENDINGS) {
            if (word.endsWith(end) && word.length() - end.length() >= 3) {
                return word.substring(0, word.length() - end.length());
            }
        }
        return null;
    }

    static String metaphone(String word) {
        String m = METAPHONE.doubleMetaphone(word);
        return m == null ? "" : m;
    }

    static String skeleton(String word) {
        StringBuilder b = new StringBuilder(word.length());
        b.append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isVowel(c) && b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isVowel(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
