package org.kordon.matching;

/**
 * How much one folded word of a query is worth as another folded word of a listed name, in [0,1].
 *
 * <ul>
 *   <li>equal words: 1.0;
 *   <li>words holding a digit: equal or nothing; a digit is never an initial ({@code "2"} is not {@code "23"});
 *   <li>words of fewer than 4 letters: equal, or {@link #SHORT_WORD} when two 3-letter words differ by one vowel
 *       ({@code mid ~ med}) or a 3-letter word is the other with one letter added at the end ({@code leo ~ leon});
 *       else nothing ({@code "al"} is not {@code "el"}, {@code kim} is not {@code kin});
 *   <li>otherwise Jaro-Winkler, capped by {@code 1.1 - edit distance / longer length} (a transposition is one edit) so that a shared
 *       prefix does not make a short word the same as a longer one, when at least {@link #MIN_JARO_WINKLER}
 *       ({@code putin ~ putim 0.92}; {@code abramov ~ abramovich} is 0.8, no match), and at most {@link #MAX_EDITS}
 *       edits apart below {@link PhoneticKeys#LONG} letters (three edits in a 12-letter word make another name more
 *       often than a spelling: {@code bladimirovich ~ kasimirovich}, {@code electrodetal ~ elektrostal});
 *   <li>else 0.85 when the Double Metaphone codes agree, both words have at least
 *       {@link ScoringWeights#phoneticMinLength()} (6) letters, the lengths are comparable and the spellings are not
 *       far apart ({@link #editSimilarity} at least {@link ScoringWeights#phoneticMinEdit()}, 0.75): {@code mohamed ~
 *       muhamad 0.81}, {@code catherine ~ kathrin 0.77}; not {@code kolobov ~ glebova}, {@code osadko ~ usatiuk},
 *       {@code gushin ~ kashina}, whose codes agree but whose letters mostly do not; not {@code olga ~ oleg}, {@code brin ~ braun}, {@code gene ~ jon}, nor
 *       {@code aleksander ~ aleksandrovich}, whose 6-letter codes agree) (a romanised
 *       Korean {@code minsu} is not {@code mnis}); shorter words whose codes agree and that start with the same letter
 *       get {@link #PHONETIC_SHORT} (0.6, a hint: {@code rosi ~ rusia}, {@code brin ~ braun}), or 0.9 when the consonant skeletons agree and one word has no vowel
 *       (unvocalised Arabic: {@code mhmd ~ muhamad});
 *   <li>0.85 for two patronymics of one father's name in different forms ({@code abishevich ~ abishuli});
 *   <li>an initial against a word starting with it: {@link #INITIAL} ({@code v ~ vladimir 0.6}).
 * </ul>
 * Only words that share a {@link PhoneticKeys} key are ever compared (the index guarantees it); this
 * class does not check it. Symmetric. Thread-safe.
 */
final class TokenSimilarity {
    private static final ScoringWeights W = ScoringWeights.DEFAULT;
    static final double MIN_JARO_WINKLER = W.minJaroWinkler();
    static final double PHONETIC = W.phonetic();
    static final double SKELETON = W.skeleton();
    static final double INITIAL = W.initial();
    static final double PATRONYMIC = W.patronymic();
    static final double SHORT_WORD = W.shortWord();
    static final double PHONETIC_SHORT = W.phoneticShort();
    /** The most edits between two spellings of one word shorter than {@link PhoneticKeys#LONG} letters. */
    static final int MAX_EDITS = 2;

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
        if (PhoneticKeys.hasDigit(a) || PhoneticKeys.hasDigit(b)) {
            return 0.0;
        }
        if (a.length() == 1 || b.length() == 1) {
            String initial = a.length() == 1 ? a : b;
            String word = a.length() == 1 ? b : a;
            return word.charAt(0) == initial.charAt(0) ? INITIAL : 0.0;
        }
        if (a.length() < PhoneticKeys.MIN_FUZZY_LENGTH || b.length() < PhoneticKeys.MIN_FUZZY_LENGTH) {
            return shortWords(a, b);
        }
        int la = a.length();
        int lb = b.length();
        boolean comparableLength = 1.1 - (double) Math.abs(la - lb) / Math.max(la, lb) >= MIN_JARO_WINKLER;
        if (comparableLength) {
            int edits = osaDistance(a, b);
            double jw = Math.min(JaroWinkler.similarity(a, b), Math.min(1.0, 1.1 - (double) edits / Math.max(la, lb)));
            if (jw >= MIN_JARO_WINKLER && (edits <= MAX_EDITS || Math.max(la, lb) >= PhoneticKeys.LONG)) {
                return jw;
            }
        }
        if ((!PhoneticKeys.hasVowel(a) || !PhoneticKeys.hasVowel(b)) && aSkeleton.equals(bSkeleton)) {
            return SKELETON;
        }
        if (comparableLength && !aMetaphone.isEmpty() && aMetaphone.equals(bMetaphone)) {
            if (Math.min(la, lb) >= W.phoneticMinLength() && editSimilarity(a, b) >= W.phoneticMinEdit()) {
                return PHONETIC;
            }
            if (a.charAt(0) == b.charAt(0)) {
                return PHONETIC_SHORT;
            }
        }
        String stem = PhoneticKeys.patronymicStem(a);
        if (stem != null && stem.equals(PhoneticKeys.patronymicStem(b))) {
            return PATRONYMIC;
        }
        return 0.0;
    }

    /** Two words, one of fewer than 4 letters: a vowel substituted in two 3-letter words, or a letter added to one. */
    private static double shortWords(String a, String b) {
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        if (s.length() != 3) {
            return 0.0;
        }
        if (l.length() == 3) {
            int diff = -1;
            for (int k = 0; k < 3; k++) {
                if (s.charAt(k) != l.charAt(k)) {
                    if (diff >= 0) {
                        return 0.0;
                    }
                    diff = k;
                }
            }
            return diff > 0 && isVowel(s.charAt(diff)) && isVowel(l.charAt(diff)) ? SHORT_WORD : 0.0;
        }
        return l.length() == 4 && l.startsWith(s) ? SHORT_WORD : 0.0;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
