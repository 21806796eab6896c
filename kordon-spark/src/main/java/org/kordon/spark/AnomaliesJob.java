package org.kordon.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.kordon.trade.Anomaly.Metric;
import org.kordon.trade.ComtradeRow;
import org.kordon.trade.ControlledList;
import org.kordon.trade.CountryList;
import org.kordon.trade.Flow;
import org.kordon.trade.Hs6;
import org.kordon.trade.Period;
import org.kordon.trade.TradeFormatException;

/**
 * {@code kordon trade anomalies} as a Spark job, for {@code did_growth} and {@code mirror_gap}: the same definitions as
 * {@code TradeAnomalies} (windows, per-reporter period coverage of each file, comparison destinations, "other goods"
 * from TOTAL rows, minimum baseline 10,000 per period, growth shift 10,000, CIF/FOB 1.06, ranking and tie-breaks), computed
 * with joins and aggregations over UN Comtrade tables, so that no series has to fit on one machine.
 *
 * <pre>{@code
 * AnomaliesJob job = new AnomaliesJob(Set.of("KZ", "KG", "AM"), Period.parse("2022-03"));
 * Dataset<Row> flows = AnomaliesJob.readFlows(spark, List.of("comtrade-2019-2024.csv", "mirror.parquet"));
 * AnomaliesJob.writeCsv(job.compute(flows, EnumSet.of(Metric.DID_GROWTH, Metric.MIRROR_GAP)), "anomalies.csv");
 * // anomalies.csv: rank,metric,reporter,partner,hs6,controlled,value,baseline,post,detail (as kordon trade anomalies)
 * }</pre>
 *
 * <p>Inputs are UN Comtrade tables, current API ({@code period, reporterISO, flowCode, partnerISO, cmdCode,
 * primaryValue}, optional {@code netWgt, motCode, customsCode, partner2ISO}) or legacy API ({@code period, trade_code,
 * reporter_iso} or {@code reporter}, {@code partner_iso, commodity_code, trade_value_us}, optional {@code netweight_kg,
 * mot_code}); column names in any case; CSV with a header, or Parquet (a path ending in {@code .parquet}). All
 * Comtrade figures are US dollars, so mirror gaps need no currency conversion. Sums are kept as
 * {@code decimal(38,8)}: exact, so the result does not depend on how Spark splits them, and a TOTAL less the one product
 * it holds is zero as on one machine.
 */
public final class AnomaliesJob {
    /** The anomalies.csv columns of {@code kordon trade anomalies}. */
    public static final List<String> HEADER = List.of("rank", "metric", "reporter", "partner", "hs6", "controlled", "value", "baseline",
            "post", "detail");
    /** The metrics this job computes. */
    public static final Set<Metric> METRICS = Set.copyOf(EnumSet.of(Metric.DID_GROWTH, Metric.MIRROR_GAP));
    /** {@code TradeAnomalies}' defaults, which {@code kordon trade anomalies} uses. */
    static final double CIF_FOB = 1.06;
    static final double MIN_BASELINE = 10_000;
    static final double SHIFT = 10_000;
    static final DecimalType MONEY = DataTypes.createDecimalType(38, 8);

    static final StructType ANOMALY = new StructType()
            .add("metric_order", DataTypes.IntegerType, false)
            .add("metric", DataTypes.StringType, false)
            .add("reporter", DataTypes.StringType, false)
            .add("partner", DataTypes.StringType, false)
            .add("hs6", DataTypes.StringType, false)
            .add("controlled", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false)
            .add("baseline", DataTypes.DoubleType, false)
            .add("post", DataTypes.DoubleType, false)
            .add("detail", DataTypes.StringType, false)
            .add("weight", DataTypes.DoubleType, false);

    private static final String R = "reporter";
    private static final String PT = "partner";
    private static final String P = "product";

    private final Set<String> hubs;
    private final Period since;

