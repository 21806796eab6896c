package org.kordon.trade;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HS 2022 nomenclature: which six-digit subheadings exist, and what the subheading, its heading and its chapter
 * are called.
 *
 * <pre>{@code
 * HsNomenclature hs = HsNomenclature.load(Path.of("../shared/data/trade/harmonized-system.csv"));
 * hs.contains(Hs6.parse("8542.31"));    // true
 * hs.contains(Hs6.parse("854299"));     // false: no such subheading in HS 2022
 * HsNomenclature.formatOnly().contains(Hs6.parse("854299"));   // true: only the chapter (85) is checked
 * }</pre>
 *
 * The full file (about 6,900 rows, ODC-PDDL, from UN Comtrade via datasets/harmonized-system) is not bundled; without
 * it, {@link #formatOnly()} checks the format and that the chapter exists in HS 2022 (01-97 without 77).
 * Immutable and thread-safe.
 */
public final class HsNomenclature {
    private final Map<String, String> descriptions;
    private final boolean complete;
    private final String source;

    private HsNomenclature(Map<String, String> descriptions, boolean complete, String source) {
        this.descriptions = Map.copyOf(descriptions);
        this.complete = complete;
        this.source = source;
    }

    /**
     * Reads the nomenclature CSV with columns {@code hscode}, {@code description} and {@code level} (2, 4 or 6), as
     * published by datasets/harmonized-system ({@code harmonized-system.csv}).
     *
     * @throws TradeFormatException naming file, line and field for a bad row, or when no six-digit row is found
     */
    public static HsNomenclature load(Path file) throws IOException {
        Csv.Table t = Csv.read(file, List.of("hscode", "description", "level"));
        Map<String, String> d = new HashMap<>();
        int sixes = 0;
        for (Csv.Row r : t.rows()) {
            String code = r.get("hscode");
            String level = r.get("level");
            if (code == null || level == null) {
                throw r.error(code == null ? "hscode" : "level", "is empty");
            }
            if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                if (code.equals("TOTAL")) {
                    continue;
                }
                throw r.error("hscode", "not digits: '" + code + "'");
            }
            if (!level.equals(String.valueOf(code.length()))) {
                throw r.error("level", "level " + level + " does not fit the " + code.length() + "-digit code " + code);
            }
            if (code.length() == 6) {
                sixes++;
            }
            d.put(code, r.get("description") == null ? "" : r.get("description"));
        }
        if (sixes == 0) {
            throw new TradeFormatException(file.getFileName() + ": no six-digit subheading found; is this an HS nomenclature file?");
        }
        return new HsNomenclature(d, true, String.valueOf(file.getFileName()));
    }

    /** A nomenclature that knows only the HS 2022 chapters: 01 to 97, without 77 (reserved). */
    public static HsNomenclature formatOnly() {
        return new HsNomenclature(Map.of(), false, "HS 2022 chapters only (no nomenclature file)");
    }

    /** Whether {@code hs} exists: as a subheading when the file is loaded, else by its chapter alone. */
    public boolean contains(Hs6 hs) {
        if (complete) {
            return descriptions.containsKey(hs.code());
        }
        int ch = Integer.parseInt(hs.chapter());
        return ch >= 1 && ch <= 97 && ch != 77;
    }

    /** True when the full nomenclature was loaded; false for {@link #formatOnly()}. */
    public boolean complete() {
        return complete;
    }

    /** The description of a 2-, 4- or 6-digit code, when the nomenclature has it. */
    public Optional<String> description(String code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    /** Where this came from, for messages. */
    public String source() {
        return source;
    }

    /** The number of subheadings, headings and chapters known (0 for {@link #formatOnly()}). */
    public int size() {
        return descriptions.size();
    }
}
