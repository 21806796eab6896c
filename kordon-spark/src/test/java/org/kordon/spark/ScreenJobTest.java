package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.eval.EvalCase;
import org.kordon.eval.EvalSets;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.resolution.ResolvedMatch;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.testkit.SharedData;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screeners;
import org.kordon.model.ListSnapshot;

/** The Spark screen job against the single-machine (resolved) screener on the bundled sample lists, in local[2]. */
class ScreenJobTest {
    /** The sample lists bundled in the CLI jar (OFAC CSV, UN XML, EU CSV). */
    static final Path SAMPLE = Path.of("..", "kordon-cli", "src", "main", "resources", "sample");

    static SparkSession spark;
    static ScreenJob job;
    static ResolvedScreener local;
    static ListSnapshot snapshot;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = KordonSpark.session("local[2]");
        job = ScreenJob.prepare(spark, List.of(SAMPLE));
        snapshot = ListLoader.load(List.of(SAMPLE), LoadOptions.defaults()).snapshot();
        local = ScreenerHolder.build(snapshot);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Writes id,name,schema rows (schema may be null) and returns the file. */
    private Path queries(List<String[]> rows) throws IOException {
        Path f = dir.resolve("queries.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord("id", "name", "schema", "birth_date", "country");
            for (String[] r : rows) {
                p.printRecord((Object[]) r);
            }
        }
        return f;
    }

    private static List<String[]> evalRows(List<EvalCase> cases) {
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (EvalCase c : cases) {
            rows.add(new String[] {"q" + (i++), c.query(), c.schema() == null ? "" : c.schema().ftmName(), "", ""});
        }
        return rows;
    }

    /** The matches the single-machine screener gives, in the Spark result's row shape (minus the list version). */
    private static List<Object[]> expected(List<String[]> rows) {
        return expected(rows, local);
    }

