package org.kordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
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
 *
 * Then the rules of OwnershipGraph.Builder (duplicates(), overfull(day)), distributed: a groupBy over the whole stake
 * (owner, owned, min, max, type, start, end) keeps each stake once and warns about those given more than once; a
 * groupBy over (owned, type) of the active shareholding and voting stakes sums their minimums, and a set past 100%
 * is refused naming its rows. The messages are kordon ownership's, with the row named by its ids instead of its line
 * (Spark's CSV reader does not know lines).
 */
final class StakeTable {
    static final List<String> HEADER = List.of("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end");
    /** The columns read: {@link #HEADER} and the optional owned_kind. */
    static final List<String> COLUMNS = List.of("owner_id", "owned_id", "share_min", "share_max", "type", "start", "end", "owned_kind");
    static final int MAX_ERRORS = 20;
    /** Most duplicate stakes named one by one on stderr; the rest are counted. */
    static final int MAX_WARNINGS = 20;
    /** Most rows named for one company whose stakes add up to more than 100% (as kordon ownership names lines). */
    static final int MAX_ROWS_NAMED = 10;
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
    /** The columns that make a stake: two rows equal in all of them are the same stake given twice. */
    private static final List<String> KEY = List.of("owner", "owned", "min", "max", "type", "start", "end");
    private static final StakeType[] TYPES = StakeType.values();

    private StakeTable() {
    }

    /**
     * The typed stakes of {@code path}, validated, each stake once, and cached: the columns of {@link #SCHEMA} but
     * error; {@code seq} is the first row giving the stake, {@code kind} the first owned_kind its rows give.
     *
     * @param err where a stake given more than once is said (it is counted once)
     * @throws IllegalArgumentException listing up to {@value #MAX_ERRORS} bad rows (file, ids, field) or over-full
     *                                  companies (file, the rows' ids), or naming a column missing from the header
     */
    static Dataset<Row> read(SparkSession spark, String path, LocalDate day, PrintWriter err) {
        Dataset<Row> raw = Tables.read(spark, path);
        List<String> columns = Arrays.asList(raw.columns());
        for (String c : HEADER) {
            if (!columns.contains(c)) {
                throw new IllegalArgumentException(Tables.name(path) + " line 1: field " + c + " is missing from the header (found "
                        + String.join(",", columns) + ")");
            }
        }
        Tables.warnUnread(path, columns, COLUMNS, err);
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
        Dataset<Row> stakes = null;
        if (errors.isEmpty()) {
            Column[] key = KEY.stream().map(functions::col).toArray(Column[]::new);
            stakes = parsed.groupBy(key).agg(min("seq").as("seq"), count(lit(1)).as("times"),
                            // the owned_kind of the first row that gives one (rows left out still tell the owned node's kind)
                            min_by(col("kind"), when(col("kind").isNotNull(), col("seq"))).as("kind"))
                    .persist();
            warnDuplicates(stakes, Tables.name(path), err);
            errors.addAll(overfull(stakes, Tables.name(path), day));
        }
        parsed.unpersist();
        if (!errors.isEmpty()) {
            if (stakes != null) {
                stakes.unpersist();
            }
            throw new IllegalArgumentException(String.join("\n", errors) + "\n" + errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                    + " bad row(s) in " + Tables.name(path) + "; nothing written (fix them: a stake left out would change other answers)");
        }
        return stakes.select(col("owner"), col("owned"), col("min"), col("max"), col("type"), col("start"), col("end"), col("kind"),
                col("seq"));
    }

    /** Says each stake given more than once (at most {@value #MAX_WARNINGS}, then how many in all), as kordon ownership does. */
    private static void warnDuplicates(Dataset<Row> stakes, String file, PrintWriter err) {
        Dataset<Row> twice = stakes.filter(col("times").gt(1));
        List<Row> named = twice.orderBy("seq").limit(MAX_WARNINGS + 1).collectAsList();
        for (int i = 0; i < Math.min(named.size(), MAX_WARNINGS); i++) {
            Row r = named.get(i);
            err.println("kordon spark: warning: " + file + " row " + ids(r.getString(0), r.getString(1)) + ": the same stake given "
                    + r.getLong(r.fieldIndex("times")) + " times" + StakeFields.COUNTED_ONCE);
        }
        if (named.size() > MAX_WARNINGS) {
            err.printf(Locale.ROOT, "kordon spark: warning: %,d stakes given more than once in %s in all; each counted once%n", twice.count(), file);
        }
    }

    /**
     * The companies whose minimum shareholding (or voting) stakes active on {@code day}, each stake once, add up to
     * more than 100%: one error each, naming the rows of the set in file order.
     */
    private static List<String> overfull(Dataset<Row> stakes, String file, LocalDate day) {
        int d = (int) day.toEpochDay();
        Dataset<Row> summed = stakes.filter(active(d).and(col("type").isin(StakeType.SHAREHOLDING.ordinal(), StakeType.VOTING_RIGHTS.ordinal())));
        List<Row> over = summed.groupBy("owned", "type").agg(sum("min").as("total"), count(lit(1)).as("n"), min("seq").as("first"))
                .filter(col("total").gt(StakeRules.HUNDRED)).orderBy("first").limit(MAX_ERRORS).collectAsList();
        if (over.isEmpty()) {
            return List.of();
        }
        // the first rows of each over-full set: a few sets, each named by at most MAX_ROWS_NAMED rows
        Dataset<Row> sets = summed.sparkSession().createDataFrame(over, over.get(0).schema()).select("owned", "type");
        Map<String, List<String>> rows = new HashMap<>();
        for (Row r : summed.join(functions.broadcast(sets), Fixpoint.seq("owned", "type"), "left_semi")
                .withColumn("_n", row_number().over(Window.partitionBy("owned", "type").orderBy("seq")))
                .filter(col("_n").leq(MAX_ROWS_NAMED)).orderBy("seq").collectAsList()) {
            rows.computeIfAbsent(r.getString(r.fieldIndex("owned")) + "\u0000" + r.getInt(r.fieldIndex("type")), k -> new ArrayList<>())
                    .add(ids(r.getString(r.fieldIndex("owner")), r.getString(r.fieldIndex("owned"))));
        }
        List<String> out = new ArrayList<>();
        for (Row o : over) {
            String owned = o.getString(0);
            long n = o.getLong(3);
            String named = String.join(", ", rows.get(owned + "\u0000" + o.getInt(1)))
                    + (n > MAX_ROWS_NAMED ? String.format(Locale.ROOT, " and %,d more", n - MAX_ROWS_NAMED) : "");
            out.add(file + " rows " + named + ": field share_min: "
                    + StakeFields.overfull(owned, TYPES[o.getInt(1)], Share.decimal(o.getLong(2)), day));
        }
        return out;
    }

    /** A row named by its ids, as the errors name it: {@code 'X' -> 'B'}. */
    private static String ids(String owner, String owned) {
        return (owner == null ? "?" : "'" + owner + "'") + " -> " + (owned == null ? "?" : "'" + owned + "'");
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
            String where = Tables.name(r.getString(r.fieldIndex("_file"))) + " row " + ids(owner, owned);
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
