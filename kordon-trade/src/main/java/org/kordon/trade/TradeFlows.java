package org.kordon.trade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kordon.input.CsvTable;

/**
 * Trade statistics loaded from their published CSV formats, columns read by name, reduced to one figure per
 * reporter, partner, product (HS-6), direction and period.
 *
 * <pre>{@code
 * TradeFlows f = TradeFlows.load(List.of(Path.of("eurostat_cn8_exports_eu27_to_ru_neighbours_2020-2022.csv")));
 * f.flows().size();   // cells after CN8 -> HS-6 and de-duplication
 * f.notes();          // ["eurostat_cn8_...csv: Eurostat (Kordon extract), 369,831 rows, 35,267 HS-4 rows under HS-6 rows dropped ..."]
 * }</pre>
 *
 * Formats, detected by their header:
 * <ul>
 * <li>UN Comtrade, current API: {@code freqCode, period, reporterISO, flowCode (X/M/RX/RM), partnerISO, cmdCode,
 *     primaryValue, netWgt, qty}; alpha-3 codes mapped to alpha-2; USD.</li>
 * <li>UN Comtrade, legacy API: {@code period, trade_code, reporter (name) or reporter_iso, partner_iso, commodity_code,
 *     trade_value_us, netweight_kg}; USD.</li>
 * <li>Eurostat Comext bulk: {@code DECLARANT_ISO, PARTNER_ISO, PRODUCT_NC, FLOW (1/2), PERIOD, VALUE_IN_EUROS,
 *     QUANTITY_IN_KG}; CN8 cut to HS-6; EUR.</li>
 * <li>Eurostat extracts as shared with Kordon: {@code reporter_iso2, partner_iso2, product_code, product_level, flow,
 *     period, value_eur}, and the data-browser download {@code reporter_code, partner_iso2, flow_std, period_ym,
 *     VALUE_IN_EUR}; EUR.</li>
 * </ul>
 * The quirks of published files are handled so that nothing is counted twice: missing cells are dropped (no trade,
 * counted as zero in averages); a heading (HS-4) row is dropped where the same file has HS-6 rows under it;
 * breakdowns by mode of transport, customs procedure or second partner are used only when the file has no total row
 * for the cell; aggregates (World, EU27, areas) are dropped; a cell given by two files is taken from the first;
 * HS 2017 aircraft-part codes 8803xx are mapped to their HS 2022 codes 8807xx; bytes that are not UTF-8
 * (Latin-1 country names) are replaced, the columns read are ASCII. A malformed value or period fails with
 * {@link TradeFormatException} naming file, line and field.
 */
public final class TradeFlows {
    /**
     * Largest value (USD or EUR) or net weight (kg) one row may hold: 10^15, above a year of the world's trade
     * (about 2.5 * 10^13 USD; 1.2 * 10^13 kg by sea). A larger figure is a unit or parsing error, and summing it would
     * overflow the means to infinity (1e308 + 1e308), which the metrics would then treat as no data.
     */
    public static final double MAX_FIGURE = 1e15;

