package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kordon.trade.ComtradeCodes;
import org.kordon.trade.Flow;
import org.kordon.trade.Period;
import org.kordon.trade.TradeFlows;
import org.kordon.trade.TradeFormatException;

/**
 * Rows of a UN Comtrade table (current or legacy API columns, as {@code TradeFlows} reads them) to one parsed row each:
 * the same drops, the same breakdown rule (mode of transport, customs procedure, second partner), the same checks.
 *
 * <p>A row becomes {@code file, reporter, partner, product, export, year, month, value, part, error}: dropped rows
 * (aggregate partner, no value, HS-2 product) give nothing; a malformed value, weight, flow or period gives a row
 * with only {@code file} and {@code error} ({@code "<file>: field primaryValue: '1e308' is not a plausible figure (a
 * number from 0 to 1e+15)"}): values and weights are bounded as {@code kordon trade} bounds them
 * ({@link TradeFlows#figure}).
 */
final class ComtradeRows {
    /** The two Comtrade layouts. */
    enum Format {
        API, LEGACY
    }

    /** The raw columns every layout is reduced to before parsing (missing ones are null). */
    static final List<String> RAW = List.of("reporter_iso", "reporter_name", "partner_iso", "product", "flow", "period", "value", "kg",
            "part1", "part2", "part3");

