package org.kordon.trade;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of countries with its publication and source, such as the diversion-risk countries.
 *
 * <pre>{@code
 * CountryList.diversionRisk().codes();          // [AM, BR, CN, GE, IN, IL, KZ, KG, MX, NI, RS, SG, ZA, TW, TJ, TR, AE, UZ, HK, MO]
 * CountryList.diversionRisk().sourceOf("HK");   // "Tri-Seal note (2023-03-02)"
 * }</pre>
 *
 * Files: CSV with an {@code iso2} column (alpha-2); optional {@code source} and {@code published} columns name the
 * document that lists each country and its date; {@code #} comments before the header may say {@code list:},
 * {@code published:}, {@code source:} for the whole list.
 *
 * @param name      the list's name
 * @param published publication date or year as the file says it
 * @param source    where it comes from
 * @param codes     ISO alpha-2 codes, upper case, in file order
 * @param sources   for a country whose row names its document, that document and its date, e.g.
 *                  {@code FIN-2022-Alert003 (2022-06-28)}
 */
public record CountryList(String name, String published, String source, Set<String> codes, Map<String, String> sources) {
    public CountryList {
        codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
        sources = Map.copyOf(sources);
        for (String c : sources.keySet()) {
            if (!codes.contains(c)) {
                throw new IllegalArgumentException("a source for " + c + ", which is not in the list " + name);
            }
        }
    }

    /** A list without per-country sources. */
    public CountryList(String name, String published, String source, Set<String> codes) {
        this(name, published, source, codes, Map.of());
    }

    /**
     * The bundled transshipment points of the US joint alerts (FinCEN/BIS 2022-06-28, the Tri-Seal compliance note of
     * 2023-03-02), one row per country with its document and date: see the file and docs/TRADE.md.
     */
    public static CountryList diversionRisk() {
        return of(Csv.resource("diversion-risk-countries.csv", List.of("iso2")), "diversion-risk");
    }

    /** Russia and Belarus: the destinations to which controlled goods may not go. */
    public static CountryList sanctionedDestinations() {
        return new CountryList("sanctioned-destinations", "Reg. 833/2014 and 765/2006", "EU, US, UK, JP export bans", new LinkedHashSet<>(List.of("RU", "BY")));
    }

    /** Reads a country list with an {@code iso2} column (and optional {@code source}, {@code published}) from {@code file}. */
    public static CountryList load(Path file) throws IOException {
        return of(Csv.read(file, List.of("iso2")), String.valueOf(file.getFileName()).replaceFirst("\\.csv$", ""));
    }

    private static CountryList of(Csv.Table t, String defaultName) {
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Csv.Row r : t.rows()) {
            String c;
            try {
                c = Shipment.country(r.get("iso2"), "iso2");
            } catch (IllegalArgumentException e) {
                throw r.error("iso2", e.getMessage());
            }
            if (c == null) {
                throw r.error("iso2", "is empty");
            }
            if (!codes.add(c)) {
                throw r.error("iso2", c + " is given twice: one row per country");
            }
            String doc = r.get("source");
            String date = r.get("published");
            if (doc != null) {
                sources.put(c, date == null ? doc : doc + " (" + date + ")");
            } else if (date != null) {
                throw r.error("source", "is empty while published is " + date + ": say which document was published then");
            }
        }
        return new CountryList(t.meta().getOrDefault("list", defaultName), t.meta().getOrDefault("published", "unknown"),
                t.meta().getOrDefault("source", defaultName), codes, sources);
    }

    /** Whether {@code iso2} (upper case) is in the list. */
    public boolean contains(String iso2) {
        return iso2 != null && codes.contains(iso2);
    }

    /** The document (and its date) that names {@code iso2}, when the list's row gives one. */
    public Optional<String> sourceOf(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : sources.get(iso2));
    }
}
