package org.kordon.maritime;

/**
 * The shared parsing of the two IMO numbering schemes: an optional {@code IMO} prefix (any case, followed by
 * spaces, a colon, a dot or a hyphen), then exactly seven ASCII digits. Stateless.
 */
final class ImoDigits {
    private static final int MAX_QUOTED = 40;

    private ImoDigits() {
    }

    /** The seven digits of {@code text}, or an exception quoting it; {@code what} names the scheme in messages. */
    static String digits(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String s = text.strip();
        if (s.regionMatches(true, 0, "IMO", 0, 3)) {
            int i = 3;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':' || s.charAt(i) == '.' || s.charAt(i) == '-')) {
                i++;
            }
            s = s.substring(i);
        }
        if (s.length() != 7 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not " + what + ": " + quote(text)
                    + " (expected 7 digits, e.g. IMO 9256858 or 9256858)");
        }
        return s;
    }

    /** The digit at {@code i}, 0..9. */
    static int at(String digits, int i) {
        return digits.charAt(i) - '0';
    }

    /** {@code 'value'}, cut to a readable length so that hostile input cannot flood a log line. */
    static String quote(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        return "'" + v + "'";
    }
}
