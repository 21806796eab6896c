package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4c of name analysis: writes the particles of Arabic and Persian names in one form each, so that the
 * spellings of one name give the same words. Works on folded words (step 4), and keeps every particle as a word of
 * its own: "bin Salman" is not "Salman" (the index gives such frequent words a low weight, so they never drive a
 * match). Joined spellings are split, never the reverse, so the words of a name do not depend on their order
 * ("Aziz Abdul" has the words of "Abdul Aziz") and a query that leaves a word out still has the others.
 *
 * <pre>
 *   article   al, el, ul; ad ar as ash at az ez an before a word of that consonant (ad-Din, ar-Rahman,
 *             as-Sayyid, ash-Shami, at-Tayyib, az-Zawahiri)                                  -&gt; al
 *   son of    ibn, bin, ben, bn, ebn                                                         -&gt; bin
 *   daughter  bint, binti, bent                                                              -&gt; bint
 *   father    abu, abou, abi, abo                                                            -&gt; abu
 *   servant   abdul, abdel, abdal, abdol, abdoul, joined or not (Abdelaziz, Abdul Aziz)      -&gt; abd al (+ word)
 *   God       allah; the endings -ullah -ollah -ellah -allah (Nasrallah, Abdullah, Ruhollah)  -&gt; word + allah
 * </pre>
 *
 * So {@code "Abd al-Aziz"}, {@code "Abdel Aziz"}, {@code "Abdulaziz"}, {@code "Aziz Abdul"} all have the words
 * {@code abd, al, aziz}; {@code "Abdullah"}, {@code "Abdallah"}, {@code "Abdulla"}, {@code "Abd Allah"},
 * {@code "عبد الله"} give {@code [abd, alah]} (folded: double letters are one); {@code "Nasrallah"},
 * {@code "Nasrullah"}, {@code "Nasr Allah"} give {@code [nasr, alah]}; {@code "Salah ad-Din"} gives
 * {@code [salah, al, din]}. {@code "As"} ending a name is the Turkish legal form, not an article.
 * Stateless and thread-safe.
 */
final class NameParticles {
    /** The words kept, and the same words as the name wrote them (a split word's parts are shown folded). */
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
    private static final String ABD = "abd";
    /** Folded spellings of Abd joined with its article (abdoul folds to abdul). */
    private static final List<String> ABD_JOINED = List.of("abdul", "abdel", "abdal", "abdol");
    /** Allah, folded (double letters are one). */
    static final String ALLAH = "alah";
    private static final List<String> ALLAH_ENDINGS = List.of("ulah", "olah", "elah", "alah");
    /** The shortest stem a word ending in Allah keeps when split (Mullah, Salah are not split). */
    private static final int MIN_ALLAH_STEM = 2;

    private NameParticles() {
    }

    /** {@code words} are folded words; {@code shown} the same words before folding (same size). */
    static Result apply(List<String> words, List<String> shown) {
        int n = words.size();
        List<String> w = new ArrayList<>(n + 2);
        List<String> s = new ArrayList<>(n + 2);
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            String next = i + 1 < n ? words.get(i + 1) : null;
            String single = SINGLE.get(word);
            if (single != null) {
                add(w, s, single, shown.get(i));
            } else if (ARTICLES.contains(word)) {
                add(w, s, ARTICLE, shown.get(i));
            } else if (next != null && ASSIMILATED.containsKey(word) && next.length() > 2
                    && next.startsWith(ASSIMILATED.get(word)) && !ASSIMILATED.containsKey(next)) {
                add(w, s, ARTICLE, shown.get(i));
            } else {
                split(word, shown.get(i), w, s);
            }
        }
        return new Result(w, s);
    }

    /** Splits Abd al and Allah off a word ("abdelaziz" -> abd al aziz, "nasralah" -> nasr alah), or adds it whole. */
    private static void split(String word, String shown, List<String> w, List<String> s) {
        if (word.startsWith("bd")) {
            word = "a" + word; // عبد, عبدالله: the ayn is not written, and no Latin word starts with bd
        }
        if (word.equals("abdula")) {
            word = "abdulah"; // Abdulla (Uzbek, Kazakh spelling)
        }
        for (String end : ALLAH_ENDINGS) {
            if (word.length() - end.length() >= MIN_ALLAH_STEM && word.endsWith(end)) {
                String stem = word.substring(0, word.length() - end.length());
                split(stem, stem, w, s);
                add(w, s, ALLAH, ALLAH);
                return;
            }
        }
        for (String prefix : ABD_JOINED) {
            if (word.startsWith(prefix)) {
                add(w, s, ABD, ABD);
                add(w, s, ARTICLE, ARTICLE);
                String rest = word.substring(prefix.length());
                if (!rest.isEmpty()) {
                    add(w, s, rest, rest);
                }
                return;
            }
        }
        add(w, s, word, shown);
    }

    private static void add(List<String> w, List<String> s, String word, String shown) {
        w.add(word);
        s.add(shown);
    }
}
