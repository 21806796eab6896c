package org.kordon.matching;

/**
 * Step 4 of name analysis: folds the spellings that different romanisation systems give one name
 * onto one form, so that {@code Yuri}, {@code Yury}, {@code Yuriy} and {@code Iurii} all become {@code "iuri"}.
 *
 * <p>Rules, applied to a lower-case ASCII word from left to right, longest first:
 * <pre>
 *   shch, sch, sz -> sh    tsch, tch, cz -> ch    dzh, zh, dj -> j    kh -> h    tz -> ts
 *   hs before i at the start -> ks (Wade-Giles Hsi, Hsieh are pinyin Xi, Xie)    chtch -> sh (French щ)
 *   in a name of the German or French scheme ({@link Scheme}), every word read so: German dsch -> j;
 *   French initial ie -> e, gu before e or i -> g, ch -> sh
 *   in a word of the German scheme (see isGermanScheme): j before a vowel at the start -> i, je -> e
 *   (Jakowlew, Jurij: iakovlev, iuri; Jewgenij: evgeni); j inside the word as y (Ilijew: iliev,
 *   Michajlowitsch: mihailovich); ch -> h (х)
 *   ph -> f    ck, q -> k    x -> ks    w -> v    ou, oo -> u    ye at the start or after a vowel -> e
 *   (other ye -> ie)    y -> i
 * </pre>
 * then doubled letters collapse ({@code ii -> i}, so the endings -iy, -yy, -ii and -y all end in {@code i};
 * {@code -ij} at the end becomes {@code i}, {@code -ej} becomes {@code ei}), and {@code aiev}/{@code eiev} become {@code aev}/{@code eev}
 * (Nazarbayev, Nazarbaev). A "ye" after a vowel is the plain vowel е that BGN writes ye and others e
 * (Alekseyevna, Alekseevna: both {@code alekseevna}), so a typo in such a word stays one edit from the other
 * spelling. Digits pass through unchanged. Examples: {@code fold("shcherbakov")} is
 * {@code "sherbakov"}, {@code fold("yevgeniy")} is {@code "evgeni"}, {@code fold("khodorkovskiy")} is
 * {@code "hodorkovski"}. The result is only a matching key, never shown. Stateless and thread-safe.
 */
final class RomanisationFolder {
    private RomanisationFolder() {
    }

    /**
     * The romanisation a whole name is written in, read from its surest word, so that the words with no mark of their
     * own are read alike: "Juri" in "Juri Walentinowitsch Kowaltschuk" is German (Юрий, not an English Juri), "Ievgueni"
     * in "Ievgueni Prigojine ... Ievguenievitch" French.
     */
    enum Scheme {
        /** No mark: each word is read by its own form (a German ending still makes that word German). */
        DEFAULT,
        /** A word has tsch or the patronymic endings -owna, -ewna: j is й, ch is х, dsch is дж. */
        GERMAN,
        /**
         * A word ends in the French patronymic -itch or has chtch (щ): an initial ie is е (Iekaterina, Ievgueni), gu before
         * e or i is a hard g (Sergueï), ch is ш (Terechtchenko: tch is ч, chtch is щ).
         */
        FRENCH;

        /** The scheme of a name's words (lower-case ASCII, before folding). */
        static Scheme of(java.util.List<String> words) {
            for (String w : words) {
                if (w.contains("tsch") || w.endsWith("owna") || w.endsWith("ewna")) {
                    return GERMAN;
                }
            }
            for (String w : words) {
                if ((w.length() > 6 && w.endsWith("itch")) || w.contains("chtch")) {
                    return FRENCH;
                }
            }
            return DEFAULT;
        }
    }

    static String fold(String word) {
        return fold(word, Scheme.DEFAULT);
    }

