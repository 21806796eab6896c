package org.kordon.trade;

/**
 * A six-digit Harmonized System subheading, the level every country's tariff shares.
 *
 * <p>{@code Hs6.parse("8542.31.0000")} is {@code 854231}; so are {@code "8542 31"}, {@code "85423100"} (CN8) and
 * {@code "8542310000"} (HTS-10). Dots, spaces and hyphens between digits are dropped; 6, 8 or 10 digits are cut to
 * the first six. Anything else (letters, 4 digits, 7 digits, chapter 00) is refused with a message quoting the code.
 *
 * @param code six ASCII digits
 */
public record Hs6(String code) implements Comparable<Hs6> {
    public Hs6 {
        if (code == null || code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an HS-6 code is six digits, got '" + code + "'");
        }
    }

    /**
     * Normalises an HS code as declared to its HS-6 subheading.
     *
     * @throws IllegalArgumentException saying why, with the code quoted, when it is not 6, 8 or 10 digits
     */
    public static Hs6 parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("HS code is empty");
        }
        String s = raw.strip();
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' && c != ' ' && c != '-' && c != '\u00A0') {
                throw new IllegalArgumentException("HS code '" + raw + "' has a character other than digits, dots, spaces or hyphens");
            }
            if (digits.length() > 10) {
                throw new IllegalArgumentException("HS code '" + raw + "' has more than 10 digits");
            }
        }
        int n = digits.length();
        if (n == 4 || n == 2) {
            throw new IllegalArgumentException("HS code '" + raw + "' has " + n + " digits: a " + (n == 2 ? "chapter" : "heading")
                    + ", not a six-digit subheading");
        }
        if (n != 6 && n != 8 && n != 10) {
            throw new IllegalArgumentException("HS code '" + raw + "' has " + n + " digits; expected 6, 8 or 10"
                    + (n == 5 || n == 7 || n == 9 ? " (a leading zero lost?)" : ""));
        }
        String six = digits.substring(0, 6);
        if (six.startsWith("00")) {
            throw new IllegalArgumentException("HS code '" + raw + "' is in chapter 00, which does not exist");
        }
        return new Hs6(six);
    }

    /** The two-digit chapter, e.g. {@code "85"}. */
    public String chapter() {
        return code.substring(0, 2);
    }

    /** The four-digit heading, e.g. {@code "8542"}. */
    public String heading() {
        return code.substring(0, 4);
    }

    @Override
    public int compareTo(Hs6 o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
