package org.kordon.matching;

import java.util.function.Consumer;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Step 6 of name analysis: the keys under which the candidate index files a folded word, so that
 * spelling variants meet. Two words that share a key are "linked"; only linked words (and initials)
 * can match each other, which is what lets the index find every name a full scan would.
 *
 * <ul>
 *   <li>{@code m:} Double Metaphone (primary code): {@code metaphone("kovalchuk")} is {@code "KFLXK"},
 *       as for {@code "kowalczuk"} after folding;
 *   <li>{@code s:} consonant skeleton, the first letter then the consonants with repeats collapsed:
 *       {@code skeleton("muhamad")} and {@code skeleton("mhmd")} (unvocalised Arabic) are both {@code "mhmd"};
 *   <li>{@code p:} a patronymic's stem, the father's name: {@code abishevich} (Russian form) and
 *       {@code abishuli} (Kazakh {@code -ұлы}) both file under {@code p:abish};
 *   <li>{@code d:} the word itself and each one-letter deletion of it, which links words one edit or one
 *       transposition apart ({@code "putin"} and {@code "putim"} share {@code "d:puti"}).
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

    /** Emits every key of {@code word} (a folded word) to {@code sink}; the word's own {@code d:} key first. */
    static void keys(String word, Consumer<String> sink) {
        sink.accept("d:" + word);
        if (hasDigit(word) || word.length() < MIN_FUZZY_LENGTH) {
            return;
        }
        String m = metaphone(word);
        if (!m.isEmpty()) {
            sink.accept("m:" + m);
        }
        sink.accept("s:" + skeleton(word));
        String stem = patronymicStem(word);
        if (stem != null) {
            sink.accept("p:" + stem);
        }
        for (int i = 0; i < word.length(); i++) {
            sink.accept("d:" + word.substring(0, i) + word.substring(i + 1));
        }
    }

    private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovna", "evna", "ichna", "ich", "uli", "ulu",
        "kizi", "gizi", "ogli", "oglu"};

    /**
     * The stem of a patronymic (a folded word of 6+ letters with a patronymic ending), or null:
     * {@code patronymicStem("vladimirovich")} is {@code "vladimir"}.
     */
    static String patronymicStem(String word) {
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
