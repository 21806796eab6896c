package org.kordon.model;

import java.text.Normalizer;

/** Small string helpers shared by the records' compact constructors. */
final class Text {
    private Text() {
    }

    /** NFC-normalises, collapses runs of whitespace to one space and strips; blank becomes null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
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
}
