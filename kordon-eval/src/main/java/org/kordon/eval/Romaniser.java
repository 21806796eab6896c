package org.kordon.eval;

import java.util.Locale;
import java.util.Map;

/**
 * German (Duden-style) and French romanisation of Russian, Ukrainian and Belarusian Cyrillic names, written for the
 * evaluation from the published conventions and independent of Kordon's own transliteration (which the evaluation
 * measures, so it must not make the cases).
 *
 * <p>{@code german("Пригожин Евгений Викторович")} is {@code "Prigoschin Jewgeni Wiktorowitsch"};
 * {@code french("Пригожин Евгений Викторович")} is {@code "Prigojin Ievgueni Viktorovitch"}. The language is told
 * by its letters: і/ї/є/ґ mark Ukrainian (г is then h), ў marks Belarusian;
 * otherwise Russian. Letters outside Cyrillic pass through unchanged. Words come out capitalised.
 */
final class Romaniser {
    private Romaniser() {
    }

    /*
     * Tables. Context rules applied in code: е/ё/я/ю iotated (je/jo/ja/ju in German, ie/io/ia/iou in French) at the
     * start of a word and after a vowel, ь or ъ; с between vowels doubled (ss) in both; French г before е/и/ы/э
     * written gu; German й written j (Sergej), French й written ï after a vowel and i otherwise; й after и is dropped
     * in German and French (Jewgeni, Ievgueni).
     */
    private static final Map<Character, String> GERMAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "w"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "jo"), Map.entry('ж', "sch"), Map.entry('з', "s"), Map.entry('и', "i"),
            Map.entry('й', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "ch"), Map.entry('ц', "z"), Map.entry('ч', "tsch"),
            Map.entry('ш', "sch"), Map.entry('щ', "schtsch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "ju"), Map.entry('я', "ja"), Map.entry('і', "i"), Map.entry('ї', "ji"),
            Map.entry('є', "je"), Map.entry('ґ', "g"), Map.entry('ў', "w"));

    private static final Map<Character, String> FRENCH = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "io"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "ou"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "tch"),
            Map.entry('ш', "ch"), Map.entry('щ', "chtch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iou"), Map.entry('я', "ia"), Map.entry('і', "i"), Map.entry('ї', "ï"),
            Map.entry('є', "ie"), Map.entry('ґ', "g"), Map.entry('ў', "ou"));

    private static final String VOWELS = "аеёиоуыэюяіїєў";

    /** True when the text has at least one Cyrillic letter. */
    static boolean isCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    static String german(String cyrillic) {
        return romanise(cyrillic, true);
    }

    static String french(String cyrillic) {
        return romanise(cyrillic, false);
    }

    private static String romanise(String text, boolean german) {
        // lower-cased letter by letter, so that positions match the original (whose other characters pass through)
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(ch -> lower.append(Character.toLowerCase((char) ch)));
        String s = lower.toString();
        boolean ukrainian = s.chars().anyMatch(c -> c == 'і' || c == 'ї' || c == 'є' || c == 'ґ');
        Map<Character, String> table = german ? GERMAN : FRENCH;
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            String r = table.get(c);
            if (r == null) {
                out.append(text.charAt(i));
                wordStart = !Character.isLetter(c);
                continue;
            }
            boolean afterVowel = VOWELS.indexOf(prev) >= 0 || prev == 'ь' || prev == 'ъ';
            if (c == 'е' || c == 'є') {
                r = (wordStart || afterVowel || c == 'є') ? (german ? "je" : "ie") : "e";
            } else if (c == 'й' && (prev == 'и' || prev == 'ы') && !Character.isLetter(next)) {
                r = "";
            } else if (c == 'й' && !german && afterVowel) {
                r = "ï";
            } else if (c == 'с' && VOWELS.indexOf(prev) >= 0 && VOWELS.indexOf(next) >= 0) {
                r = "ss";
            } else if (c == 'г' && ukrainian) {
                r = "h";
            } else if (c == 'г' && !german && "еиыэієї".indexOf(next) >= 0) {
                r = "gu";
            }
            if (wordStart && !r.isEmpty()) {
                r = r.substring(0, 1).toUpperCase(Locale.ROOT) + r.substring(1);
            }
            out.append(r);
            wordStart = false;
        }
        return out.toString();
    }
}
