package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.testkit.SharedData;
import org.kordon.trade.Anomaly;
import org.kordon.trade.Anomaly.Metric;
import org.kordon.trade.Period;
import org.kordon.trade.TradeAnomalies;
import org.kordon.trade.TradeFlows;
import org.kordon.trade.TradeFormatException;

/**
 * The Spark anomalies job gives what {@code kordon trade anomalies} gives for did_growth and mirror_gap (same rows in
 * the same order, numbers within 1e-9 relative, the same detail text), in local[2]: on a table computed by hand, on a
 * generated Comtrade data set (CSV, and Parquet), and on the real Comtrade extracts in ../shared/data when present.
 */
class AnomaliesJobTest {
    static final Set<String> HUBS = Set.of("KZ", "KG", "AM");
    static final Period SINCE = new Period(2022, 3);

    static SparkSession spark;
    @TempDir static Path shared;
    static List<Path> generated;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws IOException {
        spark = KordonSpark.session("local[2]");
        // tables of a few thousand rows: few partitions, no adaptive re-planning, no code generation (which costs more than
        // it saves at this size; the job itself runs with Spark's defaults)
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        spark.conf().set("spark.sql.codegen.wholeStage", "false");
        spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        generated = ComtradeFixtures.generate(shared, 20221, 5, 18);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What TradeAnomalies gives for the two metrics, ranked. */
    static List<Anomaly> singleMachine(List<Path> files, Set<String> hubs) throws IOException {
        return TradeAnomalies.builder().hubs(hubs).since(SINCE).build().compute(TradeFlows.load(files)).stream()
                .filter(a -> AnomaliesJob.METRICS.contains(a.metric())).toList();
    }

    static List<Row> onSpark(List<String> paths, Set<String> hubs) {
        AnomaliesJob job = new AnomaliesJob(hubs, SINCE);
        return job.compute(AnomaliesJob.readFlows(spark, paths), AnomaliesJob.METRICS).collectAsList();
    }

    static List<String> strings(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }

    /** Same rows, same order; numbers within 1e-9 (relative to the larger of 1 and the number). */
    static void assertSame(List<Row> spark, List<Anomaly> expected) {
        assertThat(spark).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Anomaly e = expected.get(i);
            Row r = spark.get(i);
            String where = "row " + i + " " + e;
            assertThat(r.getInt(0)).as(where).isEqualTo(e.rank());
            assertThat(r.getString(1)).as(where).isEqualTo(e.metric().csvName());
            assertThat(List.of(r.getString(2), r.getString(3), r.getString(4), r.getString(5))).as(where)
                    .containsExactly(e.reporter(), e.partner(), e.hs6(), e.controlled());
            close(r.getDouble(6), e.value(), where + " value");
            close(r.getDouble(7), e.baseline(), where + " baseline");
            close(r.getDouble(8), e.post(), where + " post");
            assertThat(r.getString(9)).as(where).isEqualTo(e.detail());
        }
    }

