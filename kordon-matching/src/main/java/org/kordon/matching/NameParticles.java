package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4c of name analysis: writes the particles of Arabic and Persian names in one form each, so that the
 * spellings of one name give the same words. Works on folded words (step 4), and keeps every particle as a word of
 * its own: "bin Salman" is not "Salman" (the index gives such frequent words a low weight, so they never drive a
 * match). A name keeps its number of words, spellings change within a word only: joining "Abd al-Aziz" into one
 * word would make a name's words depend on their order, and splitting "Abdelaziz" into three would make a typo in
 * it ("Adbelaziz", no longer split) cost a whole name; both were measured on the evaluation and lost more than they
 * won.
 *
 * <pre>
 *   article   al, el, ul; ad ar as ash at az ez an before a word of that consonant (ad-Din, ar-Rahman,
 *             as-Sayyid, ash-Shami, at-Tayyib, az-Zawahiri)                                  -&gt; al
 *   son of    ibn, bin, ben, bn, ebn                                                         -&gt; bin
 *   daughter  bint, binti, bent                                                              -&gt; bint
 *   father    abu, abou, abi, abo                                                            -&gt; abu
 *   servant   abdel-, abdal-, abdol-, abdoul- beginning a word (Abdelaziz, Abdel)            -&gt; abdul-
 *   God       the endings -ullah -ollah -ellah (Nasrullah, Abdollah, Ruhollah)                -&gt; -allah
 * </pre>
 *
 * So {@code "Abdelaziz"}, {@code "Abdulaziz"}, {@code "Abdoulaziz"} are {@code [abdulaziz]}; {@code "Abdel Aziz"}
 * and {@code "Abdul Aziz"} are {@code [abdul, aziz]}; {@code "Abdullah"}, {@code "Abdallah"}, {@code "Abdollah"},
 * {@code "Abdulla"}, {@code "عبدالله"} are {@code [abdalah]} (folded: double letters are one); {@code "Nasrallah"},
 * {@code "Nasrullah"}, {@code "نصرالله"} (nsrallah) end in {@code alah}; {@code "Salah ad-Din"} is
 * {@code [salah, al, din]}. {@code "As"} ending a name is the Turkish legal form, not an article.
 * Stateless and thread-safe.
 */
final class NameParticles {
    /** The words kept, and the same words as the name wrote them (one to one: no word is split or joined). */
    record Result(List<String> words, List<String> shown) {
    }

    static final String ARTICLE = "al";
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
    /** Sun-letter articles: written as the consonant of the next word, so they are articles only before it. */
    private static final Map<String, String> ASSIMILATED = Map.of(
            "ad", "d", "ar", "r", "as", "s", "ash", "sh", "at", "t", "az", "z", "ez", "z", "an", "n");
    private static final Map<String, String> SINGLE = Map.of(
            "ibn", "bin", "ben", "bin", "bn", "bin", "ebn", "bin",
            "binti", "bint", "bent", "bint",
            "abi", "abu", "abo", "abu");
    private static final String ABDUL = "abdul";
    /** Folded spellings of Abd joined with its article that are not abdul (abdoul folds to abdul). */
    private static final List<String> ABD_JOINED = List.of("abdel", "abdal", "abdol");
    /** Allah, folded (double letters are one), and the other spellings of it ending a word. */
    static final String ALLAH = "alah";
    private static final List<String> ALLAH_ENDINGS = List.of("ulah", "olah", "elah");
    /** The shortest stem before an Allah ending (Mullah, Sullah are not Allah names). */
    private static final int MIN_ALLAH_STEM = 2;

    private NameParticles() {
    }

    /** {@code words} are folded words; {@code shown} the same words before folding (same size). */
    static Result apply(List<String> words, List<String> shown) {
        int n = words.size();
        List<String> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            String next = i + 1 < n ? words.get(i + 1) : null;
            String single = SINGLE.get(word);
            if (single != null) {
                w.add(single);
            } else if (ARTICLES.contains(word)) {
                w.add(ARTICLE);
            } else if (next != null && ASSIMILATED.containsKey(word) && next.length() > 2
                    && next.startsWith(ASSIMILATED.get(word)) && !ASSIMILATED.containsKey(next)) {
                w.add(ARTICLE);
            } else {
                w.add(canonicalWord(word));
            }
        }
        return new Result(w, shown);
    }

    /** "abdelaziz" -> "abdulaziz", "nasrulah" -> "nasralah", "abdula" -> "abdalah", "bdalah" (عبدالله) -> "abdalah". */
    private static String canonicalWord(String word) {
        if (word.startsWith("bd")) {
            word = "a" + word; // عبد, عبدالله: the ayn is not written, and no Latin word starts with bd
        }
        if (word.equals("abdula")) {
            return "abdalah"; // Abdulla (Uzbek, Kazakh spelling)
        }
        for (String end : ALLAH_ENDINGS) {
            if (word.length() - end.length() >= MIN_ALLAH_STEM && word.endsWith(end)) {
                word = word.substring(0, word.length() - end.length()) + ALLAH;
                break;
            }
        }
        if (word.endsWith(ALLAH)) {
            return word; // abdalah: Abdullah is one name, not abdul + ah
        }
        for (String prefix : ABD_JOINED) {
            if (word.startsWith(prefix)) {
                return ABDUL + word.substring(prefix.length());
            }
        }
        return word;
    }
}
