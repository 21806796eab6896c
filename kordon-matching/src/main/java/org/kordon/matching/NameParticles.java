package org.kordon.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 4c of name analysis: writes the particles of Arabic and Persian names in one form each, so that the
 * spellings of one name give the same words. Works on folded words (step 4), and keeps every particle as a word:
 * "bin Salman" is not "Salman" (the index gives such frequent words a low weight, so they never drive a match).
 *
 * <pre>
 *   article   al, el, ul; ad ar as ash at az ez an before a word of that consonant (ad-Din, ar-Rahman,
 *             as-Sayyid, ash-Shami, at-Tayyib, az-Zawahiri)                                  -&gt; al
 *   son of    ibn, bin, ben, bn, ebn                                                         -&gt; bin
 *   daughter  bint, binti, bent                                                              -&gt; bint
 *   father    abu, abou, abi, abo                                                            -&gt; abu
 *   servant   abd + article + word, abdel/abdal/abdol/abdoul/abdul + word, and the joined
 *             abdelaziz/abdulaziz                                                            -&gt; abdul + word, one word
 *   God       word + allah, and the endings -ullah -ollah -ellah -allah                      -&gt; word + allah, one word
 * </pre>
 *
 * So {@code "Abd al-Aziz"}, {@code "Abdel Aziz"}, {@code "Abdulaziz"} all give {@code [abdulaziz]};
 * {@code "Abdullah"}, {@code "Abdallah"}, {@code "Abdulla"}, {@code "Abd Allah"}, {@code "عبد الله"} give
 * {@code [abdulah]} (folded: double letters are one); {@code "Nasrallah"}, {@code "Nasrullah"}, {@code "Nasr Allah"}
 * give {@code [nasralah]}; {@code "Salah ad-Din"} gives
 * {@code [salah, al, din]}. A word standing alone is left as it is when it has no word to join ({@code "Abdul"}
 * at the end of a name stays {@code abdul}; {@code "As"} ending a name is the Turkish legal form, not an article).
 * Stateless and thread-safe.
 */
final class NameParticles {
    /** The words kept, and the same words as the name wrote them (joined words are joined there too). */
    record Result(List<String> words, List<String> shown) {
    }

    static final String ARTICLE = "al";
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
    /** Sun-letter articles: written as the consonant of the next word, so they are articles only before it. */
    private static final Map<String, String> ASSIMILATED = Map.of(
            "ad", "d", "ar", "r", "as", "s", "ash", "sh", "at", "t", "az", "z", "ez", "z", "an", "n");
    private static final Map<String, String> SINGLE = Map.of(
            "ibn", "bin", "bin", "bin", "ben", "bin", "bn", "bin", "ebn", "bin",
            "bint", "bint", "binti", "bint", "bent", "bint",
            "abu", "abu", "abi", "abu");
    private static final String ABDUL = "abdul";
    /** Folded spellings of Abd joined with its article (abdel, abdal, abdol, abdoul folds to abdul). */
    private static final List<String> ABD_JOINED = List.of("abdul", "abdel", "abdal", "abdol");
    /** Allah, folded (double letters collapse). */
    private static final String ALLAH = "alah";
    private static final List<String> ALLAH_ENDINGS = List.of("ulah", "olah", "elah", "alah");

    private NameParticles() {
    }

    /** {@code words} are folded words; {@code shown} the same words before folding (same size). */
    static Result apply(List<String> words, List<String> shown) {
        int n = words.size();
        List<String> w = new ArrayList<>(n);
        List<String> s = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            String next = i + 1 < n ? words.get(i + 1) : null;
            String single = SINGLE.get(word);
            if (single != null) {
                word = single;
            } else if ("abo".equals(word) && next != null) {
                word = "abu";
            } else if (ARTICLES.contains(word) && next != null) {
                word = ARTICLE;
            } else if (next != null && ASSIMILATED.containsKey(word) && next.length() > 2
                    && next.startsWith(ASSIMILATED.get(word)) && !ASSIMILATED.containsKey(next)) {
                word = ARTICLE;
            }
            w.add(word);
            s.add(shown.get(i));
        }
        joinAllah(w, s);
        joinAbd(w, s);
        return new Result(w, s);
    }

    /** "nasr allah" -> "nasralah"; "nasrullah" -> "nasralah" (folded forms). */
    private static void joinAllah(List<String> w, List<String> s) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (i > 0 && ALLAH.equals(word) && !isParticle(w.get(i - 1))) {
                join(w, s, i - 1, w.get(i - 1) + ALLAH);
                i--;
                continue;
            }
            for (String end : ALLAH_ENDINGS) {
                if (word.length() > end.length() + 1 && word.endsWith(end)) {
                    w.set(i, word.substring(0, word.length() - end.length()) + ALLAH);
                    break;
                }
            }
        }
    }

    /** "abd al aziz", "abdel aziz", "abdul al aziz", "abdelaziz" -> "abdulaziz"; "abdalah", "abd alah", "abdula" -> "abdulah". */
    private static void joinAbd(List<String> w, List<String> s) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (word.startsWith("bd")) {
                word = "a" + word; // عبد, عبدالله: the ayn is not written, and no Latin word starts with bd
                w.set(i, word);
            }
            if ("abd".equals(word) && i + 1 < w.size()) {
                if (ARTICLE.equals(w.get(i + 1)) && i + 2 < w.size()) {
                    join(w, s, i, "abdal");
                    word = "abdal";
                } else if (w.get(i + 1).endsWith(ALLAH)) {
                    word = "abd" + w.get(i + 1);
                    join(w, s, i, word);
                }
            }
            for (String prefix : ABD_JOINED) {
                if (word.startsWith(prefix)) {
                    String rest = word.substring(prefix.length());
                    if (rest.isEmpty() && i + 2 < w.size() && ARTICLE.equals(w.get(i + 1))) {
                        join(w, s, i, word + ARTICLE);
                    }
                    if (rest.isEmpty() && i + 1 < w.size() && !isParticle(w.get(i + 1))) {
                        rest = w.get(i + 1);
                        join(w, s, i, ABDUL + rest);
                    }
                    if (rest.equals("ah") || rest.equals("a") || rest.equals("lah") || rest.equals("la")) {
                        rest = "ah"; // abdallah, abdulla, abdullah: folded abdulah
                    }
                    w.set(i, ABDUL + rest);
                    break;
                }
            }
        }
    }

    /** Replaces the words at {@code i} and {@code i + 1} by {@code joined}; the shown words are joined as written. */
    private static void join(List<String> w, List<String> s, int i, String joined) {
        w.set(i, joined);
        w.remove(i + 1);
        s.set(i, s.get(i) + s.get(i + 1));
        s.remove(i + 1);
    }

    private static boolean isParticle(String word) {
        return ARTICLE.equals(word) || SINGLE.containsValue(word) || "abd".equals(word) || "bd".equals(word);
    }
}