    private static void close(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    private static long count(List<Anomaly> a, Metric m) {
        return a.stream().filter(x -> x.metric() == m).count();
    }

    // ---- (a) computed by hand -----------------------------------------------------------------------------------

    @Test
    void handTable_didGrowthAndMirrorGap_asByHandAndAsSingleMachine() throws IOException {
        Path f = Files.writeString(dir.resolve("hand.csv"), ComtradeFixtures.HAND);
        List<Row> rows = onSpark(List.of(f.toString()), Set.of("KZ"));

        assertSame(rows, singleMachine(List.of(f), Set.of("KZ")));
        assertThat(rows).hasSize(2);
        Row did = rows.get(0);
        assertThat(List.of(did.getString(1), did.getString(2), did.getString(3), did.getString(4), did.getString(5)))
                .containsExactly("did_growth", "DE", "KZ", "854231", "CHP Tier 1");
        assertThat(did.getDouble(6)).isCloseTo(Math.log(70_000.0 / 30_000.0), within(1e-12));
        assertThat(did.getDouble(7)).isEqualTo(20_000.0);
        assertThat(did.getDouble(8)).isEqualTo(60_000.0);
        assertThat(did.getString(9)).contains("product to US +0.000, other goods to them +0.000").endsWith("product's mean per period USD 20,000 over 2 periods before, USD 60,000 over 2 periods after");
        Row mirror = rows.get(1);
        assertThat(List.of(mirror.getString(1), mirror.getString(2), mirror.getString(3), mirror.getString(4)))
                .containsExactly("mirror_gap", "DE", "KZ", "854231");
        assertThat(mirror.getDouble(6)).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(mirror.getDouble(7)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void handTable_oneMetric_onlyThatMetric() throws IOException {
        Path f = Files.writeString(dir.resolve("hand.csv"), ComtradeFixtures.HAND);
        List<Row> rows = new AnomaliesJob(Set.of("KZ"), SINCE).compute(AnomaliesJob.readFlows(spark, List.of(f.toString())),
                Set.of(Metric.MIRROR_GAP)).collectAsList();
        assertThat(rows).extracting(r -> r.getString(1)).containsExactly("mirror_gap");
    }

    @Test
    void headingRows_droppedOnlyUnderSixDigitRowsOfTheSameFile() throws IOException {
        Path six = Files.writeString(dir.resolve("six.csv"), ComtradeFixtures.API_HEADER
                + "M,2022-01-01,DEU,X,KAZ,854231,20000,,0\nM,2022-01-01,DEU,X,KAZ,8542,25000,,0\n");
        Path four = Files.writeString(dir.resolve("four.csv"), ComtradeFixtures.API_HEADER + "M,2022-01-01,FRA,X,KAZ,8542,30000,,0\n");
        List<Row> cells = AnomaliesJob.readFlows(spark, List.of(six.toString(), four.toString())).collectAsList();
        assertThat(cells).extracting(r -> r.getAs("reporter") + " " + r.getAs("product")).containsExactlyInAnyOrder("DE 854231", "FR 8542");
    }

    // ---- (b) generated ------------------------------------------------------------------------------------------

    @Test
    void generated_csv_sameAsSingleMachine_andWrittenAsTheCommandWritesIt() throws IOException {
        List<Anomaly> expected = singleMachine(generated, HUBS);
        assertThat(count(expected, Metric.DID_GROWTH)).as("did_growth rows in the generated data").isGreaterThan(50);
        assertThat(count(expected, Metric.MIRROR_GAP)).as("mirror_gap rows in the generated data").isGreaterThan(50);

        Dataset<Row> anomalies = new AnomaliesJob(HUBS, SINCE).compute(AnomaliesJob.readFlows(spark, strings(generated)), AnomaliesJob.METRICS)
                .localCheckpoint();
        assertSame(anomalies.collectAsList(), expected);

        Path out = dir.resolve("anomalies.csv");
        AnomaliesJob.writeCsv(anomalies, out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(expected.size() + 1);
        assertThat(lines.get(0)).isEqualTo("rank,metric,reporter,partner,hs6,controlled,value,baseline,post,detail");
        for (int i : new int[] {0, expected.size() - 1}) {
            Anomaly e = expected.get(i);
            assertThat(lines.get(i + 1)).startsWith(String.join(",", String.valueOf(e.rank()), e.metric().csvName(), e.reporter(), e.partner(),
                    e.hs6(), e.controlled(), AnomaliesJob.num(e.value()), AnomaliesJob.num(e.baseline()), AnomaliesJob.num(e.post())));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no part files or .crc left").containsExactly("anomalies.csv");
        }
    }

    @Test
    void generated_parquetAndCsv_sameAsSingleMachine() throws IOException {
        Path parquet = dir.resolve("a.parquet");
        spark.read().option("header", "true").csv(generated.get(0).toString()).write().parquet(parquet.toString());

        assertSame(onSpark(List.of(parquet.toString(), generated.get(1).toString()), HUBS), singleMachine(generated, HUBS));
    }

    @Test
    void generated_filesInOtherOrder_otherFileWins_stillSameAsSingleMachine() throws IOException {
        List<Path> reversed = List.of(generated.get(1), generated.get(0));
        assertSame(onSpark(strings(reversed), Set.of("KZ", "GB")), singleMachine(reversed, Set.of("KZ", "GB")));
    }

    // ---- bad input ----------------------------------------------------------------------------------------------

    @Test
    void badValue_failsNamingFileAndField() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"), ComtradeFixtures.API_HEADER + "M,2022-01-01,DEU,X,KAZ,854231,12x4,,0\n");
        assertThatThrownBy(() -> AnomaliesJob.readFlows(spark, List.of(f.toString()))).isInstanceOf(TradeFormatException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("field primaryValue").hasMessageContaining("'12x4'");
    }

    @Test
    void badPeriodInLegacyTable_failsNamingFileAndField() throws IOException {
        Path f = Files.writeString(dir.resolve("legacy.csv"), ComtradeFixtures.LEGACY_HEADER + "2022-13,X,Germany,KAZ,854231,100,NA,0\n");
        assertThatThrownBy(() -> AnomaliesJob.readFlows(spark, List.of(f.toString()))).isInstanceOf(TradeFormatException.class)
                .hasMessageContaining("legacy.csv").hasMessageContaining("field period");
    }

    @Test
    void notComtrade_failsNamingFile() throws IOException {
        Path f = Files.writeString(dir.resolve("eurostat.csv"), "reporter_iso2,partner_iso2,product_code,flow,period,value_eur\nDE,KZ,854231,EXPORT,2022-01,5\n");
        assertThatThrownBy(() -> AnomaliesJob.readFlows(spark, List.of(f.toString()))).isInstanceOf(TradeFormatException.class)
                .hasMessageContaining("eurostat.csv line 1: not a UN Comtrade table");
    }

    // ---- (c) the real extracts ----------------------------------------------------------------------------------

    @Test
    void sharedComtradeExtracts_sameAsSingleMachine() throws IOException {
        // ../shared/data/trade/flows beside the checkout; skipped with a message when absent
        Path flows = SharedData.require("trade/flows");
        List<Path> files;
        try (Stream<Path> s = Files.list(flows)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("comtrade_") && p.toString().endsWith(".csv"))
                    .sorted(Comparator.comparing(Path::toString)).toList());
        }
        Assumptions.assumeTrue(!files.isEmpty(), "skipped: no comtrade_*.csv in " + flows);
        Set<String> hubs = AnomaliesJob.defaults().hubs();
        List<Anomaly> expected = singleMachine(files, hubs);
        assertThat(expected).as("anomalies in the real extracts").isNotEmpty();

        assertSame(onSpark(strings(files), hubs), expected);
    }
}
