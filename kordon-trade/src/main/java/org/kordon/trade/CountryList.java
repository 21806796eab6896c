package org.kordon.trade;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of countries with its publication and source, such as the diversion-risk countries.
 *
 * <pre>{@code
 * CountryList.diversionRisk().codes();   // [AM, AZ, CN, HK, GE, KZ, KG, RS, TJ, TR, AE, UZ]
 * }</pre>
 *
 * Files: CSV with an {@code iso2} column (alpha-2), {@code #} comments before the header may say {@code list:},
 * {@code published:}, {@code source:}.
 *
 * @param name      the list's name
 * @param published publication date or year as the file says it
 * @param source    where it comes from
 * @param codes     ISO alpha-2 codes, upper case, in file order
 */
public record CountryList(String name, String published, String source, Set<String> codes) {
    public CountryList {
        codes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    /** The bundled diversion-risk countries (the authorities' published circumvention guidance; see the file). */
    public static CountryList diversionRisk() {
        return of(Csv.resource("diversion-risk-countries.csv", List.of("iso2")), "diversion-risk");
    }

    /** Russia and Belarus: the destinations to which controlled goods may not go. */
    public static CountryList sanctionedDestinations() {
        return new CountryList("sanctioned-destinations", "Reg. 833/2014 and 765/2006", "EU, US, UK, JP export bans", new LinkedHashSet<>(List.of("RU", "BY")));
    }

    /** Reads a country list with an {@code iso2} column from {@code file}. */
    public static CountryList load(Path file) throws IOException {
        return of(Csv.read(file, List.of("iso2")), String.valueOf(file.getFileName()).replaceFirst("\\.csv$", ""));
    }

    private static CountryList of(Csv.Table t, String defaultName) {
        Set<String> codes = new LinkedHashSet<>();
        for (Csv.Row r : t.rows()) {
            try {
                String c = Shipment.country(r.get("iso2"), "iso2");
                if (c == null) {
                    throw r.error("iso2", "is empty");
                }
                codes.add(c);
            } catch (IllegalArgumentException e) {
                throw r.error("iso2", e.getMessage());
            }
        }
        return new CountryList(t.meta().getOrDefault("list", defaultName), t.meta().getOrDefault("published", "unknown"),
                t.meta().getOrDefault("source", defaultName), codes);
    }

    /** Whether {@code iso2} (upper case) is in the list. */
    public boolean contains(String iso2) {
        return iso2 != null && codes.contains(iso2);
    }
}
