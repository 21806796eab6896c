package org.kordon.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Step 1 of name analysis: NFKC, case folding with {@link Locale#ROOT}, punctuation to spaces.
 *
 * <p>{@code normalize("PUTIN, Vladimir V.")} is {@code "putin vladimir v"};
 * {@code normalize("O'Brien")} is {@code "obrien"} (apostrophes join, other punctuation separates);
 * digits are kept: {@code normalize("11420 CORP.")} is {@code "11420 corp"}. Combining marks stay (the
 * transliterator removes them), so {@code "Әбішұлы"} stays in its script.
 *
 * <p>Two spellings are resolved here, where the punctuation that tells them apart is still seen:
 * <ul>
 *   <li>the Persian joining vowel (ezafe) written with a hyphen after a word is dropped:
 *       {@code normalize("Bank-e Melli")} and {@code normalize("Bank-ye Melli")} are {@code "bank melli"}, not a
 *       one-letter word {@code e} that would read as an initial;</li>
 *   <li>an abbreviation of three or more single letters written with dots and no spaces is one word:
 *       {@code normalize("A.B.C. Trading")} is {@code "abc trading"}; initials written apart stay initials
 *       ({@code normalize("V. V. Putin")} is {@code "v v putin"}), and so do two joined ones ({@code "V.V."}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class TextNormalizer {
    /** A hyphen, then e or ye ending the word: the Persian ezafe ("Bank-e Melli", "Sazman-e", "Daneshgah-ye"). */
    private static final Pattern EZAFE = Pattern.compile("(?<=[\\p{L}\\p{M}])[-\u2010\u2011]y?e(?![\\p{L}\\p{M}\\p{N}])");
    /** Three or more single letters each followed by a dot, no spaces ("a.b.c.", "r.e.n.t.a.l"). */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}.])(?:\\p{L}\\.){2,}\\p{L}(?![\\p{L}\\p{M}\\p{N}])\\.?");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (s.indexOf('-') >= 0 || s.indexOf('\u2010') >= 0 || s.indexOf('\u2011') >= 0) {
            s = EZAFE.matcher(s).replaceAll("");
        }
        if (s.indexOf('.') >= 0) {
            s = DOTTED.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            int type = Character.getType(cp);
            boolean keep = Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (keep) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u02BB'
                || cp == '`' || cp == '\u00B4' || cp == '\u02B9' || cp == '\u02BA'
                // the half rings ICU writes for the Arabic ayn and hamza (عبد -> ʿbd)
                || cp == '\u02BE' || cp == '\u02BF';
    }
}
