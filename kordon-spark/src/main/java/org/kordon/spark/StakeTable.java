package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;
import org.kordon.ownership.StakeFields;
import org.kordon.ownership.StakeRules;
import org.kordon.ownership.StakeType;

/*
 * stakes.csv (or Parquet with the same columns) read into typed rows, checked as kordon ownership checks them: every
 * bad row is an error naming the file, the row's owner and owned ids and the field; shares become engine units
 * (Share: min rounded down, max rounded up), dates epoch days.
 */
final class StakeTable {
    static final List<String> HEADER = List.of("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end");
    static final int MAX_ERRORS = 20;
    static final StructType SCHEMA = new StructType()
            .add("owner", DataTypes.StringType, true)
            .add("owned", DataTypes.StringType, true)
            .add("min", DataTypes.LongType, false)
            .add("max", DataTypes.LongType, false)
            .add("type", DataTypes.IntegerType, false)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("kind", DataTypes.StringType, true)
            .add("seq", DataTypes.LongType, false)
            .add("error", DataTypes.StringType, true);
    private static final StakeType[] TYPES = StakeType.values();

    private StakeTable() {
    }

    /**
     * The typed stakes of {@code path}, validated and cached.
     *
     * @throws IllegalArgumentException listing up to {@value #MAX_ERRORS} bad rows (file, ids, field), or naming a
     *                                  column missing from the header
     */
    static Dataset<Row> read(SparkSession spark, String path, LocalDate day) {
        Dataset<Row> raw = Tables.read(spark, path);
        List<String> columns = Arrays.asList(raw.columns());
        for (String c : HEADER) {
            if (!columns.contains(c)) {
                throw new IllegalArgumentException(Tables.name(path) + " line 1: field " + c + " is missing from the header (found "
                        + String.join(",", columns) + ")");
            }
        }
        List<Column> select = new ArrayList<>();
        for (String c : HEADER) {
            select.add(col(c).cast("string").as(c));
        }
        select.add(columns.contains("owned_kind") ? col("owned_kind").cast("string").as("owned_kind") : lit(null).cast("string").as("owned_kind"));
        select.add(input_file_name().as("_file"));
        select.add(monotonically_increasing_id().as("_seq"));
        Dataset<Row> parsed = raw.select(select.toArray(Column[]::new))
                .map((MapFunction<Row, Row>) StakeTable::parse, Encoders.row(SCHEMA)).persist();
        List<String> errors = new ArrayList<>(parsed.filter(col("error").isNotNull()).select("error").limit(MAX_ERRORS)
                .as(Encoders.STRING()).collectAsList());
        if (errors.isEmpty()) {
            errors.addAll(overfull(parsed, day));
        }
        if (!errors.isEmpty()) {
            parsed.unpersist();
            throw new IllegalArgumentException(String.join("\n", errors) + "\n" + errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                    + " bad row(s) in " + Tables.name(path) + "; nothing written (fix them: a stake left out would change other answers)");
        }
        return parsed.drop("error");
    }

    /** Owned entities whose minimum shareholding (or voting) stakes active on {@code day} add up to more than 100%. */
    private static List<String> overfull(Dataset<Row> parsed, LocalDate day) {
        int d = (int) day.toEpochDay();
        return parsed.filter(active(d).and(col("type").isin(StakeType.SHAREHOLDING.ordinal(), StakeType.VOTING_RIGHTS.ordinal())))
                .groupBy("owned", "type").agg(sum("min").as("total"))
                .filter(col("total").gt(StakeRules.HUNDRED)).orderBy("owned", "type").limit(MAX_ERRORS).collectAsList().stream()
                .map(r -> "field share_min: the minimum " + TYPES[r.getInt(1)].code() + " stakes in '" + r.getString(0) + "' active on "
                        + day + " add up to " + Share.decimal(r.getLong(2)).toPlainString() + "%, more than 100%")
                .toList();
    }

    /** True for the stakes (rows of {@link #SCHEMA}) that hold on epoch day {@code day}. */
    static Column active(int day) {
        return col("start").isNull().or(col("start").leq(day)).and(col("end").isNull().or(col("end").gt(day)));
    }

    private static Row parse(Row r) {
        String owner = value(r, "owner_id");
        String owned = value(r, "owned_id");
        long seq = r.getLong(r.fieldIndex("_seq"));
        try {
            Stake s = StakeFields.parse(c -> value(r, c));
            String kind = value(r, "owned_kind");
            if (kind != null) {
                kind = kind.toLowerCase(Locale.ROOT);
                if (!kind.equals("company") && !kind.equals("person") && !kind.equals("arrangement")) {
                    throw new IllegalArgumentException("field owned_kind: must be company, person or arrangement, got '" + value(r, "owned_kind") + "'");
                }
            }
            return RowFactory.create(s.owner(), s.owned(), s.share().minUnits(), s.share().maxUnits(), s.type().ordinal(),
                    s.start() == null ? null : (int) s.start().toEpochDay(), s.end() == null ? null : (int) s.end().toEpochDay(), kind, seq, null);
        } catch (IllegalArgumentException e) {
            String where = Tables.name(r.getString(r.fieldIndex("_file"))) + " row " + (owner == null ? "?" : "'" + owner + "'") + " -> "
                    + (owned == null ? "?" : "'" + owned + "'");
            return RowFactory.create(owner, owned, 0L, 0L, 0, null, null, null, seq, where + ": " + e.getMessage());
        }
    }

    private static String value(Row r, String column) {
        Object v = r.get(r.fieldIndex(column));
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