    private static List<Object[]> expected(List<String[]> rows, ResolvedScreener screener) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Query q;
            try {
                q = QueryRows.read(new GenericRowWithSchema(rows.get(i), SCHEMA), i + 1).query();
            } catch (IllegalArgumentException e) {
                continue;
            }
            int rank = 1;
            for (ResolvedMatch r : screener.screen(q, Screeners.DEFAULT_THRESHOLD, 5)) {
                Match m = r.match();
                out.add(new Object[] {q.id(), rank++, m.entity().id(), m.score(), m.matchedName()});
            }
        }
        return out;
    }

    static final StructType SCHEMA = new StructType()
            .add("id", "string").add("name", "string").add("schema", "string").add("birth_date", "string").add("country", "string");

    private static void assertSame(List<Row> actual, List<Object[]> expected) {
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Row a = actual.get(i);
            Object[] e = expected.get(i);
            assertThat(a.getString(0)).as("query id, row %d", i).isEqualTo(e[0]);
            assertThat(a.getInt(1)).as("rank, row %d", i).isEqualTo(e[1]);
            assertThat(a.getString(2)).as("entity id, row %d", i).isEqualTo(e[2]);
            assertThat(a.getDouble(3)).as("score, row %d", i).isCloseTo((Double) e[3], within(1e-9));
            assertThat(a.getString(4)).as("matched name, row %d", i).isEqualTo(e[4]);
        }
    }

    @Test
    void handwrittenEvalSet_sparkGivesSingleMachineIdsRanksScores() throws IOException {
        List<String[]> rows = evalRows(EvalSets.handwritten());
        Path in = queries(rows);
        List<Row> actual = job.screen(ScreenJob.readQueries(spark, in.toString()), Screeners.DEFAULT_THRESHOLD, 5).collectAsList();
        List<Object[]> expected = expected(rows);
        assertThat(expected).as("the eval set finds matches on the sample").isNotEmpty();
        assertSame(actual, expected);
        assertThat(actual).allSatisfy(r -> assertThat(r.getString(8)).isEqualTo(job.listVersion()));
    }

    @Test
    void executorWithoutScreener_rebuildsDriversResolutionFromBroadcastLinks_neverResolves_sameResults() throws IOException {
        List<String[]> rows = evalRows(EvalSets.handwritten());
        rows.addAll(evalRows(EvalSets.perturbed(snapshot, 100, 5)));
        Path in = queries(rows);
        ScreenerHolder.clear(); // as a fresh executor JVM: the tasks must build the screener from the broadcasts
        int resolved = ScreenerHolder.RESOLVED.get();
        int rebuilt = ScreenerHolder.REBUILT.get();

        List<Row> actual = job.screen(ScreenJob.readQueries(spark, in.toString()), Screeners.DEFAULT_THRESHOLD, 5).collectAsList();

        assertThat(ScreenerHolder.RESOLVED.get()).as("resolutions on the executor").isEqualTo(resolved);
        assertThat(ScreenerHolder.REBUILT.get()).as("screeners built from the broadcast, one per executor JVM").isEqualTo(rebuilt + 1);
        ResolvedScreener executor = ScreenerHolder.held(job.listVersion()).orElseThrow();
        assertThat(executor).isNotSameAs(local);
        assertThat(local.resolution().followed()).as("the sample lists link listings").isNotEmpty();
        assertThat(executor.resolution()).isEqualTo(local.resolution());
        List<Object[]> expected = expected(rows);
        assertSame(actual, expected);
        List<String> sameAs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                Query q = QueryRows.read(new GenericRowWithSchema(rows.get(i), SCHEMA), i + 1).query();
                local.screen(q, Screeners.DEFAULT_THRESHOLD, 5).forEach(r -> sameAs.add(String.join(";", r.sameAs())));
            } catch (IllegalArgumentException e) {
                // skipped by the job too
            }
        }
        assertThat(actual.stream().map(r -> r.getString(7)).toList()).isEqualTo(sameAs);
        assertThat(sameAs).as("some result has listings of other lists").anyMatch(s -> !s.isEmpty());
    }

    @Test
    void perturbedSampleNames_sparkGivesSingleMachineIdsRanksScores() throws IOException {
        List<String[]> rows = evalRows(EvalSets.perturbed(snapshot, 300, 11));
        Path in = queries(rows);
        List<Row> actual = job.screen(ScreenJob.readQueries(spark, in.toString()), Screeners.DEFAULT_THRESHOLD, 5).collectAsList();
        assertSame(actual, expected(rows));
    }

    @Test
    void sharedLists_heldOutAliasesAndHandwritten_sparkGivesSingleMachineIdsRanksScores() throws IOException {
        Path lists = SharedData.require("lists");
        ListSnapshot real = ListLoader.load(List.of(lists), LoadOptions.defaults()).snapshot();
        EvalSets.HeldOut held = EvalSets.heldOutAliases(real, 200, 7);
        List<String[]> rows = evalRows(held.cases());
        rows.addAll(evalRows(EvalSets.handwritten()));
        // the held-out aliases serve as queries against the whole lists: kordon eval removes them from the snapshot
        // first, but the Spark job reads list files, so both sides here screen the same, whole lists
        ResolvedScreener realLocal = ScreenerHolder.build(real);
        ScreenJob realJob = ScreenJob.prepare(spark, List.of(lists));
        List<Row> actual = realJob.screen(ScreenJob.readQueries(spark, queries(rows).toString()), Screeners.DEFAULT_THRESHOLD, 5)
                .collectAsList();
        assertSame(actual, expected(rows, realLocal));
    }

    @Test
    void writeCsv_oneFileInKordonScreenFormat_inQueryOrder() throws IOException {
        List<String[]> rows = evalRows(EvalSets.handwritten());
        Path in = queries(rows);
        Path out = dir.resolve("results.csv");
        ScreenJob.writeCsv(job.screen(ScreenJob.readQueries(spark, in.toString()), Screeners.DEFAULT_THRESHOLD, 5), out.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entity_id,score,matched_name,schema,explanation,same_as,list_version");
        List<Object[]> expected = expected(rows);
        assertThat(lines).hasSize(expected.size() + 1);
        Object[] first = expected.get(0);
        assertThat(lines.get(1)).startsWith(first[0] + ",1," + first[2] + "," + String.format(java.util.Locale.ROOT, "%.4f", (Double) first[3]));
        assertThat(lines.get(1)).endsWith("," + job.listVersion());
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("part files removed").containsExactlyInAnyOrder("queries.csv", "results.csv");
        }
    }

    @Test
    void badBirthDate_screenedOnTheOtherFields_ignoredFieldInTheExplanation_emptyNameSkipped() throws IOException {
        List<String[]> rows = List.of(new String[] {"1", "Vladimir Putin", "Person", "1952", "ru"},
                new String[] {"2", "Vladimir Putin", "Person", "not-a-date", ""},
                new String[] {"3", "", "", "", ""});
        Path in = queries(rows);
        long screened = job.screenedCount();
        long ignored = job.withIgnoredCount();
        long rejected = job.rejectedCount();
        List<Row> actual = job.screen(ScreenJob.readQueries(spark, in.toString()), Screeners.DEFAULT_THRESHOLD, 5).collectAsList();
        assertThat(actual).extracting(r -> r.getString(0)).contains("1", "2").doesNotContain("3");
        assertThat(actual).filteredOn(r -> r.getString(0).equals("2")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString(6)).endsWith("; ignored birth_date 'not-a-date' (not YYYY, YYYY-MM or YYYY-MM-DD)"));
        assertThat(actual).filteredOn(r -> r.getString(0).equals("1")).allSatisfy(r -> assertThat(r.getString(6)).doesNotContain("ignored"));
        assertThat(job.screenedCount() - screened).isEqualTo(2);
        assertThat(job.withIgnoredCount() - ignored).isEqualTo(1);
        assertThat(job.rejectedCount() - rejected).isEqualTo(1);
    }

    @Test
    void nameNotUtf8_rowSkippedNotScreenedAsGarbage() throws IOException {
        Path f = dir.resolve("latin1.csv");
        byte[] head = "id,name\n1,Vladimir Putin\n2,Jos".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " Mar\u00eda\n".getBytes(StandardCharsets.ISO_8859_1); // a Latin-1 byte, not UTF-8
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(f, all);
        long before = job.rejectedCount();
        List<Row> actual = job.screen(ScreenJob.readQueries(spark, f.toString()), Screeners.DEFAULT_THRESHOLD, 5).collectAsList();
        assertThat(actual).extracting(r -> r.getString(0)).containsOnly("1");
        assertThat(job.rejectedCount() - before).isEqualTo(1);
    }

    @Test
    void headerWithoutName_failsNamingFileAndField() throws IOException {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "id,fullname\n1,Putin\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ScreenJob.readQueries(spark, f.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q.csv line 1: field name");
    }

    /** Rows of id, name, schema, birth_date (yyyy-MM-dd or empty), country: perturbed sample names, a few dated. */
    private static List<String[]> datedRows() {
        List<String[]> rows = evalRows(EvalSets.perturbed(snapshot, 300, 11));
        String[] dates = {"1952-10-07", "1970-01-01", ""};
        String[] countries = {"ru", "", "ir", ""};
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[3] = dates[i % dates.length];
            rows.get(i)[4] = countries[i % countries.length];
        }
        rows.add(new String[] {"putin", "Vladimir Putin", "Person", "1952-10-07", "ru"});
        return rows;
    }

    /** The same rows as a DataFrame with {@code birthDateType} (date or int year) and {@code idType} for those columns. */
    private static org.apache.spark.sql.Dataset<Row> frame(List<String[]> rows, DataType idType, DataType birthDateType) {
        StructType schema = new StructType().add("id", idType).add("name", "string").add("schema", "string")
                .add("birth_date", birthDateType).add("country", "string");
        List<Row> out = new ArrayList<>();
        for (String[] r : rows) {
            Object id = idType.equals(DataTypes.LongType) ? (Object) Long.parseLong(r[0]) : r[0];
            Object birth = r[3].isEmpty() ? null : birthDateType.equals(DataTypes.DateType) ? java.sql.Date.valueOf(r[3])
                    : birthDateType.equals(DataTypes.IntegerType) ? (Object) Integer.parseInt(r[3].substring(0, 4)) : r[3];
            out.add(RowFactory.create(id, r[1], r[2].isEmpty() ? null : r[2], birth, r[4].isEmpty() ? null : r[4]));
        }
        return spark.createDataFrame(out, schema);
    }

    private static List<String> csvLines(org.apache.spark.sql.Dataset<Row> results) {
        return results.collectAsList().stream().map(ScreenJob::csvLine).toList();
    }

    @Test
    void sameQueries_csvAndParquetWithDateBirthDate_identicalResults() throws IOException {
        List<String[]> rows = datedRows();
        Path parquet = dir.resolve("queries.parquet");
        frame(rows, DataTypes.StringType, DataTypes.DateType).write().parquet(parquet.toString());
        List<String> fromCsv = csvLines(job.screen(ScreenJob.readQueries(spark, queries(rows).toString()), Screeners.DEFAULT_THRESHOLD, 5));
        List<String> fromParquet = csvLines(job.screen(ScreenJob.readQueriesParquet(spark, parquet.toString()),
                Screeners.DEFAULT_THRESHOLD, 5));
        assertThat(fromCsv).as("the birth dates reach the screener").isNotEmpty()
                .anySatisfy(l -> assertThat(l).contains("birth 1952-10-07"));
        assertThat(fromParquet).containsExactlyElementsOf(fromCsv);
    }

    @Test
    void parquetWithIntegerIdAndYear_readAsTheirText() throws IOException {
        List<String[]> rows = List.of(new String[] {"7", "Vladimir Putin", "Person", "1952-10-07", "ru"},
                new String[] {"8", "Sberbank", "", "", ""});
        Path parquet = dir.resolve("ints.parquet");
        frame(rows, DataTypes.LongType, DataTypes.IntegerType).write().parquet(parquet.toString());
        List<String[]> asCsv = List.of(new String[] {"7", "Vladimir Putin", "Person", "1952", "ru"}, new String[] {"8", "Sberbank", "", "", ""});
        List<String> fromParquet = csvLines(job.screen(ScreenJob.readQueriesParquet(spark, parquet.toString()),
                Screeners.DEFAULT_THRESHOLD, 5));
        assertThat(fromParquet).isNotEmpty()
                .containsExactlyElementsOf(csvLines(job.screen(ScreenJob.readQueries(spark, queries(asCsv).toString()),
                        Screeners.DEFAULT_THRESHOLD, 5)));
    }

    @Test
    void parquetTimestampBirthDate_failsNamingFileColumnAndType() {
        Path parquet = dir.resolve("ts.parquet");
        spark.sql("SELECT 'q1' AS id, 'Vladimir Putin' AS name, TIMESTAMP '1952-10-07 00:00:00' AS birth_date")
                .write().parquet(parquet.toString());
        assertThatThrownBy(() -> ScreenJob.readQueriesParquet(spark, parquet.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ts.parquet: column birth_date has type timestamp; expected string");
    }

    @Test
    void parquetWithoutName_failsNamingFileAndField() {
        Path parquet = dir.resolve("noname.parquet");
        spark.sql("SELECT 'q1' AS id, 'Vladimir Putin' AS fullname").write().parquet(parquet.toString());
        assertThatThrownBy(() -> ScreenJob.readQueriesParquet(spark, parquet.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noname.parquet: field name is missing");
    }

    @Test
    void listVersion_sameFilesSameVersion() {
        assertThat(ListFiles.read(List.of(SAMPLE)).version()).isEqualTo(job.listVersion()).hasSize(16);
    }
}
