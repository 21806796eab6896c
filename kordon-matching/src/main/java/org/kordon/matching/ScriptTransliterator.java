package org.kordon.matching;

import com.ibm.icu.text.Transliterator;

/**
 * Step 2 of name analysis: writes every word that is not plain ASCII in ASCII Latin letters.
 *
 * <p>{@code toLatin("путин владимир")} is {@code "putin vladimir"}; {@code toLatin("юрий")} is {@code "yuriy"};
 * {@code toLatin("нұрсұлтан әбішұлы")} is {@code "nursultan abishuly"}; {@code toLatin("习近平")} is
 * {@code "xi jinping"}; {@code toLatin("григорій")} is {@code "hryhoriy"} and {@code toLatin("григорий")} is
 * {@code "grigoriy"} (Г is h in a Ukrainian or Belarusian word); (a word of Chinese characters becomes surname and joined given name, as lists
 * romanise them); {@code toLatin("أبو محمد الجولاني")} is {@code "abu mhmd al jwlany"} (unvocalised Arabic gives its
 * consonants and long vowels; the article is split off; the skeleton and deletion keys link {@code mhmd} to
 * {@code muhammad} and {@code jwlany} to {@code jawlani}). ASCII words are returned untouched and never reach ICU.
 *
 * <p>Thread-safe: ICU transliterators are not documented as safe for concurrent use, so each thread
 * keeps its own instance.
 */
final class ScriptTransliterator {
    /*
     * Cyrillic is romanised by our own rules (close to BGN/PCGN) rather than ICU's Cyrillic-Latin, which
     * follows ISO 9 (Юрий -> Ûrij -> "Urij") and matches no list's spelling. The rules cover Russian,
     * Ukrainian, Belarusian and Kazakh letters; the differences between systems that remain (yu/iu,
     * kh/h, -iy/-y) are removed later by RomanisationFolder. Everything else goes through ICU's
     * Any-Latin (Arabic, Han, Greek, Georgian, Armenian...) and Latin-ASCII.
     */
    private static final String RULES = """
            :: NFC;
            щ > shch; ж > zh; х > kh; ц > ts; ч > ch; ш > sh; ю > yu; я > ya; ё > yo; є > ye; ї > yi;
            а > a; б > b; в > v; г > g; ґ > g; д > d; е > e; з > z; и > i; і > i; й > y; к > k; л > l;
            м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u; ў > u; ф > f; ъ > ; ы > y; ь > ; э > e;
            ә > a; ғ > g; қ > k; ң > ng; ө > o; ұ > u; ү > u; һ > h;
            ş > sh; ç > ch; ə > a; ı > i;
            :: Any-Latin;
            :: Latin-ASCII;
            """;

    /**
     * Ukrainian and Belarusian say Г as h (Hryhoriy, Aliaksandr Ryhoravich), Russian and Kazakh as g; Ukrainian
     * И is y. A word with a letter only Ukrainian or Belarusian has (і ї є ґ ў), and none only Kazakh has, takes
     * these. Other words of a Ukrainian name (Віктор Федорович: "fedorovich") keep the Russian reading, which
     * folding makes equal to the Ukrainian one except for г.
     */
    private static final String UKRAINIAN_RULES = "г > h; и > y;\n" + RULES;

    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("kordon-latin", RULES, Transliterator.FORWARD));
    private static final ThreadLocal<Transliterator> LATIN_UK =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("kordon-latin-uk", UKRAINIAN_RULES, Transliterator.FORWARD));

    private ScriptTransliterator() {
    }

    /** Transliterates each space-separated word of a normalised (lower-case) text that is not ASCII. */
    static String toLatin(String normalized) {
        if (isAscii(normalized)) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length() + 8);
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf(' ', start);
            if (end < 0) {
                end = normalized.length();
            }
            String word = normalized.substring(start, end);
            if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(isAscii(word) ? word : latinWord(word));
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String latinWord(String word) {
        Transliterator t = isUkrainianOrBelarusian(word) ? LATIN_UK.get() : LATIN.get();
        String latin = t.transliterate(word).toLowerCase(java.util.Locale.ROOT);
        if (isArabic(word)) {
            // the article is written joined (الجولاني, al-Jawlani): split it off as lists do; a final و is
            // the long vowel of Abu, Abu Bakr...
            if (latin.startsWith("al") && word.startsWith("ال") && word.length() > 3) {
                latin = "al " + latin.substring(2);
            }
            if (latin.endsWith("w")) {
                latin = latin.substring(0, latin.length() - 1) + "u";
            }
        } else if (isHan(word)) {
            // "xi jin ping": surname, then the given name's syllables joined, as lists write Chinese names.
            String[] syl = latin.strip().split(" +");
            if (syl.length > 1) {
                StringBuilder b = new StringBuilder(syl[0]).append(' ');
                for (int i = 1; i < syl.length; i++) {
                    b.append(syl[i]);
                }
                latin = b.toString();
            }
        }
        return TextNormalizer.normalize(latin);
    }

    static boolean isUkrainianOrBelarusian(String word) {
        boolean marker = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ("әғқңөұүһ".indexOf(c) >= 0) {
                return false;
            }
            marker |= "іїєґў".indexOf(c) >= 0;
        }
        return marker;
    }

    private static boolean isArabic(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    private static boolean isHan(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
