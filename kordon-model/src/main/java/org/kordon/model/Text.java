package org.kordon.model;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Small string helpers shared by the records' compact constructors. */
final class Text {
    private Text() {
    }

    /** NFC-normalises, collapses runs of whitespace to one space and strips; blank becomes null. */
    static @Nullable String clean(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        if (isClean(n)) {
            return n.isEmpty() ? null : n;
        }
        StringBuilder b = null;
        boolean space = false;
        int len = n.length();
        for (int i = 0; i < len; i++) {
            char c = n.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (ws) {
                if (b == null) {
                    b = new StringBuilder(len).append(n, 0, i);
                }
                space = true;
                continue;
            }
            if (b != null) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
            }
            space = false;
        }
        String out = b == null ? n : b.toString();
        return out.isEmpty() ? null : out;
    }

    /** True when {@code s} has only single ASCII spaces between words and none at the ends: the common case. */
    private static boolean isClean(String s) {
        int len = s.length();
        if (len == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(len - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c <= ' ' || c == '\u0085' || c == '\u00A0' || (c >= '\u2000' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                return false;
            }
            prev = c;
        }
        return true;
    }
}
