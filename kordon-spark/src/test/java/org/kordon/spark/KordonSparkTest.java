package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.input.InputFormatException;

/** The {@code kordon spark} command line: exit codes and one-line errors; one end-to-end run in local[2]. */
class KordonSparkTest {
    @TempDir Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = KordonSpark.run(args);
            return new Run(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void malformedInput_formatErrorWrappedBySpark_isFoundWithItsFileLineAndField() {
        Throwable wrapped = new RuntimeException("Job aborted due to stage failure",
                new IllegalStateException("task 0 failed", new InputFormatException("flows.csv", 12, "netWgt", "not a number: 'x'")));

        assertThat(KordonSpark.malformedInput(wrapped)).isEqualTo("flows.csv line 12, field netWgt: not a number: 'x'");
    }

    @Test
    void malformedInput_inputFault_isOfTheFamilyAndNamesTheFile() {
        InputFault fault = new InputFault("queries.csv", "the record starting '1,\"Putin' has a quoted field that is never closed");

        assertThat(fault).isInstanceOf(InputFormatException.class);
        assertThat(fault.file()).isEqualTo("queries.csv");
        assertThat(KordonSpark.malformedInput(new RuntimeException(fault)))
                .isEqualTo("queries.csv: the record starting '1,\"Putin' has a quoted field that is never closed");
    }

    @Test
    void malformedInput_otherFailure_isNone() {
        assertThat(KordonSpark.malformedInput(new RuntimeException("disk full", new java.io.IOException("No space left")))).isNull();
    }

    @Test
    void screen_missingInput_exit4NamingFile() {
        Run r = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", dir.resolve("nope.csv").toString(),
                "--output", dir.resolve("out.csv").toString(), "--master", "local[2]");
        assertThat(r.code()).isEqualTo(KordonSpark.IO_ERROR);
        assertThat(r.err()).contains("kordon spark: cannot read ").contains("nope.csv: no such file");
    }