    /** {@link #fold(String)} in a name written in {@code scheme}. */
    static String fold(String word, Scheme scheme) {
        int n = word.length();
        StringBuilder b = new StringBuilder(n + 2);
        boolean german = n > 2 && (scheme == Scheme.GERMAN || isGermanScheme(word));
        boolean french = scheme == Scheme.FRENCH;
        for (int i = 0; i < n; ) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                i++;
            } else if (french && i == 0 && n > 3 && starts(word, 0, "ie") && !isVowel(word.charAt(2))) {
                b.append('e'); // French ie for an initial е: Iekaterina, Ievgueni (Ekaterina, Evgeni)
                i += 2;
            } else if (french && starts(word, i, "gu") && i + 2 < n && (word.charAt(i + 2) == 'e' || word.charAt(i + 2) == 'i')) {
                b.append('g'); // French gu before e, i is a hard g: Sergueï, Guiguel (Sergei, Gigel)
                i += 2;
            } else if (starts(word, i, "chtch")) {
                b.append("sh"); // French щ: Terechtchenko, Ivachtchenko (Tereshchenko, Ivashchenko)
                i += 5;
            } else if (german && starts(word, i, "dsch")) {
                b.append('j'); // German дж: Dschabarow, Gadschijew (Dzhabarov, Gadzhiev)
                i += 4;
            } else if (i == 0 && c == 'j' && german && isVowel(word.charAt(1))) {
                if (word.charAt(1) != 'e') {
                    b.append('i'); // German j for й, я, ю: Jakowlew, Jurij (Yakovlev, Yuriy); je is е, as ye
                }
                i++;
            } else if (i == 0 && n > 2 && starts(word, i, "hsi")) {
                b.append("ks"); // Wade-Giles hs is pinyin x: Hsi, Xi; Hsieh, Xie (not Hsu: a typo of Husayn is Hsuayn)
                i += 2;
            } else if (starts(word, i, "tsch")) {
                b.append("ch"); // German: Timtschenko, Kowaltschuk
                i += 4;
            } else if (starts(word, i, "shch")) {
                b.append("sh");
                i += 4;
            } else if (starts(word, i, "sch")) {
                b.append("sh");
                i += 3;
            } else if (starts(word, i, "dzh")) {
                b.append('j');
                i += 3;
            } else if (starts(word, i, "tch")) {
                b.append("ch");
                i += 3;
            } else if (german && c == 'j') {
                // German j inside a word: й before a consonant or at the end (Michajlowitsch: mihailovich), е after a
                // vowel (Ilijew, Gasijew: iliev, gasiev), else я, ю (Kasjantschyk: kasianchik)
                if (i + 1 < n && word.charAt(i + 1) == 'e') {
                    appendPair(b, 'y', 'e', isVowel(word.charAt(i - 1)));
                    i += 2;
                } else {
                    b.append('i');
                    i++;
                }
            } else if (german && starts(word, i, "ch")) {
                b.append('h'); // German ch is х (sch and tsch are read above): Michajlowitsch, Tarchan
                i += 2;
            } else if (french && starts(word, i, "ch")) {
                b.append("sh"); // French ch is ш (tch and chtch are read above): Stassichin (Stasishin)
                i += 2;
            } else if (i + 1 < n && isPair(c, word.charAt(i + 1))) {
                appendPair(b, c, word.charAt(i + 1), i == 0 || isVowel(word.charAt(i - 1)));
                i += 2;
            } else {
                switch (c) {
                    case 'q' -> b.append('k');
                    case 'x' -> b.append("ks");
                    case 'w' -> b.append('v');
                    case 'y' -> b.append('i');
                    default -> b.append(c);
                }
                i++;
            }
        }
        return collapse(b);
    }

    /**
     * Whether a word is a Russian name in the German scheme, where j is й and я, ю, е begin with it: it has tsch,
     * or the German endings of -ов, -ев, -овна, -евна, -ович, -евич, -ий, -ей ({@code jakowlew}, {@code jurij},
     * {@code janukowytsch}). English and Arabic words with an initial j (Jamal, Jawad, Jewel) have none of them.
     */
    private static boolean isGermanScheme(String word) {
        if (word.contains("tsch")) {
            return true;
        }
        for (String end : GERMAN_ENDINGS) {
            if (word.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GERMAN_ENDINGS = {"ow", "ew", "owa", "ewa", "owna", "ewna", "ij", "ej"};

    /** Whether folding may rewrite the pair {@code ac} (a digraph, or any letter before h: tch, shch, dzh). */
    static boolean mayRewrite(char a, char c) {
        return c == 'h' || isPair(a, c);
    }

    private static boolean isPair(char a, char c) {
        return switch (a) {
            case 's' -> c == 'z';
            case 'c' -> c == 'z' || c == 'k';
            case 'z' -> c == 'h';
            case 'd' -> c == 'j';
            case 'k' -> c == 'h';
            case 't' -> c == 'z';
            case 'p' -> c == 'h';
            case 'o' -> c == 'u' || c == 'o';
            case 'y' -> c == 'e';
            default -> false;
        };
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** {@code softE}: a "ye" at the start of the word or after a vowel is the vowel е, else ь + е ("ie"). */
    private static void appendPair(StringBuilder b, char a, char c, boolean softE) {
        switch (a) {
            case 's' -> b.append("sh");
            case 'c' -> b.append(c == 'z' ? "ch" : "k");
            case 'z', 'd' -> b.append('j');
            case 'k' -> b.append('h');
            case 't' -> b.append("ts");
            case 'p' -> b.append('f');
            case 'o' -> b.append('u');
            case 'y' -> b.append(softE ? "e" : "ie");
            default -> throw new AssertionError(a);
        }
    }

    private static boolean starts(String s, int i, String prefix) {
        return s.startsWith(prefix, i);
    }

    private static String collapse(StringBuilder b) {
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c || Character.isDigit(c)) {
                out.append(c);
            }
        }
        int n = out.length();
        if (n > 2 && out.charAt(n - 2) == 'i' && out.charAt(n - 1) == 'j') {
            out.setLength(n - 1);
        } else if (n > 2 && out.charAt(n - 2) == 'e' && out.charAt(n - 1) == 'j') {
            out.setCharAt(n - 1, 'i'); // German and Czech -ej is -ей: Sergej, Andrej (Sergei, Andrei)
        }
        replaceAll(out, "aiev", "aev");
        replaceAll(out, "eiev", "eev");
        return out.toString();
    }

    private static void replaceAll(StringBuilder b, String from, String to) {
        int at = b.indexOf(from);
        while (at >= 0) {
            b.replace(at, at + from.length(), to);
            at = b.indexOf(from, at + to.length());
        }
    }
}
