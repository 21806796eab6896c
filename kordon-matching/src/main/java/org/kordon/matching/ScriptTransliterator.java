package org.kordon.matching;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 2 of name analysis: writes every word that is not plain ASCII in ASCII Latin letters.
 *
 * <p>{@code toLatin("путин владимир")} is {@code "putin vladimir"}; {@code toLatin("юрий")} is {@code "yuriy"};
 * {@code toLatin("нұрсұлтан әбішұлы")} is {@code "nursultan abishuly"}; {@code toLatin("习近平")} is
 * {@code "xi jinping"}; {@code toLatin("григорій")} is {@code "hryhoriy"} and {@code toLatin("григорий")} is
 * {@code "grigoriy"} (Г is h in a Ukrainian or Belarusian word); (a word of Chinese characters becomes surname and joined given name, as lists
 * romanise them); {@code toLatin("أبو محمد الجولاني")} is {@code "abu mhmd al jwlany"} (unvocalised Arabic gives its
 * consonants and long vowels; the article is split off; the skeleton and deletion keys link {@code mhmd} to
 * {@code muhammad} and {@code jwlany} to {@code jawlani}); the name of God is written {@code allah}, also at the
 * end of a joined name ({@code toLatin("نصرالله")} is {@code "nsrallah"}, {@code toLatin("عبد الله")} is
 * {@code "bd allah"}: the ayn is not written, as in most lists). ASCII words are returned untouched and never reach ICU.
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

    /** The most characters a Chinese person's name written in Han has (compound surname and two-syllable name). */
    private static final int HAN_PERSON_MAX = 4;
    /** Words of Chinese organisation names that tell a short Han text is not a person's name. */
    private static final Set<String> HAN_ORGANISATION_WORDS = Set.of("公司", "有限公司", "股份有限公司", "有限责任公司",
            "有限", "股份", "集团", "银行", "技术",
            "科技", "工业", "研究", "研究所", "研究院", "大学", "学院", "贸易", "航运", "海运", "国际", "控股", "实业",
            "电子", "化工", "能源", "石油", "机械", "制造", "船舶", "物流", "投资", "发展", "中心", "工厂", "协会");

    /** الله, Allah: unvocalised, ICU reads it as the article and "lh". */
    private static final String ALLAH = "\u0627\u0644\u0644\u0647";

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
        if (isArabic(word) && word.length() > ALLAH.length() && word.endsWith(ALLAH)) {
            // the name of God ends a joined name (نصرالله Nasrallah, عبدالله Abdullah): written as the lists write it
            return latinWord(word.substring(0, word.length() - ALLAH.length())) + "allah";
        }
        if (word.equals(ALLAH)) {
            return "allah";
        }
        if (isHangul(word)) {
            return hangulWord(word);
        }
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
            List<String> segments = hanWords(word);
            if (isOrganisation(word, segments)) {
                // 华为技术有限公司: "huawei jishu youxian gongsi", one word per dictionary word, as lists write companies
                StringBuilder b = new StringBuilder();
                for (String segment : segments) {
                    b.append(b.isEmpty() ? "" : " ").append(t.transliterate(segment).replace(" ", ""));
                }
                return TextNormalizer.normalize(b.toString());
            }
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

    /**
     * The dictionary words of a Han text (ICU's word break rules segment Chinese with a dictionary); characters the
     * dictionary leaves alone are joined into one word, as a brand name is ({@code 华为}: 华 + 为, "Huawei").
     */
    static List<String> hanWords(String han) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
        words.setText(han);
        List<String> out = new ArrayList<>(4);
        boolean lastSingle = false;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String w = han.substring(start, end);
            boolean single = w.codePointCount(0, w.length()) == 1;
            if (single && lastSingle) {
                out.set(out.size() - 1, out.get(out.size() - 1) + w);
            } else {
                out.add(w);
            }
            lastSingle = single;
        }
        return out;
    }

    /**
     * A Hangul word in the spelling lists use for Korean names (McCune-Reischauer without its marks, as in
     * "Kim Jong Un"), from ICU's Revised Romanization syllable by syllable: eo is o, eu is u, a syllable's
     * first g, d, b, l is k, t, p, r and its last g is k ({@code 박} is pak, {@code 룡} ryong; {@code 김정은} is {@code "kim jongun"}: 김 gim, 정 jeong, 은 eun). A name of two to
     * four syllables is the surname, then the given name joined, as for Chinese names; every syllable keeps its
     * vowel, so no Hangul name becomes a bare consonant skeleton.
     */
    private static String hangulWord(String word) {
        Transliterator t = LATIN.get();
        List<String> syllables = new ArrayList<>(4);
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String syl = t.transliterate(new String(Character.toChars(cp))).toLowerCase(java.util.Locale.ROOT);
            syl = syl.replace("eo", "o").replace("eu", "u");
            if (!syl.isEmpty() && "gdbl".indexOf(syl.charAt(0)) >= 0) {
                syl = "ktpr".charAt("gdbl".indexOf(syl.charAt(0))) + syl.substring(1);
            }
            if (syl.endsWith("g") && !syl.endsWith("ng")) {
                syl = syl.substring(0, syl.length() - 1) + "k";
            }
            syllables.add(syl);
            i += Character.charCount(cp);
        }
        String joined = String.join("", syllables.subList(1, syllables.size()));
        String latin = syllables.size() >= 2 && syllables.size() <= HAN_PERSON_MAX
                ? syllables.get(0) + " " + joined : syllables.get(0) + joined;
        return TextNormalizer.normalize(latin);
    }

    private static boolean isHangul(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /**
     * Whether a Han text is an organisation's name rather than a person's: five characters or more (a Chinese
     * person's name has two to four), or a word of organisation names among its words (技术有限公司).
     */
    private static boolean isOrganisation(String han, List<String> segments) {
        if (han.codePointCount(0, han.length()) >= HAN_PERSON_MAX + 1) {
            return true;
        }
        for (String segment : segments) {
            if (HAN_ORGANISATION_WORDS.contains(segment)) {
                return true;
            }
        }
        return false;
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