    @Test
    void screen_thresholdOutOfRange_exit2() throws Exception {
        Path in = Files.writeString(dir.resolve("q.csv"), "id,name\n1,Putin\n");
        Run r = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", in.toString(),
                "--output", dir.resolve("out.csv").toString(), "--threshold", "1.5");
        assertThat(r.code()).isEqualTo(KordonSpark.USAGE);
        assertThat(r.err()).contains("--threshold must be between 0 and 1, got 1.5");
    }

    @Test
    void screen_noOutputOption_usageError() {
        Run r = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", "q.csv");
        assertThat(r.code()).isEqualTo(KordonSpark.USAGE);
        assertThat(r.err()).contains("--output");
    }

    @Test
    void screen_localTwoCores_writesResultsCsvWithListVersion() throws Exception {
        Path in = Files.writeString(dir.resolve("queries.csv"), "id,name,schema,birth_date,country\n1,Vladimir Putin,Person,1952,ru\n2,Nobody Inparticular,,,\n");
        Path out = dir.resolve("results.csv");
        Run r = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", in.toString(), "--output", out.toString(),
                "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isEqualTo(KordonSpark.OK);
        assertThat(r.err()).contains("kordon spark: screened 2 (0 with fields ignored), rejected 0 row(s)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ScreenJob.RESULT_HEADER));
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("1,"));
        assertThat(lines.get(1)).startsWith("1,1,");
    }

    private Path[] stakes(String rows) throws Exception {
        Path stakes = Files.writeString(dir.resolve("stakes.csv"), "owner_id,owned_id,share_min,share_max,type,start,end\n" + rows);
        Path listed = Files.writeString(dir.resolve("listed.csv"), "entity_id\nX3\n");
        return new Path[] {stakes, listed};
    }

    @Test
    void ownership_localTwoCores_writesTheResultCsvOfKordonOwnership() throws Exception {
        Path[] in = stakes("X3,A3,50,50,shareholding,,\nX3,B3,10,10,shareholding,,\nA3,B3,40,40,shareholding,,\n");
        Path out = dir.resolve("result.csv");
        Run r = run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac", "--as-of", "2026-11-24",
                "--output", out.toString(), "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isEqualTo(KordonSpark.OK);
        assertThat(r.err()).contains("kordon spark: ofac, round 1:").contains("3 entities, 3 stakes, 1 listed in the graph; ofac as of 2026-11-24");
        assertThat(Files.readAllLines(out)).containsExactly("entity_id,regime,status,share_min,share_max,evidence,link",
                "A3,ofac,blocked,50,50,X3 -50%-> A3,",
                "B3,ofac,blocked,50,50,X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3,");
    }

    @Test
    void ownership_badRow_exit3NamingFileIdsAndField_nothingWritten() throws Exception {
        Path[] in = stakes("X3,A3,50,50,shareholding,,\nX3,B3,ten,,shareholding,,\n");
        Path out = dir.resolve("result.csv");
        Run r = run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "eu", "--output", out.toString(),
                "--master", "local[2]");
        assertThat(r.code()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(r.err()).contains("stakes.csv row 'X3' -> 'B3': field share_min: not a number: 'ten'");
        assertThat(out).doesNotExist();
    }

    @Test
    void ownership_regimeBoOrUnknown_exit2() throws Exception {
        Path[] in = stakes("X3,A3,50,50,shareholding,,\n");
        for (String regime : new String[] {"bo", "xx"}) {
            Run r = run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", regime, "--output",
                    dir.resolve("r.csv").toString());
            assertThat(r.code()).isEqualTo(KordonSpark.USAGE);
            assertThat(r.err()).contains(regime.equals("bo") ? "has no Spark job; use kordon ownership" : "--regime must be ofac, eu, uk or all");
        }
    }

    @Test
    void screen_parquetInByNameAndParquetOut_sameRowsAsCsvInAndOut() throws Exception {
        Path csv = Files.writeString(dir.resolve("queries.csv"),
                "id,name,schema,birth_date,country\n1,Vladimir Putin,Person,1952-10-07,ru\n2,Sberbank,,,\n3,Nobody Inparticular,,,\n");
        Path parquet = dir.resolve("queries.parquet");
        try (SparkSession spark = KordonSpark.session("local[1]")) {
            spark.sql("SELECT * FROM VALUES ('1', 'Vladimir Putin', 'Person', DATE '1952-10-07', 'ru'), ('2', 'Sberbank', NULL, NULL, NULL),"
                            + " ('3', 'Nobody Inparticular', NULL, NULL, NULL) AS t(id, name, schema, birth_date, country)")
                    .coalesce(1).write().parquet(parquet.toString());
        }
        Path outCsv = dir.resolve("results.csv");
        Path outParquet = dir.resolve("results.parquet");
        Run a = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", csv.toString(), "--output", outCsv.toString(),
                "--master", "local[2]");
        Run b = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", parquet.toString(), "--output",
                outParquet.toString(), "--master", "local[2]");
        assertThat(a.code()).as(a.err()).isEqualTo(KordonSpark.OK);
        assertThat(b.code()).as(b.err()).isEqualTo(KordonSpark.OK);
        assertThat(b.err()).contains("kordon spark: screened 3 (0 with fields ignored), rejected 0 row(s)");
        List<String> fromCsv = Files.readAllLines(outCsv);
        try (SparkSession spark = KordonSpark.session("local[1]")) {
            List<String> fromParquet = spark.read().parquet(outParquet.toString()).collectAsList().stream().map(ScreenJob::csvLine)
                    .toList();
            assertThat(fromParquet).as("results.parquet in query order").isNotEmpty()
                    .containsExactlyElementsOf(fromCsv.subList(1, fromCsv.size()));
        }
    }

    @Test
    void ownership_missingStakes_exit4() {
        Run r = run("ownership", "--stakes", dir.resolve("none.csv").toString(), "--listed", dir.resolve("l.csv").toString(), "--regime", "uk",
                "--output", dir.resolve("r.csv").toString());
        assertThat(r.code()).isEqualTo(KordonSpark.IO_ERROR);
        assertThat(r.err()).contains("cannot read ").contains("none.csv: no such file");
    }

    @Test
    void screen_folderWithoutParquetFiles_usageErrorAskingForFormat() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("part-0.csv"), "id,name\n1,Putin\n");
        Run r = run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", folder.toString(),
                "--output", dir.resolve("out.csv").toString());
        assertThat(r.code()).isEqualTo(KordonSpark.USAGE);
        assertThat(r.err()).contains("is a folder without .parquet files; give --input-format csv|parquet");
    }

    @Test
    void inputFormat_fromNameOrFolderContents() throws Exception {
        Path parts = Files.createDirectories(dir.resolve("subjects"));
        Files.createFile(parts.resolve("part-00000-abc.snappy.parquet"));
        assertThat(KordonSpark.Format.ofInput("hdfs://nn/queries.parquet")).isEqualTo(KordonSpark.Format.PARQUET);
        assertThat(KordonSpark.Format.ofInput(parts.toString())).isEqualTo(KordonSpark.Format.PARQUET);
        assertThat(KordonSpark.Format.ofInput("queries.csv")).isEqualTo(KordonSpark.Format.CSV);
        assertThat(KordonSpark.Format.ofOutput("out/Results.PARQUET/")).isEqualTo(KordonSpark.Format.PARQUET);
        assertThat(KordonSpark.Format.ofOutput("results.csv")).isEqualTo(KordonSpark.Format.CSV);
    }

    // ---- anomalies ----

    @Test
    void anomalies_missingFlows_exit4NamingFile() {
        Run r = run("anomalies", "--flows", dir.resolve("nope.csv").toString(), "--output", dir.resolve("out.csv").toString());
        assertThat(r.code()).isEqualTo(KordonSpark.IO_ERROR);
        assertThat(r.err()).contains("kordon spark: cannot read ").contains("nope.csv: no such file");
    }

    @Test
    void anomalies_unknownMetricOrBadSince_exit2() throws Exception {
        Path in = Files.writeString(dir.resolve("flows.csv"), ComtradeFixtures.HAND);
        Run metric = run("anomalies", "--flows", in.toString(), "--output", dir.resolve("out.csv").toString(), "--metric", "unit_value_jump");
        assertThat(metric.code()).isEqualTo(KordonSpark.USAGE);
        assertThat(metric.err()).contains("--metric: 'unit_value_jump' is not did_growth, mirror_gap or all");
        Run since = run("anomalies", "--flows", in.toString(), "--output", dir.resolve("out.csv").toString(), "--since", "2022-13");
        assertThat(since.code()).isEqualTo(KordonSpark.USAGE);
        assertThat(since.err()).contains("--since: period '2022-13'");
    }

    @Test
    void anomalies_malformedValue_exit3NamingFileAndField_nothingWritten() throws Exception {
        Path in = Files.writeString(dir.resolve("flows.csv"), ComtradeFixtures.HAND.replace("60000,30,0", "60OOO,30,0"));
        Path out = dir.resolve("anomalies.csv");
        Run r = run("anomalies", "--flows", in.toString(), "--output", out.toString(), "--hubs", "KZ", "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(r.err()).contains("kordon spark: ").contains("flows.csv: field primaryValue: not a number: '60OOO'");
        assertThat(out).doesNotExist();
    }
}