    static final StructType PARSED = new StructType()
            .add("file", DataTypes.IntegerType, false)
            .add("reporter", DataTypes.StringType, true)
            .add("partner", DataTypes.StringType, true)
            .add("product", DataTypes.StringType, true)
            .add("export", DataTypes.BooleanType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("month", DataTypes.IntegerType, true)
            .add("value", DataTypes.DoubleType, true)
            .add("part", DataTypes.BooleanType, true)
            .add("error", DataTypes.StringType, true);

    private ComtradeRows() {
    }

    /** The format of a table by its (lower-case) column names, as {@code TradeFlows} detects it. */
    static Format detect(Set<String> columns, String file) {
        if (columns.contains("primaryvalue") && columns.contains("cmdcode")) {
            return Format.API;
        }
        if (columns.contains("trade_value_us") && columns.contains("commodity_code")) {
            return Format.LEGACY;
        }
        throw new TradeFormatException(file + " line 1: not a UN Comtrade table (current API: primaryValue, cmdCode, ...; legacy API: "
                + "trade_value_us, commodity_code, ...); header has: " + String.join(",", columns));
    }

    /** {@code df} (string columns, names lower case) reduced to the {@link #RAW} columns of its format. */
    static Dataset<Row> raw(Dataset<Row> df, Format f) {
        Set<String> has = Set.of(df.columns());
        Map<String, String> m = new LinkedHashMap<>();
        if (f == Format.API) {
            m.put("reporter_iso", "reporteriso");
            m.put("partner_iso", "partneriso");
            m.put("product", "cmdcode");
            m.put("flow", "flowcode");
            m.put("period", "period");
            m.put("value", "primaryvalue");
            m.put("kg", "netwgt");
            m.put("part1", "motcode");
            m.put("part2", "customscode");
            m.put("part3", "partner2iso");
        } else {
            m.put("reporter_iso", "reporter_iso");
            m.put("reporter_name", "reporter");
            m.put("partner_iso", "partner_iso");
            m.put("product", "commodity_code");
            m.put("period", "period");
            m.put("value", "trade_value_us");
            m.put("kg", "netweight_kg");
            m.put("part1", "mot_code");
        }
        List<Column> cols = new ArrayList<>();
        for (String r : RAW) {
            String src = m.get(r);
            Column c;
            if (r.equals("flow") && f == Format.LEGACY) {
                c = has.contains("trade_code") ? col("trade_code")
                        : has.contains("trade_flow_code") ? col("trade_flow_code") : lit(null).cast(DataTypes.StringType);
            } else {
                c = src != null && has.contains(src) ? col(src).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
            }
            cols.add(c.as(r));
        }
        return df.select(cols.toArray(Column[]::new));
    }

    /** Parses {@link #RAW} rows of file number {@code file}, called {@code name} in messages. */
    static Dataset<Row> parse(Dataset<Row> raw, Format f, int file, String name) {
        return raw.flatMap(new Parse(f, file, name), Encoders.row(PARSED));
    }

    private record Parse(Format format, int file, String name) implements FlatMapFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Row r) {
            Row out = parseRow(format, file, name, r);
            return out == null ? Collections.emptyIterator() : List.of(out).iterator();
        }
    }

    /** One raw row: its parsed row, a row with only the error, or null when {@code TradeFlows} drops it. */
    static Row parseRow(Format format, int file, String name, Row r) {
        String reporter;
        boolean part;
        if (format == Format.API) {
            reporter = ComtradeCodes.country(get(r, 0));
            part = ComtradeCodes.breakdown(get(r, 8), "0") || ComtradeCodes.breakdown(get(r, 9), "C00") || ComtradeCodes.breakdown(get(r, 10), "W00");
        } else {
            String iso = get(r, 0);
            reporter = iso != null ? ComtradeCodes.country(iso) : ComtradeCodes.countryByName(get(r, 1));
            String mot = get(r, 8);
            part = mot != null && !mot.equals("0");
        }
        String partner = ComtradeCodes.country(get(r, 2));
        String valueRaw = get(r, 6);
        if (reporter == null || partner == null || valueRaw == null || valueRaw.equals(":") || valueRaw.equalsIgnoreCase("NA")) {
            return null;
        }
        String product = ComtradeCodes.product(get(r, 3));
        if (product == null) {
            return null;
        }
        try {
            double value = number(valueRaw, name, format == Format.API ? "primaryValue" : "value");
            String kgRaw = get(r, 7);
            if (!(kgRaw == null || kgRaw.equalsIgnoreCase("NA") || kgRaw.equals(":"))) {
                number(kgRaw, name, "net weight");
            }
            boolean export = export(get(r, 4), name);
            Period period;
            try {
                period = Period.parse(get(r, 5));
            } catch (IllegalArgumentException e) {
                throw new TradeFormatException(name + ": field period: " + e.getMessage());
            }
            if (period.year() < 2022 && product.startsWith("8803")) {
                product = "8807" + product.substring(4); // HS 2017 8803 (parts of aircraft) became 8807 in HS 2022
            }
            return RowFactory.create(file, reporter, partner, product, export, period.year(), period.month(), value, part, null);
        } catch (TradeFormatException e) {
            return RowFactory.create(file, null, null, null, null, null, null, null, null, e.getMessage());
        }
    }

    private static String get(Row r, int i) {
        if (r.isNullAt(i)) {
            return null;
        }
        String v = r.getString(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** A value or net weight: {@link TradeFlows#figure}, the check of {@code kordon trade} (0 to 1e15). */
    private static double number(String raw, String name, String field) {
        try {
            return TradeFlows.figure(raw);
        } catch (IllegalArgumentException e) {
            throw new TradeFormatException(name + ": field " + field + ": " + e.getMessage());
        }
    }

    /** X, RX, EXPORT, 2, 3 are exports; M, RM, IMPORT, 1, 4 imports (as {@code Flow.Direction}). */
    private static boolean export(String s, String name) {
        return switch (s == null ? "" : s.strip().toUpperCase(Locale.ROOT)) {
            case "X", "RX", "EXPORT", "EXPORTS", "RE-EXPORT", "2", "3" -> true;
            case "M", "RM", "IMPORT", "IMPORTS", "RE-IMPORT", "1", "4" -> false;
            default -> throw new TradeFormatException(name + ": field flow: flow '" + (s == null ? "" : s.strip())
                    + "' is not X, M, RX, RM, EXPORT or IMPORT");
        };
    }
}
