package org.kordon.matching;

/**
 * How much one folded word of a query is worth as another folded word of a listed name, in [0,1].
 *
 * <ul>
 *   <li>equal words: 1.0;
 *   <li>words holding a digit, or of fewer than 4 letters: equal or nothing ({@code "al"} is not {@code "el"});
 *   <li>otherwise Jaro-Winkler, capped by {@code 1.1 - edit distance / longer length} (a transposition is one edit) so that a shared
 *       prefix does not make a short word the same as a longer one, when at least {@link #MIN_JARO_WINKLER}
 *       ({@code putin ~ putim 0.92}; {@code abramov ~ abramovich} is 0.8, no match);
 *   <li>else 0.85 when the Double Metaphone codes agree and the lengths are comparable (not
 *       {@code aleksander ~ aleksandrovich}, whose 6-letter codes agree), or 0.9 when the consonant skeletons agree and one
 *       word has no vowel (unvocalised Arabic: {@code mhmd ~ muhamad});
 *   <li>0.85 for two patronymics of one father's name in different forms ({@code abishevich ~ abishuli});
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
    static final double PATRONYMIC = 0.85;

    private TokenSimilarity() {
    }

    /** {@code 1.1 - osa(a, b) / max(|a|, |b|)}, at most 1; osa counts a transposition as one edit. */
    static double editSimilarity(String a, String b) {
        return Math.min(1.0, 1.1 - (double) osaDistance(a, b) / Math.max(a.length(), b.length()));
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ({@code knusten/knutsen} is 1). */
    static int osaDistance(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    static double similarity(String a, String b) {
        return similarity(a, PhoneticKeys.metaphone(a), PhoneticKeys.skeleton(a), b, PhoneticKeys.metaphone(b), PhoneticKeys.skeleton(b));
    }

    /** As {@link #similarity(String, String)}, with each word's Double Metaphone code and skeleton given. */
    static double similarity(String a, String aMetaphone, String aSkeleton, String b, String bMetaphone, String bSkeleton) {
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
        int la = a.length();
        int lb = b.length();
        boolean comparableLength = 1.1 - (double) Math.abs(la - lb) / Math.max(la, lb) >= MIN_JARO_WINKLER;
        if (comparableLength) {
            double jw = Math.min(JaroWinkler.similarity(a, b), editSimilarity(a, b));
            if (jw >= MIN_JARO_WINKLER) {
                return jw;
            }
        }
        if ((!PhoneticKeys.hasVowel(a) || !PhoneticKeys.hasVowel(b)) && aSkeleton.equals(bSkeleton)) {
            return SKELETON;
        }
        if (comparableLength && !aMetaphone.isEmpty() && aMetaphone.equals(bMetaphone)) {
            return PHONETIC;
        }
        String stem = PhoneticKeys.patronymicStem(a);
        if (stem != null && stem.equals(PhoneticKeys.patronymicStem(b))) {
            return PATRONYMIC;
        }
        return 0.0;
    }
}
