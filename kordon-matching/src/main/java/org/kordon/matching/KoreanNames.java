package org.kordon.matching;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Step 4a of name analysis, before {@link RomanisationFolder}: the Latin spellings of one Korean name in McCune-Reischauer (North Korea, most lists:
 * {@code Kim Chong Un}, {@code Pak Pong Ju}), Revised Romanization (South Korea: {@code Gim Jeong Eun}) and common
 * practice ({@code Kim Jong Un}, {@code Lee}, {@code Rhee}), brought to one key before {@link RomanisationFolder}:
 *
 * <pre>
 *   an initial k, t, p, ch (aspirated or plain in McCune-Reischauer) -> g, d, b, j    (Chong/Jong, Pyong/Byong, Kang/Gang)
 *   the vowels eo, eu (Revised Romanization) -> o, u; oo -> u, oi -> oe           (Jeong/Jong, Eun/Un, Yoon/Yun, Choi/Choe)
 *   the surname 이 written Ri, Lee, Yi, Rhee, Rie, I -> ri; 임 written Rim, Lim, Im -> rim
 * </pre>
 *
 * Only when its first or last word is a Korean surname and every word of a name of two to four words is one or two Korean syllables (an initial, a vowel, one of the
 * finals k, n, l, m, p, t, ng; a given name is often written as one word: {@code Namung}) or one of those surnames: {@code Kim Chong Un} and {@code Ri Pyong Chol} are
 * folded, {@code Tom Hanks} and {@code Muhammad bin Salman} are not. A name of one word is never folded (one syllable
 * is no evidence of a Korean name). Applied to both the query and the listed names, so it can only make spellings
 * of one name meet; the folded word scores below an exact one ({@code ScoringWeights.folded}). Stateless and
 * thread-safe.
 */
final class KoreanNames {
    /** An initial, a vowel and a final: the Latin shape of one Korean syllable, as the lists and the schemes write it. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(kk|tt|pp|ss|jj|ch|sh|ts|k|g|n|d|t|r|l|m|b|p|s|j|h)?"
                    + "(yae|yeo|wae|yoo|ae|ya|eo|yo|yu|eu|ui|wa|oe|oi|oo|wo|we|wi|ye|a|o|u|i|e)"
                    + "(ng|k|n|l|m|p|t)?");
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("ri", "ri"), Map.entry("lee", "ri"), Map.entry("yi", "ri"), Map.entry("rhee", "ri"),
            Map.entry("rie", "ri"), Map.entry("i", "ri"), Map.entry("rim", "rim"), Map.entry("lim", "rim"),
            Map.entry("im", "rim"), Map.entry("park", "bak"), Map.entry("choi", "joe"));
    /**
     * Korean surnames as the lists and the schemes write them: a name is read as Korean only when its first or last
     * word is one (Chinese names share the syllable shapes, and pinyin's t/d, k/g, p/b are different names).
     */
    private static final java.util.Set<String> KOREAN_SURNAMES = java.util.Set.of(
            "kim", "gim", "ri", "lee", "yi", "rhee", "i", "rie", "pak", "park", "bak", "choe", "choi", "chwe",
            "jong", "chong", "jeong", "chung", "kang", "gang", "cho", "jo", "yun", "yoon", "jang", "chang", "rim",
            "lim", "im", "han", "o", "oh", "so", "sin", "shin", "kwon", "gwon", "hwang", "an", "ahn", "song", "ryu",
            "yu", "yoo", "hong", "jon", "chon", "jeon", "ko", "go", "mun", "moon", "ryang", "yang", "son", "pae",
            "bae", "paek", "baek", "ho", "heo", "nam", "sim", "shim", "no", "roh", "ha", "kwak", "gwak", "sung",
            "seong", "cha", "ju", "joo", "chu", "u", "woo", "ku", "koo", "gu", "min", "ra", "jin", "chin", "ji",
            "chi", "om", "eom", "chae", "won", "pang", "bang", "kong", "gong", "hyon", "hyun", "ham", "pyon", "byun",
            "byeon", "yom", "yeom", "pyo", "tong", "kye", "ryom", "sok", "seok", "tak", "thak", "kil", "gil", "pong",
            "bong");
    private static final Map<String, String> INITIALS = Map.of("k", "g", "t", "d", "p", "b", "ch", "j", "ts", "j");

    private KoreanNames() {
    }

    /**
     * The words of a name with a Korean name's spellings folded ({@link #fold}), or {@code words} itself when it is not
     * one. A Korean name: two to four words, each one or two syllables, with a Korean surname first or last. With at
     * least {@value #MIN_SYLLABLES} syllables every word is folded; with fewer, the surname only (Kang Min: gang min),
     * so that "Kim Ung" and "KIM NAM UNG" still share the surname while "YUN, Cheng" keeps its Chinese given name.
     */
    static List<String> foldName(List<String> words) {
        if (words.size() < 2 || words.size() > 4
                || (!KOREAN_SURNAMES.contains(words.get(0)) && !KOREAN_SURNAMES.contains(words.get(words.size() - 1)))) {
            return words;
        }
        int syllables = 0;
        for (String w : words) {
            int k = SURNAMES.containsKey(w) ? 0 : split(w);
            if (k < 0) {
                return words;
            }
            syllables += k > 0 ? 2 : 1;
        }
        List<String> out = new java.util.ArrayList<>(words.size());
        for (String w : words) {
            out.add(syllables >= MIN_SYLLABLES || KOREAN_SURNAMES.contains(w) ? fold(w) : w);
        }
        return out;
    }

    /**
     * The fewest syllables for a name to be folded whole: a surname and a two-syllable given name, as most Korean names
     * are. Two-syllable names (Yun Cheng, Kang Min) are as often Chinese; folding them whole raised the clean-name
     * alerts (kordon eval: 226 to 242 per 100,000) for little recall.
     */
    static final int MIN_SYLLABLES = 3;

    /**
     * Where a word splits into two syllables (a given name written as one word: {@code namung}, {@code jongun}): the
     * first split from the left where both halves are syllables; 0 when the word is one syllable; -1 when it is
     * neither.
     */
    private static int split(String word) {
        if (SYLLABLE.matcher(word).matches()) {
            return 0;
        }
        for (int k = 1; k < word.length(); k++) {
            if (SYLLABLE.matcher(word.substring(0, k)).matches() && SYLLABLE.matcher(word.substring(k)).matches()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * One word of a Korean name brought to the common key ({@code chong} -> {@code jong}, {@code jeong} -> {@code jong},
     * {@code chongun} -> {@code jongun}).
     */
    static String fold(String word) {
        String surname = SURNAMES.get(word);
        if (surname != null) {
            return surname;
        }
        int k = split(word);
        return k > 0 ? foldSyllable(word.substring(0, k)) + foldSyllable(word.substring(k)) : foldSyllable(word);
    }

    private static String foldSyllable(String word) {
        var m = SYLLABLE.matcher(word);
        if (!m.matches()) {
            return word;
        }
        String initial = m.group(1) == null ? "" : m.group(1);
        String vowel = m.group(2);
        String last = m.group(3) == null ? "" : m.group(3);
        initial = INITIALS.getOrDefault(initial, initial);
        vowel = switch (vowel) {
            case "eo" -> "o";
            case "yeo" -> "yo";
            case "eu", "oo" -> "u";
            case "yoo" -> "yu";
            case "oi" -> "oe";
            default -> vowel;
        };
        return initial + vowel + last;
    }
}
