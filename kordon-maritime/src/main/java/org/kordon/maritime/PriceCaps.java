package org.kordon.maritime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kordon.input.CsvTable;
import org.kordon.input.InputFormatException;

/**
 * The price-cap reference data: cap periods per regime and product class, and the product → class table.
 * Immutable and thread-safe once loaded.
 *
 * <p>{@link #bundled()} reads the versioned {@code org/kordon/maritime/price-caps.csv}; {@link #load(Path)} reads a
 * user's file of the same format, so the next change can be added without a release. The file format is described
 * in the bundled file's header.
 */
public final class PriceCaps {
    /*
     * The file holds two tables in one CSV (a "kind" column tells them apart) so that a user's copy is
     * self-contained: a new product and a new cap travel together. The reader is a tiny RFC 4180 subset
     * (quoted fields, "" escapes, one record per line) because the module depends on nothing but the JDK.
     */
    static final List<String> HEADER = List.of("kind", "regime", "class", "product", "cap_usd_per_bbl", "valid_from",
            "contract_before", "grace_until", "grace_cap_usd_per_bbl", "source");
    private static final String RESOURCE = "price-caps.csv";

    private final String sourceName;
    private final Map<Regime, Map<ProductClass, List<CapPeriod>>> periods;
    private final Map<String, ProductClass> products;

    private PriceCaps(String sourceName, Map<Regime, Map<ProductClass, List<CapPeriod>>> periods,
                      Map<String, ProductClass> products) {
        this.sourceName = sourceName;
        this.periods = periods;
        this.products = products;
    }

