package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(r.err()).contains("kordon spark: screened 2, rejected 0 row(s)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ScreenJob.RESULT_HEADER));
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("1,"));
        assertThat(lines.get(1)).startsWith("1,1,");
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
        assertThat(r.err()).contains("kordon spark: ").contains("flows.csv: field primaryValue: not a non-negative number: '60OOO'");
        assertThat(out).doesNotExist();
    }
}