    /**
     * A value or net weight cell read as a figure, as every reader of trade tables takes it ({@code kordon trade},
     * {@code kordon spark anomalies}): a number from 0 to {@link #MAX_FIGURE}; thousands commas are dropped.
     *
     * <pre>{@code
     * TradeFlows.figure("1,250.5")   // 1250.5
     * TradeFlows.figure("1e308")     // IllegalArgumentException: '1e308' is not a plausible figure (a number from 0 to 1e+15)
     * TradeFlows.figure("60OOO")     // IllegalArgumentException: not a number: '60OOO'
     * }</pre>
     *
     * @throws IllegalArgumentException with the reason alone (the caller names the file, line and field): not a
     *     number, or not finite, negative or above {@link #MAX_FIGURE}
     */
    public static double figure(String raw) {
        double d;
        try {
            d = Double.parseDouble(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + raw + "'");
        }
        if (!Double.isFinite(d) || d < 0 || d > MAX_FIGURE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "'%s' is not a plausible figure (a number from 0 to %.0e)",
                    raw, MAX_FIGURE));
        }
        return d;
    }

    /** Most characters in one record of a trade file (a runaway quote would otherwise read the file into one value). */
    static final int MAX_RECORD_CHARS = CsvTable.MAX_RECORD_CHARS;

    /** One reporter-partner-product-direction series' key. */
    record SeriesKey(String reporter, String partner, String product, Flow.Direction direction) {
    }

    /** A figure and the file it came from. */
    record Cell(double value, double kg, String currency, int file) {
    }

    private final Map<SeriesKey, TreeMap<Period, Cell>> series;
    private final Map<String, NavigableSet<Period>> coverage; // "fileIdx|reporter" -> periods the file has for it
    private final List<String> notes;
    private final List<String> files;

    private TradeFlows(Map<SeriesKey, TreeMap<Period, Cell>> series, Map<String, NavigableSet<Period>> coverage, List<String> notes,
                      List<String> files) {
        this.series = series;
        this.coverage = coverage;
        this.notes = List.copyOf(notes);
        this.files = List.copyOf(files);
    }

    /** Loads {@code files} in order; a cell present in two files is taken from the first. */
    public static TradeFlows load(List<Path> files) throws IOException {
        Map<SeriesKey, TreeMap<Period, Cell>> series = new HashMap<>();
        Map<String, NavigableSet<Period>> coverage = new HashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            names.add(String.valueOf(f.getFileName()));
            notes.add(new FileLoad(f, i).run(series, coverage));
        }
        return new TradeFlows(series, coverage, notes, names);
    }

    /** Every cell, ordered by reporter, partner, product, direction and period. */
    public List<Flow> flows() {
        List<Flow> out = new ArrayList<>();
        series.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(SeriesKey::reporter)
                        .thenComparing(SeriesKey::partner).thenComparing(SeriesKey::product).thenComparing(SeriesKey::direction)))
                .forEach(e -> e.getValue().forEach((p, c) -> out.add(new Flow(e.getKey().reporter(), e.getKey().partner(),
                        e.getKey().product(), e.getKey().direction(), p, c.value(), c.currency(), c.kg()))));
        return out;
    }

    /** One line per file: its format, rows read, and what was dropped and why. */
    public List<String> notes() {
        return notes;
    }

    /** The files loaded, by name. */
    public List<String> files() {
        return files;
    }

    Map<SeriesKey, TreeMap<Period, Cell>> series() {
        return series;
    }

    /** The periods covered, for {@code reporter}, by the files that gave {@code cells}. */
    NavigableSet<Period> coverage(String reporter, Iterable<Cell> cells) {
        BitSet fs = new BitSet();
        for (Cell c : cells) {
            fs.set(c.file());
        }
        NavigableSet<Period> out = new TreeSet<>();
        fs.stream().forEach(i -> {
            NavigableSet<Period> p = coverage.get(i + "|" + reporter);
            if (p != null) {
                out.addAll(p);
            }
        });
        return out;
    }

    private enum Format {
        COMTRADE_API("UN Comtrade (current API)", "USD"), COMTRADE_LEGACY("UN Comtrade (legacy API)", "USD"),
        COMEXT_BULK("Eurostat Comext bulk", "EUR"), EUROSTAT_EXTRACT("Eurostat (extract: reporter_iso2, product_code)", "EUR"),
        EUROSTAT_BROWSER("Eurostat data browser (reporter_code, flow_std)", "EUR");

        final String label;
        final String currency;

        Format(String label, String currency) {
            this.label = label;
            this.currency = currency;
        }

        static Format detect(Set<String> h, String file) {
            if (h.contains("primaryvalue") && h.contains("cmdcode")) {
                return COMTRADE_API;
            }
            if (h.contains("trade_value_us") && h.contains("commodity_code")) {
                return COMTRADE_LEGACY;
            }
            if (h.contains("declarant_iso") && h.contains("product_nc")) {
                return COMEXT_BULK;
            }
            if (h.contains("reporter_iso2") && h.contains("product_code") && h.contains("value_eur")) {
                return EUROSTAT_EXTRACT;
            }
            if (h.contains("reporter_code") && h.contains("flow_std") && h.contains("value_in_eur")) {
                return EUROSTAT_BROWSER;
            }
            throw new TradeFormatException(file + " line 1: not a known trade-statistics format (UN Comtrade current or legacy API, "
                    + "Eurostat Comext); header has: " + String.join(",", h));
        }
    }

    /** In-file accumulation of one cell: total rows and breakdown rows kept apart. */
    private static final class Acc {
        double total;
        double totalKg;
        boolean hasTotal;
        double parts;
        double partsKg;
        boolean kgUnknown;

        void add(double v, double kg, boolean part) {
            if (Double.isNaN(kg)) {
                kgUnknown = true;
            }
            if (part) {
                parts += v;
                partsKg += Double.isNaN(kg) ? 0 : kg;
            } else {
                total += v;
                totalKg += Double.isNaN(kg) ? 0 : kg;
                hasTotal = true;
            }
        }
    }

    private record CellKey(String reporter, String partner, String product, Flow.Direction direction, Period period) {
    }

    /** Loading one file. */
    private static final class FileLoad {
        private final Path file;
        private final String name;
        private final int index;
        private final Map<String, Integer> dropped = new LinkedHashMap<>();
        private long rows;

        FileLoad(Path file, int index) {
            this.file = file;
            this.name = String.valueOf(file.getFileName());
            this.index = index;
        }

        private void drop(String why) {
            dropped.merge(why, 1, Integer::sum);
        }

        String run(Map<SeriesKey, TreeMap<Period, Cell>> series, Map<String, NavigableSet<Period>> coverage) throws IOException {
            Map<CellKey, Acc> acc = new HashMap<>();
            Format fmt;
            CsvTable in;
            try {
                // bytes that are not UTF-8 are replaced: legacy Comtrade files hold Latin-1 names, and only codes are read
                in = CsvTable.open(name, () -> Files.newInputStream(file), List.of(), false, CsvTable.Utf8.REPLACE);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file.toString(), null, "no such file");
            }
            try (in) {
                Map<String, Integer> h = new HashMap<>();
                List<String> header = in.header();
                for (int i = 0; i < header.size(); i++) {
                    h.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
                }
                fmt = Format.detect(h.keySet(), name);
                for (CsvTable.Row r; (r = in.next()) != null; ) {
                    rows++;
                    try {
                        r.requireAligned();
                    } catch (IllegalArgumentException e) {
                        throw new TradeFormatException(name + " line " + r.line() + ": " + e.getMessage());
                    }
                    read(fmt, h, r, acc);
                }
            }
            // A heading row is dropped where the file has HS-6 rows under that heading (HS4 and CN8 rows overlap).
            Set<String> headingsWithSixes = new HashSet<>();
            for (CellKey k : acc.keySet()) {
                if (k.product().length() == 6) {
                    headingsWithSixes.add(k.product().substring(0, 4));
                }
            }
            int overlap = 0;
            int kept = 0;
            for (Map.Entry<CellKey, Acc> e : acc.entrySet()) {
                CellKey k = e.getKey();
                if (k.product().length() == 4 && headingsWithSixes.contains(k.product())) {
                    drop("HS-4 cells under HS-6 rows of the same file");
                    continue;
                }
                Acc a = e.getValue();
                double v = a.hasTotal ? a.total : a.parts;
                double kg = a.kgUnknown ? Double.NaN : (a.hasTotal ? a.totalKg : a.partsKg);
                TreeMap<Period, Cell> s = series.computeIfAbsent(new SeriesKey(k.reporter(), k.partner(), k.product(), k.direction()),
                        x -> new TreeMap<>());
                Cell before = s.putIfAbsent(k.period(), new Cell(v, kg, fmt.currency, index));
                if (before != null) {
                    overlap++;
                } else {
                    kept++;
                }
                coverage.computeIfAbsent(index + "|" + k.reporter(), x -> new TreeSet<>()).add(k.period());
            }
            if (overlap > 0) {
                dropped.put("cells already given by an earlier file", overlap);
            }
            StringBuilder note = new StringBuilder(String.format(Locale.ROOT, "%s: %s, %,d rows -> %,d cells", name, fmt.label, rows, kept));
            dropped.forEach((why, n) -> note.append(String.format(Locale.ROOT, "; %,d %s", n, why)));
            return note.toString();
        }

        private void read(Format fmt, Map<String, Integer> h, CsvTable.Row rec, Map<CellKey, Acc> acc) {
            ComtradeRow.Raw raw = switch (fmt) {
                case COMTRADE_API -> ComtradeRow.raw(ComtradeRow.Layout.API, c -> get(h, rec, c));
                case COMTRADE_LEGACY -> ComtradeRow.raw(ComtradeRow.Layout.LEGACY, c -> get(h, rec, c));
                case COMEXT_BULK -> {
                    String regime = get(h, rec, "stat_regime");
                    yield new ComtradeRow.Raw(iso2(get(h, rec, "declarant_iso")), iso2(get(h, rec, "partner_iso")), get(h, rec, "product_nc"),
                            get(h, rec, "flow"), get(h, rec, "period"),
                            h.containsKey("value_in_euros") ? get(h, rec, "value_in_euros") : get(h, rec, "value_eur"),
                            h.containsKey("quantity_in_kg") ? get(h, rec, "quantity_in_kg") : get(h, rec, "quantity_kg"),
                            regime != null && !regime.equals("4"), // 4 = total of the statistical regimes
                            "value");
                }
                case EUROSTAT_EXTRACT -> new ComtradeRow.Raw(iso2(get(h, rec, "reporter_iso2")), iso2(get(h, rec, "partner_iso2")),
                        get(h, rec, "product_code"), get(h, rec, "flow"), get(h, rec, "period"), get(h, rec, "value_eur"), null, false,
                        "value");
                case EUROSTAT_BROWSER -> {
                    String prod = get(h, rec, "product");
                    String proc = get(h, rec, "stat_procedure");
                    yield new ComtradeRow.Raw(iso2(get(h, rec, "reporter_code")), iso2(get(h, rec, "partner_iso2")),
                            prod == null || prod.equalsIgnoreCase("total") ? Flow.TOTAL : prod, get(h, rec, "flow_std"),
                            get(h, rec, "period_ym"), get(h, rec, "value_in_eur"), null, proc != null && !proc.equalsIgnoreCase("total"),
                            "value");
                }
            };
            ComtradeRow r = ComtradeRow.parse(raw, name + " line " + rec.line(), this::drop);
            if (r != null) {
                acc.computeIfAbsent(new CellKey(r.reporter(), r.partner(), r.product(), r.direction(), r.period()), k -> new Acc())
                        .add(r.value(), r.kg(), r.part());
            }
        }

        private static String get(Map<String, Integer> h, CsvTable.Row rec, String col) {
            Integer i = h.get(col);
            if (i == null || i >= rec.size()) {
                return null;
            }
            String v = rec.value(i).strip();
            return v.isEmpty() ? null : v;
        }

        private static String iso2(String c) {
            if (c == null) {
                return null;
            }
            String s = c.toUpperCase(Locale.ROOT);
            if (s.equals("EL")) {
                return "GR"; // Eurostat writes Greece EL
            }
            if (s.equals("XK")) {
                return "XK";
            }
            return s.length() == 2 && Countries.ISO2.contains(s) ? s : null;
        }

    }
}
