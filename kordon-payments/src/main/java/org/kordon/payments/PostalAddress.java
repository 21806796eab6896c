package org.kordon.payments;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A party's address as the message gives it: structured parts (ISO 20022 {@code PstlAdr}, MT 50F/59F line 3) and
 * unstructured lines ({@code AdrLine}, MT 50K/59 lines after the name).
 *
 * @param lines       the unstructured lines and the street, in message order; may be empty
 * @param town        {@code TwnNm} (or MT {@code 3/CC/Town}), or null
 * @param subdivision {@code CtrySubDvsn} (a region, state, oblast), or null
 * @param country     ISO 3166-1 alpha-2 code in upper case as the message writes it ({@code Ctry}), or null
 */
public record PostalAddress(List<String> lines, @Nullable String town, @Nullable String subdivision, @Nullable String country) {
    public PostalAddress {
        lines = List.copyOf(lines);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** True when nothing is known. */
    public boolean isEmpty() {
        return lines.isEmpty() && town == null && subdivision == null && country == null;
    }

    /** The address on one line: {@code "ul. Vavilova 19, Moscow, RU"}. */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        for (String s : lines) {
            append(b, s);
        }
        append(b, town);
        append(b, subdivision);
        append(b, country);
        return b.toString();
    }

    private static void append(StringBuilder b, @Nullable String s) {
        if (s != null && !s.isBlank()) {
            b.append(b.isEmpty() ? "" : ", ").append(s.strip());
        }
    }
}
