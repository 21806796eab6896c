package org.kordon.matching;

/**
 * How much one folded word of a query is worth as another folded word of a listed name, in [0,1].
 *
 * <ul>
 *   <li>equal words: 1.0;
 *   <li>words holding a digit, or of fewer than 4 letters: equal or nothing ({@code "al"} is not {@code "el"});
 *   <li>otherwise Jaro-Winkler when at least {@link #MIN_JARO_WINKLER} ({@code putin ~ putim 0.92});
 *   <li>else 0.85 when the Double Metaphone codes agree, or 0.9 when the consonant skeletons agree and one
 *       word has no vowel (unvocalised Arabic: {@code mhmd ~ muhamad});
 *   <li>an initial against a word starting with it: {@link #INITIAL} ({@code v ~ vladimir 0.6}).
 * </ul>
 * Only words that share a {@link PhoneticKeys} key are ever compared (the index guarantees it); this
 * class does not check it. Symmetric. Thread-safe.
 */
final class TokenSimilarity {
    static final double MIN_JARO_WINKLER = 0.84;
    static final double PHONETIC = 0.85;
    static final double SKELETON = 0.9;
    static final double INITIAL = 0.6;

    private TokenSimilarity() {
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() == 1 || b.length() == 1) {
            String initial = a.length() == 1 ? a : b;
            String word = a.length() == 1 ? b : a;
            return word.charAt(0) == initial.charAt(0) ? INITIAL : 0.0;
        }
        if (a.length() < PhoneticKeys.MIN_FUZZY_LENGTH || b.length() < PhoneticKeys.MIN_FUZZY_LENGTH
                || PhoneticKeys.hasDigit(a) || PhoneticKeys.hasDigit(b)) {
            return 0.0;
        }
        double jw = JaroWinkler.similarity(a, b);
        if (jw >= MIN_JARO_WINKLER) {
            return jw;
        }
        if ((!PhoneticKeys.hasVowel(a) || !PhoneticKeys.hasVowel(b))
                && PhoneticKeys.skeleton(a).equals(PhoneticKeys.skeleton(b))) {
            return SKELETON;
        }
        if (PhoneticKeys.metaphone(a).equals(PhoneticKeys.metaphone(b))) {
            return PHONETIC;
        }
        return 0.0;
    }
}
