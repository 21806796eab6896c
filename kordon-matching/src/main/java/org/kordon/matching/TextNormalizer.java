package org.kordon.matching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Step 1 of name analysis: NFKC, case folding with {@link Locale#ROOT}, punctuation to spaces.
 *
 * <p>{@code normalize("PUTIN, Vladimir V.")} is {@code "putin vladimir v"};
 * {@code normalize("O'Brien")} is {@code "obrien"} (apostrophes join, other punctuation separates);
 * digits are kept: {@code normalize("11420 CORP.")} is {@code "11420 corp"}. Combining marks stay (the
 * transliterator removes them), so {@code "Әбішұлы"} stays in its script. Stateless and thread-safe.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
                || cp == '`' || cp == '\u00B4' || cp == '\u02B9' || cp == '\u02BA';
    }
}
