package org.kordon.trade;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of controlled HS-6 codes with its name, publication date and source, such as the Common High Priority list.
 *
 * <pre>{@code
 * ControlledList chp = ControlledList.chp();
 * chp.find(Hs6.parse("8542.31.0000")).get().tier();   // "Tier 1"
 * chp.published();                                   // "2024-02-23"
 * }</pre>
 *
 * Files: UTF-8 CSV, columns read by name: {@code hs6} (or {@code hs_code}/{@code hscode}, any notation that
 * {@link Hs6#parse} accepts) required; {@code tier}, {@code description} optional; {@code #} comment lines before the
 * header may say {@code list:}, {@code published:} and {@code source:}. Immutable and thread-safe.
 *
 * @param name      the list's short name, e.g. {@code CHP}
 * @param published the publication date as the file says it, or "unknown"
 * @param source    where the list comes from
 * @param entries   by HS-6 code, in file order
 */
public record ControlledList(String name, String published, String source, Map<Hs6, Entry> entries) {
    /** One controlled code with its tier (may be empty) and description (may be empty). */
    public record Entry(Hs6 hs6, String tier, String description) {
    }

    public ControlledList {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The bundled Common High Priority list (50 codes, tiers 1 to 4.B; BIS CHPL of 2024-02-23 / EU Annex XL). */
    public static ControlledList chp() {
        return Holder.CHP;
    }

    /** Reads a list from {@code file}; its name comes from a {@code # list:} comment, else from the file name. */
    public static ControlledList load(Path file) throws IOException {
        String fn = String.valueOf(file.getFileName());
        Csv.Table t = Csv.read(file, List.of());
        return of(t, fn.replaceFirst("\\.csv$", ""));
    }

    private static ControlledList of(Csv.Table t, String defaultName) {
        String col = t.header().contains("hs6") ? "hs6" : t.header().contains("hs_code") ? "hs_code" : t.header().contains("hscode") ? "hscode" : null;
        String file = t.rows().isEmpty() ? defaultName : t.rows().get(0).file();
        if (col == null) {
            throw new TradeFormatException(file + ": missing required column 'hs6' (or hs_code, hscode); header has: " + String.join(",", t.header()));
        }
        Map<Hs6, Entry> m = new LinkedHashMap<>();
        for (Csv.Row r : t.rows()) {
            String raw = r.get(col);
            Hs6 hs;
            try {
                hs = Hs6.parse(raw);
            } catch (IllegalArgumentException e) {
                throw r.error(col, e.getMessage());
            }
            Entry e = new Entry(hs, nz(r.get("tier")), nz(r.get("description") != null ? r.get("description") : r.get("hs2022_description")));
            m.putIfAbsent(hs, e); // an HS-6 code listed again (several CN8 lines under it) keeps its first entry
        }
        if (m.isEmpty()) {
            throw new TradeFormatException(file + ": no controlled code in the file");
        }
        return new ControlledList(t.meta().getOrDefault("list", defaultName), t.meta().getOrDefault("published", "unknown"),
                t.meta().getOrDefault("source", file), m);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The entry for {@code hs}, if it is controlled by this list. */
    public Optional<Entry> find(Hs6 hs) {
        return Optional.ofNullable(entries.get(hs));
    }

    /** How many codes the list has. */
    public int size() {
        return entries.size();
    }

    private static final class Holder {
        static final ControlledList CHP = of(Csv.resource("chp-list.csv", List.of("hs6", "tier")), "CHP");
    }
}
