package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kordon.trade.ComtradeRow;
import org.kordon.trade.ComtradeRow.Layout;
import org.kordon.trade.Flow;
import org.kordon.trade.TradeFlows;
import org.kordon.trade.TradeFormatException;

/**
 * Rows of a UN Comtrade table (current or legacy API columns) to one parsed row each, by {@link ComtradeRow}: the
 * reading of {@code kordon trade} ({@code TradeFlows}), so the same drops, the same breakdown rule (mode of transport,
 * customs procedure, second partner), the same checks.
 *
 * <p>A row becomes {@code file, reporter, partner, product, export, year, month, value, part, error}: dropped rows
 * (aggregate partner, no value, HS-2 product) give nothing; a malformed value, weight, flow or period gives a row
 * with only {@code file} and {@code error} ({@code "<file>: field primaryValue: '1e308' is not a plausible figure (a
 * number from 0 to 1e+15)"}): values and weights are bounded as {@code kordon trade} bounds them
 * ({@link TradeFlows#figure}).
 */
final class ComtradeRows {
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

    /** The layout of a table by its (lower-case) column names, as {@code TradeFlows} detects it. */
    static Layout detect(Set<String> columns, String file) {
        Layout f = Layout.of(columns);
        if (f == null) {
            throw new TradeFormatException(file + " line 1: not a UN Comtrade table (current API: primaryValue, cmdCode, ...; legacy API: "
                    + "trade_value_us, commodity_code, ...); header has: " + String.join(",", columns));
        }
        return f;
    }

    /** {@code df} (string columns, names lower case) reduced to the {@link Layout#columns} of its layout, absent ones null. */
    static Dataset<Row> raw(Dataset<Row> df, Layout f) {
        Set<String> has = Set.of(df.columns());
        List<Column> cols = new ArrayList<>();
        for (String c : f.columns()) {
            cols.add((has.contains(c) ? col(c).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as(c));
        }
        return df.select(cols.toArray(Column[]::new));
    }

    /** Parses {@link #raw} rows of file number {@code file}, called {@code name} in messages. */
    static Dataset<Row> parse(Dataset<Row> raw, Layout f, int file, String name) {
        return raw.flatMap(new Parse(f, file, name), Encoders.row(PARSED));
    }

    private record Parse(Layout layout, int file, String name) implements FlatMapFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Row r) {
            Row out = parseRow(layout, file, name, r);
            return out == null ? Collections.emptyIterator() : List.of(out).iterator();
        }
    }

    /** One raw row: its parsed row, a row with only the error, or null when {@code TradeFlows} drops it. */
    static Row parseRow(Layout layout, int file, String name, Row r) {
        List<String> columns = layout.columns();
        try {
            ComtradeRow c = ComtradeRow.parse(ComtradeRow.raw(layout, column -> get(r, columns.indexOf(column))), name, why -> { });
            return c == null ? null : RowFactory.create(file, c.reporter(), c.partner(), c.product(), c.direction() == Flow.Direction.EXPORT,
                    c.period().year(), c.period().month(), c.value(), c.part(), null);
        } catch (TradeFormatException e) {
            return RowFactory.create(file, null, null, null, null, null, null, null, null, e.getMessage());
        }
    }

    private static String get(Row r, int i) {
        if (i < 0 || r.isNullAt(i)) {
            return null;
        }
        String v = r.getString(i).strip();
        return v.isEmpty() ? null : v;
    }
}