    /**
     * @param hubs  the hub countries, ISO alpha-2 (as {@code --hubs})
     * @param since the first period "after" (as {@code --since})
     */
    public AnomaliesJob(Set<String> hubs, Period since) {
        Set<String> h = new LinkedHashSet<>();
        for (String c : hubs) {
            String s = c.strip().toUpperCase(Locale.ROOT);
            if (!s.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("hubs: '" + c + "' is not an ISO alpha-2 country code");
            }
            h.add(s);
        }
        this.hubs = Set.copyOf(h);
        this.since = since;
    }

    /** The defaults of {@code kordon trade anomalies}: the diversion-risk countries as hubs, since 2022-03. */
    public static AnomaliesJob defaults() {
        return new AnomaliesJob(CountryList.diversionRisk().codes(), new Period(2022, 3));
    }

    // ---- input ------------------------------------------------------------------------------------------------

    /**
     * Reads Comtrade tables, {@code paths} in order (a cell given by two is taken from the first, as on one machine),
     * to one row per file and cell: {@code file, reporter, partner, product, export, year, month, value} (value
     * {@code decimal(38,8)}, month 0 for a year), breakdown rows used only where the cell has no total row, HS-4 rows
     * dropped where the same file has HS-6 rows under them. Every row is checked first; the result is a local checkpoint.
     *
     * @throws TradeFormatException naming the file and the field of the first malformed value, flow or period found,
     *                              or a file that is not a Comtrade table
     */
    public static Dataset<Row> readFlows(SparkSession spark, List<String> paths) {
        Dataset<Row> parsed = null;
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            Dataset<Row> df = path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? spark.read().parquet(path)
                    : spark.read().option("header", "true").option("encoding", "UTF-8").option("escape", "\"")
                    .option("inferSchema", "false").csv(path);
            String[] names = Arrays.stream(df.columns()).map(n -> n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
            df = df.toDF(names);
            ComtradeRow.Layout f = ComtradeRows.detect(new LinkedHashSet<>(Arrays.asList(names)), path);
            Dataset<Row> p = ComtradeRows.parse(ComtradeRows.raw(df, f), f, i, path);
            parsed = parsed == null ? p : parsed.union(p);
        }
        if (parsed == null) {
            throw new IllegalArgumentException("no flow files given");
        }
        // one cell per file: the total rows' sum where there is one, else the breakdown rows' sum (TradeFlows' Acc)
        Dataset<Row> cells = parsed.groupBy(col("file"), col(R), col(PT), col(P), col("export"), col("year"), col("month"))
                .agg(sum(when(not(col("part")), col("value").cast(MONEY))).as("total"),
                        max(when(not(col("part")), lit(1)).otherwise(lit(0))).as("has_total"),
                        sum(when(col("part"), col("value").cast(MONEY))).as("parts"),
                        max(col("error")).as("error"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> bad = cells.filter(col("error").isNotNull()).select("error").limit(1).collectAsList();
        if (!bad.isEmpty()) {
            cells.unpersist();
            throw new TradeFormatException(bad.get(0).getString(0));
        }
        Dataset<Row> checked = cells;
        cells = cells.select(col("file"), col(R), col(PT), col(P), col("export"), col("year"), col("month"),
                when(col("has_total").equalTo(1), col("total")).otherwise(col("parts")).cast(MONEY).as("value"));
        // a heading (HS-4) cell is dropped where the same file has HS-6 cells under that heading
        Dataset<Row> headings = cells.filter(length(col(P)).equalTo(6)).select(col("file"), substring(col(P), 1, 4).as(P)).distinct();
        Dataset<Row> flows = cells.join(headings, on("file", P), "left_anti").localCheckpoint();
        checked.unpersist(); // the checkpoint holds the cells now
        return flows;
    }

    // ---- computation ------------------------------------------------------------------------------------------

    /** True for a period at or after {@code since} ({@link Period#atOrAfter}). */
    private Column after() {
        Column y = col("year");
        Column m = col("month");
        if (since.annual()) {
            return y.geq(since.year());
        }
        return when(m.equalTo(0), y.geq(since.year())).otherwise(y.multiply(100).plus(m).geq(since.year() * 100 + since.month()));
    }

    private static Column sumWhen(Column cond) {
        return coalesce(sum(when(cond, col("value"))), lit(BigDecimal.ZERO).cast(MONEY));
    }

    private static Column countWhen(Column cond) {
        return count(when(cond, lit(1)));
    }

    /** Sums before/after as b, a and period counts as pb, pa. */
    private static Column[] windows(String prefix) {
        return new Column[] {sumWhen(not(col("after"))).as(prefix + "b"), sumWhen(col("after")).as(prefix + "a")};
    }

    private static Column[] periods(String prefix) {
        return new Column[] {countWhen(not(col("after"))).as(prefix + "pb"), countWhen(col("after")).as(prefix + "pa")};
    }

    private static Column first(Column[] cs) {
        return cs[0];
    }

    private static Column[] rest(Column[] cs) {
        return Arrays.copyOfRange(cs, 1, cs.length);
    }

    /**
     * The anomalies of {@code metrics} (did_growth and/or mirror_gap) over {@link #readFlows} rows, ranked within each
     * metric from 1, largest first (ties: the larger flow after, then reporter, partner, product), did_growth first:
     * columns {@code rank, metric, reporter, partner, hs6, controlled, value, baseline, post, detail}, sorted.
     */
    public Dataset<Row> compute(Dataset<Row> flows, Set<Metric> metrics) {
        for (Metric m : metrics) {
            if (!METRICS.contains(m)) {
                throw new IllegalArgumentException("metric " + m.csvName() + " is not computed on Spark (did_growth, mirror_gap)");
            }
        }
        // the periods each file covers for each reporter (a month without a figure counts as zero trade)
        Dataset<Row> cov = cut(flows.select(col("file"), col(R), col("year"), col("month")).distinct().withColumn("after", after()));
        // a cell given by two files is taken from the first
        Dataset<Row> cells = flows.groupBy(col(R), col(PT), col(P), col("export"), col("year"), col("month"))
                .agg(min(col("file")).as("file"), min_by(col("value"), col("file")).as("value"))
                .withColumn("after", after());
        cells = cut(cells);
        // the files each series' cells come from, and the periods those files cover for its reporter
        Dataset<Row> seriesFiles = cut(cells.select(col(R), col(PT), col(P), col("export"), col("file")).distinct());
        Dataset<Row> seriesCover = cut(seriesFiles.join(cov, on("file", R))
                .select(col(R), col(PT), col(P), col("export"), col("year"), col("month"), col("after")).distinct());
        Dataset<Row> out = null;
        if (metrics.contains(Metric.DID_GROWTH)) {
            out = didGrowth(cells, seriesFiles, cov);
        }
        if (metrics.contains(Metric.MIRROR_GAP)) {
            Dataset<Row> m = mirrorGap(cells, seriesCover);
            out = out == null ? m : out.union(m);
        }
        if (out == null) {
            throw new IllegalArgumentException("no metric chosen");
        }
        // as TradeAnomalies ranks: rows without a value (a mirror gap without a baseline) after the others, by level (Spark orders NaN first)
        Column noValue = isnan(col("value"));
        Column rank = row_number().over(Window.partitionBy(col("metric_order")).orderBy(noValue.asc(), col("value").desc(),
                when(noValue, col("post")).desc(), col("weight").desc(), col(R), col(PT), col("hs6")));
        return out.withColumn("rank", rank).orderBy(col("metric_order"), col("rank"))
                .select(col("rank"), col("metric"), col(R), col(PT), col("hs6"), col("controlled"), col("value"), col("baseline"),
                        col("post"), col("detail"));
    }

    private Dataset<Row> didGrowth(Dataset<Row> cells, Dataset<Row> seriesFiles, Dataset<Row> cov) {
        Set<String> sanctioned = CountryList.sanctionedDestinations().codes();
        Object[] hubList = hubs.toArray();
        Dataset<Row> x = cells.filter(col("export")).drop("export");
        Dataset<Row> xFiles = seriesFiles.filter(col("export")).drop("export");
        Column notTotal = col(P).notEqual(Flow.TOTAL);

        // own: the product to the hub
        Dataset<Row> ownCover = xFiles.join(cov, on("file", R)).select(col(R), col(PT), col(P), col("after"), col("year"), col("month"))
                .distinct().groupBy(col(R), col(PT), col(P)).agg(first(periods("")), rest(periods("")));
        Dataset<Row> targets = cut(x.filter(col(PT).isin(hubList).and(notTotal)).groupBy(col(R), col(PT), col(P))
                .agg(first(windows("")), rest(windows(""))).join(ownCover, on(R, PT, P)));

        // all goods to each partner: the TOTAL series where there is one, else every product
        Dataset<Row> hasTotal = xFiles.groupBy(col(R), col(PT)).agg(max(when(col(P).equalTo(Flow.TOTAL), lit(1)).otherwise(lit(0))).as("has_total"));
        Dataset<Row> chosen = xFiles.select(col(R), col(PT), col(P)).distinct().join(hasTotal, on(R, PT))
                .filter(when(col("has_total").equalTo(1), col(P).equalTo(Flow.TOTAL)).otherwise(notTotal)).select(col(R), col(PT), col(P));
        Dataset<Row> allCover = cut(xFiles.join(chosen, on(R, PT, P)).select(col(R), col(PT), col("file")).distinct()
                .join(cov, on("file", R)).select(col(R), col(PT), col("year"), col("month"), col("after")).distinct());
        Dataset<Row> all = cut(x.join(chosen, on(R, PT, P)).groupBy(col(R), col(PT)).agg(first(windows("w")), rest(windows("w")))
                .join(allCover.groupBy(col(R), col(PT)).agg(first(periods("w")), rest(periods("w"))), on(R, PT)));
        // the product's own cells within the periods all goods cover
        Dataset<Row> ownIn = cut(x.filter(notTotal).join(allCover.drop("after"), on(R, PT, "year", "month"))
                .groupBy(col(R), col(PT), col(P)).agg(first(windows("o")), rest(windows("o"))));

        // other goods to the hub
        Dataset<Row> hubOther = others(targets.select(col(R), col(PT), col(P)), all, ownIn).groupBy(col(R), col(PT), col(P))
                .agg(first(otherSums("h")), rest(otherSums("h")));

        // comparison destinations: partners that are neither hubs nor sanctioned
        Dataset<Row> comparison = cut(xFiles.select(col(R), col(PT)).distinct().filter(not(col(PT).isin(hubList)).and(not(col(PT).isin(sanctioned.toArray())))));
        Dataset<Row> compNames = comparison.groupBy(col(R)).agg(concat_ws("+", array_sort(collect_set(col(PT)))).as("comp_names"));
        Dataset<Row> compFiles = xFiles.filter(notTotal).join(comparison, on(R, PT)).select(col(R), col(P), col("file")).distinct();
        Dataset<Row> comp = x.filter(notTotal).join(comparison, on(R, PT)).groupBy(col(R), col(P)).agg(first(windows("c")), rest(windows("c")))
                .join(compFiles.join(cov, on("file", R)).select(col(R), col(P), col("year"), col("month"), col("after")).distinct()
                        .groupBy(col(R), col(P)).agg(first(periods("c")), rest(periods("c"))), on(R, P));
        Dataset<Row> targetProducts = targets.select(col(R), col(P)).distinct();
        Dataset<Row> compOther = others(targetProducts.join(comparison, on(R)), all, ownIn).groupBy(col(R), col(P))
                .agg(first(otherSums("k")), rest(otherSums("k")));

        Dataset<Row> rows = targets.join(hubOther, on(R, PT, P), "left").join(comp, on(R, P), "left")
                .join(compOther, on(R, P), "left").join(compNames, on(R), "left")
                .select(col(R), col(PT), col(P), col("b"), col("a"), col("pb"), col("pa"),
                        col("hb"), col("ha"), col("hpb"), col("hpa"),
                        col("cb"), col("ca"), col("cpb"), col("cpa"),
                        col("kb"), col("ka"), col("kpb"), col("kpa"), col("comp_names"));
        return rows.flatMap(new DidRow(), Encoders.row(ANOMALY));
    }

    /**
     * For each (reporter, partner, product) of {@code keys}: the other goods to that partner, all goods less the
     * product (within the periods all goods cover), kept only where some is left before or after.
     */
    private static Dataset<Row> others(Dataset<Row> keys, Dataset<Row> all, Dataset<Row> ownIn) {
        Column zero = lit(BigDecimal.ZERO).cast(MONEY);
        return keys.join(all, on(R, PT)).join(ownIn, on(R, PT, P), "left")
                .withColumn("db", col("wb").minus(coalesce(col("ob"), zero)).cast(MONEY))
                .withColumn("da", col("wa").minus(coalesce(col("oa"), zero)).cast(MONEY))
                .filter(not(col("db").leq(zero).and(col("da").leq(zero))));
    }

    /** Sums of the other goods' differences, and the largest period counts among the partners kept. */
    private static Column[] otherSums(String prefix) {
        return new Column[] {sum(col("db")).cast(MONEY).as(prefix + "b"), sum(col("da")).cast(MONEY).as(prefix + "a"),
                max(col("wpb")).as(prefix + "pb"), max(col("wpa")).as(prefix + "pa")};
    }

    private Dataset<Row> mirrorGap(Dataset<Row> cells, Dataset<Row> seriesCover) {
        Column notTotal = col(P).notEqual(Flow.TOTAL);
        Dataset<Row> xCover = seriesCover.filter(col("export").and(notTotal)).drop("export");
        // the importer's series, keyed as the exporter's: (exporter, destination, product)
        Dataset<Row> mCover = seriesCover.filter(not(col("export")).and(notTotal)).drop("export")
                .withColumnRenamed(R, "m_r").withColumnRenamed(PT, R).withColumnRenamed("m_r", PT);
        Dataset<Row> both = cut(xCover.join(mCover.drop("after"), on(R, PT, P, "year", "month")));
        Dataset<Row> bothCount = both.groupBy(col(R), col(PT), col(P)).agg(first(periods("")), rest(periods("")));
        Dataset<Row> bothPeriods = both.drop("after");
        Dataset<Row> xs = cells.filter(col("export").and(notTotal)).join(bothPeriods, on(R, PT, P, "year", "month"))
                .groupBy(col(R), col(PT), col(P)).agg(first(windows("x")), rest(windows("x")));
        Dataset<Row> ms = cells.filter(not(col("export")).and(notTotal))
                .withColumnRenamed(R, "m_r").withColumnRenamed(PT, R).withColumnRenamed("m_r", PT)
                .join(bothPeriods, on(R, PT, P, "year", "month"))
                .groupBy(col(R), col(PT), col(P)).agg(first(windows("m")), rest(windows("m")));
        Dataset<Row> rows = bothCount.join(xs, on(R, PT, P)).join(ms, on(R, PT, P), "left")
                .select(col(R), col(PT), col(P), col("pb"), col("pa"), col("xb"), col("xa"), col("mb"), col("ma"));
        return rows.flatMap(new MirrorRow(since.toString()), Encoders.row(ANOMALY));
    }

    // ---- per-row formulas, as TradeAnomalies computes them ---------------------------------------------------

    /** Sums and period counts before and after; means NaN without periods. */
    record Win(double before, double after, long periodsBefore, long periodsAfter) {
        static Win of(Row r, int i) {
            if (r.isNullAt(i)) {
                return new Win(0, 0, 0, 0);
            }
            return new Win(d(r, i), d(r, i + 1), r.isNullAt(i + 2) ? 0 : r.getLong(i + 2), r.isNullAt(i + 3) ? 0 : r.getLong(i + 3));
        }

        double meanBefore() {
            return periodsBefore == 0 ? Double.NaN : before / periodsBefore;
        }

        double meanAfter() {
            return periodsAfter == 0 ? Double.NaN : after / periodsAfter;
        }

        double growth(double shift) {
            double b = meanBefore() + shift;
            double a = meanAfter() + shift;
            return b > 0 && a > 0 ? Math.log(a / b) : Double.NaN;
        }

        private static double d(Row r, int i) {
            return r.isNullAt(i) ? 0 : r.getDecimal(i).doubleValue();
        }
    }

    /** did_growth of one target row (reporter, hub, product, own, hub's other goods, comparison, comparison's other goods). */
    private static final class DidRow implements FlatMapFunction<Row, Row> {
        @Override
        public java.util.Iterator<Row> call(Row r) {
            String reporter = r.getString(0);
            String hub = r.getString(1);
            String product = r.getString(2);
            Win own = Win.of(r, 3);
            if (!(own.meanBefore() >= MIN_BASELINE)) {
                return java.util.Collections.emptyIterator();
            }
            double gOwn = own.growth(SHIFT);
            double gOther = Win.of(r, 7).growth(SHIFT);
            if (Double.isNaN(gOwn) || Double.isNaN(gOther)) {
                return java.util.Collections.emptyIterator();
            }
            double value = gOwn - gOther;
            boolean compPresent = !r.isNullAt(11);
            Win comp = Win.of(r, 11);
            double gComp = !compPresent || !(comp.meanBefore() >= MIN_BASELINE) ? Double.NaN : comp.growth(SHIFT);
            double gCompOther = !compPresent ? Double.NaN : Win.of(r, 15).growth(SHIFT);
            String detail;
            if (!Double.isNaN(gComp) && !Double.isNaN(gCompOther)) {
                value -= gComp - gCompOther;
                detail = String.format(Locale.ROOT, "log growth: product to %s %+.3f, other goods to %s %+.3f; product to %s %+.3f, "
                        + "other goods to them %+.3f", hub, gOwn, hub, gOther, r.isNullAt(19) ? "" : r.getString(19), gComp, gCompOther);
            } else {
                detail = String.format(Locale.ROOT, "log growth: product to %s %+.3f, other goods to %s %+.3f; no comparison "
                        + "destination with this product (at least the minimum flow before, some after)", hub, gOwn, hub, gOther);
            }
            detail += String.format(Locale.ROOT, "; product's mean per period %s %,.0f over %d periods before, %s %,.0f over %d periods after",
                    "USD", own.meanBefore(), own.periodsBefore(), "USD", own.meanAfter(), own.periodsAfter());
            return List.of(RowFactory.create(0, Metric.DID_GROWTH.csvName(), reporter, hub, product, controlled(product), value,
                    own.meanBefore(), own.meanAfter(), detail, own.after())).iterator();
        }
    }

    /**
     * mirror_gap of one exporter-destination-product row (periods both cover, exports and imports in them): the change of
     * the gap against the periods before {@code since}, as {@code TradeAnomalies} computes and words it.
     */
    private static final class MirrorRow implements FlatMapFunction<Row, Row> {
        private final String since;

        MirrorRow(String since) {
            this.since = since;
        }

        @Override
        public java.util.Iterator<Row> call(Row r) {
            String reporter = r.getString(0);
            String partner = r.getString(1);
            String product = r.getString(2);
            long pb = r.getLong(3);
            long pa = r.getLong(4);
            Win xw = new Win(Win.d(r, 5), Win.d(r, 6), pb, pa);
            Win mw = new Win(Win.d(r, 7), Win.d(r, 8), pb, pa);
            double gapAfter = gap(xw.after(), mw.after());
            if (Double.isNaN(gapAfter) || !(xw.meanAfter() >= MIN_BASELINE)) {
                return java.util.Collections.emptyIterator();
            }
            double baseline = Double.NaN;
            String noBaseline = "";
            if (pb == 0) {
                noBaseline = "no period before " + since + " both report";
            } else if (!(xw.meanBefore() >= MIN_BASELINE)) {
                noBaseline = String.format(Locale.ROOT, "exports before %s of USD %,.0f per period, under the minimum of %,.0f", since,
                        xw.meanBefore(), MIN_BASELINE);
            } else {
                baseline = gap(xw.before(), mw.before());
            }
            double change = gapAfter - baseline;
            String head = noBaseline.isEmpty()
                    ? String.format(Locale.ROOT, "gap %+.1f points since before %s: %.1f %% of exports not reported as imports before, %.1f %% after",
                            100 * change, since, 100 * baseline, 100 * gapAfter)
                    : String.format(Locale.ROOT, "no baseline (%s): not ranked as a change, listed after the gaps that have one; %.1f %% of exports "
                            + "not reported as imports after", noBaseline, 100 * gapAfter);
            String detail = head + String.format(Locale.ROOT, "; after: %s reports exports of USD %,.0f, %s imports of USD %,.0f (USD %,.0f FOB at a "
                    + "CIF/FOB factor of %.2f)", reporter, xw.after(), partner, mw.after(), mw.after() / CIF_FOB, CIF_FOB)
                    + (pb == 0 ? "" : String.format(Locale.ROOT, "; before: exports USD %,.0f, imports USD %,.0f", xw.before(), mw.before()))
                    + String.format(Locale.ROOT, "; %d periods both report (%d before, %d after)", pb + pa, pb, pa);
            return List.of(RowFactory.create(1, Metric.MIRROR_GAP.csvName(), reporter, partner, product, controlled(product), change,
                    baseline, gapAfter, detail, xw.after())).iterator();
        }

        private static double gap(double exports, double imports) {
            return exports > 0 ? (exports - imports / CIF_FOB) / exports : Double.NaN;
        }
    }

    /** The CHP list and tier of a product, e.g. {@code CHP Tier 1}, or "" (as the {@code controlled} column). */
    static String controlled(String product) {
        if (product.length() != 6) {
            return "";
        }
        ControlledList chp = ControlledList.chp();
        return chp.find(new Hs6(product)).map(e -> chp.name() + (e.tier().isEmpty() ? "" : " " + e.tier())).orElse("");
    }

    // ---- output -----------------------------------------------------------------------------------------------

    /** Writes {@link #compute} rows as one anomalies.csv, numbers as {@code kordon trade anomalies} writes them. */
    public static void writeCsv(Dataset<Row> anomalies, String output) {
        CsvOutput.writeLines(anomalies.map((MapFunction<Row, String>) AnomaliesJob::csvLine, Encoders.STRING()), HEADER, output);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    static String csvLine(Row r) {
        return CSV.format(r.getInt(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), num(r.getDouble(6)),
                num(r.getDouble(7)), num(r.getDouble(8)), r.getString(9));
    }

    /** As {@code kordon trade anomalies}: 6 decimals, trailing zeros dropped, NaN empty. */
    static String num(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.6f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The metrics named by {@code --metric}: did_growth, mirror_gap or all. */
    static Set<Metric> metrics(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> EnumSet.of(Metric.DID_GROWTH, Metric.MIRROR_GAP);
            case "did_growth" -> EnumSet.of(Metric.DID_GROWTH);
            case "mirror_gap" -> EnumSet.of(Metric.MIRROR_GAP);
            default -> throw new IllegalArgumentException("--metric: '" + name + "' is not did_growth, mirror_gap or all");
        };
    }

    /** The hubs in force. */
    Set<String> hubs() {
        return hubs;
    }

    /**
     * Materialises {@code df} on the executors and cuts its lineage: the later joins start from it instead of
     * re-planning (and re-running) the whole chain behind it in every branch that uses it.
     */
    private static Dataset<Row> cut(Dataset<Row> df) {
        return df.localCheckpoint();
    }

    private static String[] on(String... columns) {
        return columns;
    }
}
