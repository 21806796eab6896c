package org.kordon.trade;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One row of a trade-statistics table checked the one way {@link TradeFlows} ({@code kordon trade}) and Kordon on
 * Spark read it: the same drops, the same bounds on figures, the same flow and period rules. A row is read in two
 * steps: its layout's columns to a {@link Raw} ({@link #raw}), then the raw fields checked ({@link #parse}).
 *
 * <pre>{@code
 * Raw raw = ComtradeRow.raw(Layout.API, column);   // column: lower-case name -> stripped value or null
 * ComtradeRow row = ComtradeRow.parse(raw, "flows.csv line 3", why -> dropped.merge(why, 1, Integer::sum));
 * // null when dropped (aggregate partner, no value, HS-2 product); a TradeFormatException
 * // "flows.csv line 3: field primaryValue: not a number: 'lots'" when a value is malformed
 * }</pre>
 *
 * @param reporter  ISO alpha-2 code of the reporting country
 * @param partner   ISO alpha-2 code of the partner country
 * @param product   HS-6 or HS-4 code (HS 2017 8803 read as HS 2022 8807), or {@link Flow#TOTAL}
 * @param direction export or import, as the reporter declares it
 * @param period    year and month (month 0 for a year)
 * @param value     trade value in the table's currency, 0 to {@link TradeFlows#MAX_FIGURE}
 * @param kg        net weight, or NaN when unknown
 * @param part      true for a breakdown row (a mode of transport, a customs procedure) beside its total
 */
public record ComtradeRow(String reporter, String partner, String product, Flow.Direction direction, Period period, double value,
        double kg, boolean part) {

    /** The two UN Comtrade layouts. */
    public enum Layout {
        /** The current API: {@code primaryValue}, {@code cmdCode}, ... */
        API(List.of("reporteriso", "partneriso", "cmdcode", "flowcode", "period", "primaryvalue", "netwgt", "motcode", "customscode",
                "partner2iso")),
        /** The legacy API: {@code trade_value_us}, {@code commodity_code}, ... */
        LEGACY(List.of("reporter_iso", "reporter", "partner_iso", "commodity_code", "trade_code", "trade_flow_code", "period",
                "trade_value_us", "netweight_kg", "mot_code"));

        private final List<String> columns;

        Layout(List<String> columns) {
            this.columns = columns;
        }

        /** The layout of a table by its lower-case column names, or null when it is neither. */
        public static Layout of(Set<String> columns) {
            if (columns.contains("primaryvalue") && columns.contains("cmdcode")) {
                return API;
            }
            if (columns.contains("trade_value_us") && columns.contains("commodity_code")) {
                return LEGACY;
            }
            return null;
        }

        /** The (lower-case) columns {@link ComtradeRow#raw} reads in this layout; any may be absent from a table. */
        public List<String> columns() {
            return columns;
        }
    }

    /**
     * The fields of one row before they are checked, whatever its layout; codes already read (reporter and partner
     * alpha-2 or null), values as written.
     *
     * @param valueField the value's column as messages name it ({@code primaryValue}, {@code value})
     */
    public record Raw(String reporter, String partner, String product, String flow, String period, String value, String kg,
            boolean part, String valueField) {
    }

    /** The raw fields of a row of {@code layout}; {@code column} gives a lower-case column's stripped value, or null. */
    public static Raw raw(Layout layout, UnaryOperator<String> column) {
        return switch (layout) {
            case API -> new Raw(ComtradeCodes.country(column.apply("reporteriso")), ComtradeCodes.country(column.apply("partneriso")),
                    column.apply("cmdcode"), column.apply("flowcode"), column.apply("period"), column.apply("primaryvalue"),
                    column.apply("netwgt"),
                    ComtradeCodes.breakdown(column.apply("motcode"), "0") || ComtradeCodes.breakdown(column.apply("customscode"), "C00")
                            || ComtradeCodes.breakdown(column.apply("partner2iso"), "W00"),
                    "primaryValue");
            case LEGACY -> {
                String iso = column.apply("reporter_iso");
                String flow = column.apply("trade_code");
                String mot = column.apply("mot_code");
                yield new Raw(iso != null ? ComtradeCodes.country(iso) : ComtradeCodes.countryByName(column.apply("reporter")),
                        ComtradeCodes.country(column.apply("partner_iso")), column.apply("commodity_code"),
                        flow != null ? flow : column.apply("trade_flow_code"), column.apply("period"), column.apply("trade_value_us"),
                        column.apply("netweight_kg"), mot != null && !mot.equals("0"), "value");
            }
        };
    }

    /**
     * The checked row, or null when it is dropped ({@code dropped} is told why, in words that count rows: {@code "rows
     * without a value"}).
     *
     * @param where the file and line for messages: {@code "flows.csv line 3"}, or the file alone
     * @throws TradeFormatException naming {@code where} and the field when a value, weight, flow or period is malformed
     */
    public static ComtradeRow parse(Raw raw, String where, Consumer<String> dropped) {
        if (raw.reporter() == null) {
            dropped.accept("rows of an aggregate or unknown reporter");
            return null;
        }
        if (raw.partner() == null) {
            dropped.accept("rows of an aggregate or unknown partner (World, EU, areas)");
            return null;
        }
        String valueRaw = raw.value();
        if (valueRaw == null || valueRaw.equals(":") || valueRaw.equalsIgnoreCase("NA")) {
            dropped.accept("rows without a value");
            return null;
        }
        String product = ComtradeCodes.product(raw.product());
        if (product == null) {
            dropped.accept("rows of chapter (HS-2) or unknown product level");
            return null;
        }
        double value = number(valueRaw, where, raw.valueField());
        String kgRaw = raw.kg();
        double kg = kgRaw == null || kgRaw.equalsIgnoreCase("NA") || kgRaw.equals(":") ? Double.NaN : number(kgRaw, where, "net weight");
        Flow.Direction direction;
        Period period;
        try {
            direction = Flow.Direction.parse(raw.flow() == null ? "" : raw.flow());
        } catch (IllegalArgumentException e) {
            throw new TradeFormatException(where + ": field flow: " + e.getMessage());
        }
        try {
            period = Period.parse(raw.period());
        } catch (IllegalArgumentException e) {
            throw new TradeFormatException(where + ": field period: " + e.getMessage());
        }
        if (period.year() < 2022 && product.startsWith("8803")) {
            product = "8807" + product.substring(4); // HS 2017 8803 (parts of aircraft) became 8807 in HS 2022
        }
        return new ComtradeRow(raw.reporter(), raw.partner(), product, direction, period, value, kg, raw.part());
    }

    /** A value or net weight: {@link TradeFlows#figure}, 0 to 1e15. */
    private static double number(String raw, String where, String field) {
        try {
            return TradeFlows.figure(raw);
        } catch (IllegalArgumentException e) {
            throw new TradeFormatException(where + ": field " + field + ": " + e.getMessage());
        }
    }
}