    /** The caps shipped with Kordon. */
    public static PriceCaps bundled() {
        try {
            if (PriceCaps.class.getResource(RESOURCE) == null) {
                throw new IllegalStateException("bundled " + RESOURCE + " is missing from the class path");
            }
            try (CsvTable in = CsvTable.open(RESOURCE, () -> PriceCaps.class.getResourceAsStream(RESOURCE), List.of(), true)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a caps file (strict UTF-8).
     *
     * @throws PriceCapFormatException naming the file, line and field of the first error in a value
     * @throws InputFormatException    naming the file and line when the file is not UTF-8 or not CSV
     * @throws IOException             when the file cannot be read
     */
    public static PriceCaps load(Path file) throws IOException {
        try (CsvTable in = CsvTable.open(InputFormatException.fileName(file), () -> Files.newInputStream(file), List.of(), true)) {
            return read(in);
        }
    }

    /**
     * Parses caps from a reader; {@code sourceName} is used in error messages.
     *
     * @throws PriceCapFormatException naming the source, line and field of the first error
     */
    public static PriceCaps parse(Reader reader, String sourceName) throws IOException {
        try (CsvTable in = CsvTable.open(sourceName, reader, List.of(), true)) {
            return read(in);
        }
    }

    /**
     * The caps in a table whose {@code #} lines are comments: before the header (read by {@link CsvTable}) and
     * between rows (a record whose first field starts with {@code #}).
     */
    private static PriceCaps read(CsvTable in) {
        String sourceName = in.name();
        List<String> header = in.header().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.isEmpty() || header.equals(List.of(""))) {
            throw new PriceCapFormatException(sourceName, 1, null, "no header row (file is empty)");
        }
        if (!header.equals(HEADER)) {
            throw new PriceCapFormatException(sourceName, in.headerLine(), null,
                    "header must be " + String.join(",", HEADER) + ", got " + String.join(",", header));
        }
        Map<Regime, Map<ProductClass, List<CapPeriod>>> periods = new EnumMap<>(Regime.class);
        Map<String, ProductClass> products = new HashMap<>();
        for (CsvTable.Row r; (r = in.next()) != null; ) {
            if (r.value(0).startsWith("#")) {
                continue;
            }
            if (r.size() != HEADER.size()) {
                throw new PriceCapFormatException(sourceName, r.line(), null, "expected " + HEADER.size() + " fields, got " + r.size());
            }
            Row row = new Row(r);
            switch (row.text("kind").toLowerCase(Locale.ROOT)) {
                case "cap" -> addPeriod(periods, row);
                case "product" -> {
                    String product = row.required("product").toLowerCase(Locale.ROOT);
                    ProductClass c = row.parse("class", ProductClass::parse);
                    if (products.putIfAbsent(product, c) != null) {
                        throw row.error("product", "product '" + product + "' is listed twice");
                    }
                }
                default -> throw row.error("kind", "must be cap or product, got '" + row.text("kind") + "'");
            }
        }
        for (Map<ProductClass, List<CapPeriod>> byClass : periods.values()) {
            for (Map.Entry<ProductClass, List<CapPeriod>> e : byClass.entrySet()) {
                List<CapPeriod> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparing(CapPeriod::validFrom));
                e.setValue(List.copyOf(list));
            }
        }
        return new PriceCaps(sourceName, periods, Map.copyOf(products));
    }

    private static void addPeriod(Map<Regime, Map<ProductClass, List<CapPeriod>>> periods, Row row) {
        Regime regime = row.parse("regime", Regime::parse);
        ProductClass c = row.parse("class", ProductClass::parse);
        BigDecimal cap = row.price("cap_usd_per_bbl", true);
        LocalDate from = row.date("valid_from", true);
        LocalDate contractBefore = row.date("contract_before", false);
        LocalDate graceUntil = row.date("grace_until", false);
        BigDecimal graceCap = row.price("grace_cap_usd_per_bbl", false);
        int graceFields = (contractBefore == null ? 0 : 1) + (graceUntil == null ? 0 : 1) + (graceCap == null ? 0 : 1);
        if (graceFields != 0 && graceFields != 3) {
            throw row.error(contractBefore == null ? "contract_before" : graceUntil == null ? "grace_until" : "grace_cap_usd_per_bbl",
                    "the grace fields contract_before, grace_until and grace_cap_usd_per_bbl are all empty or all filled");
        }
        if (graceUntil != null && graceUntil.isBefore(from)) {
            throw row.error("grace_until", graceUntil + " is before valid_from " + from);
        }
        String source = row.required("source");
        List<CapPeriod> list = periods.computeIfAbsent(regime, k -> new EnumMap<>(ProductClass.class))
                .computeIfAbsent(c, k -> new ArrayList<>());
        for (CapPeriod p : list) {
            if (p.validFrom().equals(from)) {
                throw row.error("valid_from", "a " + regime + " " + c.code() + " cap from " + from + " is already listed");
            }
        }
        list.add(new CapPeriod(regime, c, cap, from, contractBefore, graceUntil, graceCap, source));
    }

    /** The file these caps came from, e.g. {@code price-caps.csv}. */
    public String sourceName() {
        return sourceName;
    }

    /** The product names known, sorted. */
    public Set<String> products() {
        return Collections.unmodifiableSet(new TreeSet<>(products.keySet()));
    }

    /**
     * The class of a product name, case-insensitive: {@code classOf("Diesel")} is {@link ProductClass#PREMIUM_TO_CRUDE}.
     *
     * @throws IllegalArgumentException naming the product and the known ones when it is not in the table
     */
    public ProductClass classOf(String product) {
        ProductClass c = product == null ? null : products.get(product.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("unknown product '" + product + "' (known: " + String.join(", ", products()) + ")");
        }
        return c;
    }

    /** The periods of a regime and class, oldest first (empty when the regime caps nothing of that class). */
    List<CapPeriod> periods(Regime regime, ProductClass c) {
        return periods.getOrDefault(regime, Map.of()).getOrDefault(c, List.of());
    }

    /** One data row with its line, for field access that reports errors with file, line and field. */
    private record Row(CsvTable.Row row) {
        String text(String column) {
            return row.value(HEADER.indexOf(column)).strip();
        }

        String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                throw error(column, "is empty");
            }
            return v;
        }

        <T> T parse(String column, java.util.function.Function<String, T> parser) {
            String v = required(column);
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException e) {
                throw error(column, e.getMessage());
            }
        }

        LocalDate date(String column, boolean required) {
            String v = required ? required(column) : text(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error(column, "not an ISO date (YYYY-MM-DD): '" + v + "'");
            }
        }

        BigDecimal price(String column, boolean required) {
            String v = required ? required(column) : text(column);
            if (v.isEmpty()) {
                return null;
            }
            BigDecimal d;
            try {
                d = new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw error(column, "not a number: '" + v + "'");
            }
            if (d.signum() <= 0) {
                throw error(column, "must be positive, got " + v);
            }
            return d;
        }

        PriceCapFormatException error(String column, String detail) {
            return new PriceCapFormatException(row.file(), row.line(), column, detail);
        }
    }
}
