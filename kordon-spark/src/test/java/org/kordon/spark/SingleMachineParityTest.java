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
import org.kordon.cli.KordonCli;

/**
 * {@code kordon spark} keeps the input rules of the single-machine commands (issue 17): each case runs the
 * {@code kordon} command (kordon-cli, the reference) and the Spark job in local[2] on the same files and compares
 * what they write, their exit codes and what they say.
 */
class SingleMachineParityTest {
    /** Subjects with malformed fields: bad birth dates, schemas and countries, an unpadded date, a name with no letter. */
    static final Path MALFORMED_QUERIES = Path.of("src", "test", "resources", "parity", "queries.csv");

    @TempDir Path dir;

    private record Run(int code, String err) {
    }

    /** {@code kordon spark args...}, with what the driver and the local executors print on stderr. */
    private static Run spark(String... args) {
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

    /** The lines of a kordon spark screen results.csv without the last column (list_version, which kordon screen has not). */
    private static List<String> withoutListVersion(Path results) throws Exception {
        return Files.readAllLines(results).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    // ---- screen

    @Test
    void screen_malformedFields_sameResultRowsAndCountsAsKordonScreen() throws Exception {
        Path single = dir.resolve("single.csv");
        Path onSpark = dir.resolve("spark.csv");
        KordonCli.Run ref = KordonCli.run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", MALFORMED_QUERIES.toString(),
                "--output", single.toString());
        Run run = spark("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", MALFORMED_QUERIES.toString(),
                "--output", onSpark.toString(), "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
        List<String> expected = Files.readAllLines(single);
        assertThat(expected).as("subjects screened on their valid fields, with what was ignored")
                .anySatisfy(l -> assertThat(l).startsWith("p1,1,ofac-sdn:35096,").contains("ignored birth_date '1948-13-16' (month 13)\","))
                .anySatisfy(l -> assertThat(l).startsWith("p3,1,ofac-sdn:35096,").contains("birth date 1952-10-07 matches"))
                .noneSatisfy(l -> assertThat(l).startsWith("p6,"));
        assertThat(withoutListVersion(onSpark)).containsExactlyElementsOf(expected);
        assertThat(ref.err()).contains("kordon: screened 9 (6 with fields ignored), matched 8, rejected 1 row(s)");
        assertThat(run.err()).contains("kordon spark: screened 9 (6 with fields ignored), rejected 1 row(s)")
                .contains("kordon spark: warning: query p1 (row 1): ignored birth_date '1948-13-16' (month 13); screened on the other fields")
                .contains("kordon spark: query p6 (row 6): field name: '---' has no letter or digit to screen; row skipped");
    }

    @Test
    void screen_emptyId_resultsCarryTheRowNumber_asKordonScreenCarriesTheLine() throws Exception {
        Path queries = Files.writeString(dir.resolve("queries.csv"), """
                id,name,schema,birth_date,country
                q1,Nobody Inparticular,,,
                ,Vladimir Putin,Person,1952-10-07,ru
                """);
        Path single = dir.resolve("single.csv");
        Path onSpark = dir.resolve("spark.csv");
        KordonCli.Run ref = KordonCli.run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(),
                "--output", single.toString(), "--top", "1");
        Run run = spark("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(), "--output", onSpark.toString(),
                "--top", "1", "--master", "local[2]");

        assertThat(run.code()).as(run.err()).isZero();
        // kordon screen names the line (3), Spark the row (2): its CSV reader does not know lines; the match is the same
        assertThat(withoutListVersion(onSpark)).containsExactlyElementsOf(Files.readAllLines(single).stream()
                .map(l -> l.replace("line:3,", "row:2,")).toList());
        assertThat(Files.readAllLines(onSpark)).hasSize(2).last().asString().startsWith("row:2,1,ofac-sdn:35096,");
        assertThat(run.err()).contains("kordon spark: warning: row 2: field id is empty; its results have query_id 'row:2'");
        assertThat(ref.err()).contains("line 3: field id is empty; its results have query_id 'line:3'");
    }

    @Test
    void screen_columnNotRead_namedOnce_asKordonScreenNamesIt() throws Exception {
        Path queries = Files.writeString(dir.resolve("queries.csv"), "id,name,birthdate\nq1,Vladimir Putin,1952-10-07\n");
        Run run = spark("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(),
                "--output", dir.resolve("out.csv").toString(), "--master", "local[2]");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("kordon spark: warning: queries.csv line 1: column 'birthdate' is not read "
                + "(read: id, name, schema, birth_date, country, identifier)");
    }

    @Test
    void screen_shortRowShiftedRowTrailingCommas_asKordonScreen() throws Exception {
        Path queries = Files.writeString(dir.resolve("queries.csv"), """
                id,name,schema,birth_date,country,identifier
                q1,Vladimir Putin
                q2,Putin, Vladimir,Person,1952,ru,P123
                q3,Sberbank of Russia,,,,,
                """);
        Path single = dir.resolve("single.csv");
        Path onSpark = dir.resolve("spark.csv");
        KordonCli.Run ref = KordonCli.run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(),
                "--output", single.toString());
        Run run = spark("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(), "--output", onSpark.toString(),
                "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(single)).anySatisfy(l -> assertThat(l).startsWith("q1,1,"))
                .anySatisfy(l -> assertThat(l).startsWith("q3,1,")).noneSatisfy(l -> assertThat(l).startsWith("q2,"));
        assertThat(withoutListVersion(onSpark)).containsExactlyElementsOf(Files.readAllLines(single));
        assertThat(ref.err()).contains("line 3: has 7 fields but the header has 6 (a value holding a comma must be quoted); row skipped");
        assertThat(run.err()).contains("kordon spark: query q2 (row 2): has 7 fields but the header has 6 (a value holding a comma "
                + "must be quoted); row skipped").contains("screened 2 (0 with fields ignored), rejected 1 row(s)");
    }

    @Test
    void screen_quoteNeverClosed_exit3NamingTheFile_earlierResultsUntouched_asKordonScreen() throws Exception {
        Path queries = Files.writeString(dir.resolve("queries.csv"), """
                id,name,schema,birth_date,country,identifier
                q1,Sberbank of Russia,,,,
                q2,"Vladimir Putin,Person,,,
                q3,Arkady Rotenberg,,,,
                """);
        Path single = Files.writeString(dir.resolve("single.csv"), "earlier results\n");
        Path onSpark = Files.writeString(dir.resolve("spark.csv"), "earlier results\n");
        KordonCli.Run ref = KordonCli.run("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(),
                "--output", single.toString());
        Run run = spark("screen", "--list", ScreenJobTest.SAMPLE.toString(), "--input", queries.toString(), "--output", onSpark.toString(),
                "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isEqualTo(3);
        assertThat(run.code()).as(run.err()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(run.err()).contains("kordon spark: queries.csv: the record starting 'q2,\"Vladimir Putin,Person,,,")
                .contains("has a quoted field that is never closed; the records after it cannot be told apart");
        assertThat(Files.readString(single)).isEqualTo("earlier results\n");
        assertThat(Files.readString(onSpark)).isEqualTo("earlier results\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("queries.csv", "single.csv", "spark.csv");
        }
    }

    // ---- ownership

    private Path[] stakes(String rows, String listed) throws Exception {
        return stakes(rows, "entity_id", listed);
    }

    private Path[] stakes(String rows, String listedHeader, String listed) throws Exception {
        Path s = Files.writeString(dir.resolve("stakes.csv"), "owner_id,owned_id,share_min,share_max,type,start,end\n" + rows);
        Path l = Files.writeString(dir.resolve("listed.csv"), listedHeader + "\n" + listed);
        return new Path[] {s, l};
    }

    @Test
    void ownership_sameStakeTwice_countedOnceWithAWarning_sameResultAsKordonOwnership() throws Exception {
        // X holds A through one stake of 30% given twice (not 60%: A is not blocked), and B through two stakes of
        // 30% that differ in their start (summed: B is blocked)
        Path[] in = stakes("""
                X,A,30,30,shareholding,,
                X,A,30,30,shareholding,,
                X,B,30,30,shareholding,2020-01-01,
                X,B,30,30,shareholding,2021-01-01,
                """, "X\n");
        Path single = dir.resolve("single.csv");
        Path onSpark = dir.resolve("spark.csv");
        KordonCli.Run ref = KordonCli.run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "all",
                "--as-of", "2026-01-01", "--output", single.toString());
        Run run = spark("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "all",
                "--as-of", "2026-01-01", "--output", onSpark.toString(), "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(single)).anySatisfy(l -> assertThat(l).startsWith("A,ofac,clear,30,30"))
                .anySatisfy(l -> assertThat(l).startsWith("B,ofac,blocked,60,60,"));
        assertThat(Files.readAllLines(onSpark)).containsExactlyElementsOf(Files.readAllLines(single));
        assertThat(ref.err()).contains("kordon: warning: stakes.csv line 3: the same stake as line 2 (same owner, owned, share, type and "
                + "dates); counted once");
        assertThat(run.err()).contains("kordon spark: warning: stakes.csv row 'X' -> 'A': the same stake given 2 times (same owner, owned, "
                + "share, type and dates); counted once").doesNotContain("'X' -> 'B': the same stake")
                .contains("3 entities, 3 stakes, 1 listed in the graph");
    }

    @Test
    void ownership_minimumSharesOver100_exit3NamingEveryRow_asKordonOwnership_nothingWritten() throws Exception {
        // A: 60 + 30 + 20 = 110% (the duplicate of Y's row is counted once); C's ended stake is not active
        Path[] in = stakes("""
                X,A,60,60,shareholding,,
                Y,A,30,30,shareholding,,
                Y,A,30,30,shareholding,,
                Z,A,20,40,shareholding,,
                X,C,90,90,shareholding,,
                Y,C,90,90,shareholding,2020-01-01,2021-01-01
                """, "X\n");
        Path single = dir.resolve("single.csv");
        Path onSpark = dir.resolve("spark.csv");
        KordonCli.Run ref = KordonCli.run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--as-of", "2026-01-01", "--output", single.toString());
        Run run = spark("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--as-of", "2026-01-01", "--output", onSpark.toString(), "--master", "local[2]");

        String problem = "field share_min: the minimum shareholding stakes in 'A' active on 2026-01-01 add up to 110%, more than 100%";
        assertThat(ref.code()).isEqualTo(3);
        assertThat(run.code()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(ref.err()).contains("stakes.csv lines 2, 3, 5: " + problem).contains("1 bad row(s) in stakes.csv; nothing written");
        assertThat(run.err()).contains("kordon spark: stakes.csv rows 'X' -> 'A', 'Y' -> 'A', 'Z' -> 'A': " + problem)
                .contains("kordon spark: 1 bad row(s) in stakes.csv; nothing written").doesNotContain("'C'");
        assertThat(single).doesNotExist();
        assertThat(onSpark).doesNotExist();
    }

    @Test
    void ownership_emptyListedId_exit3_asKordonOwnership() throws Exception {
        Path[] in = stakes("X,A,60,60,shareholding,,\n", "entity_id,name", "X,Xavier\n,Someone\n");
        KordonCli.Run ref = KordonCli.run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--output", dir.resolve("single.csv").toString());
        Run run = spark("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--output", dir.resolve("spark.csv").toString(), "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isEqualTo(3);
        assertThat(run.code()).as(run.err()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(run.err()).contains("listed.csv: field entity_id is empty in 1 row(s); nothing written "
                + "(a listed id left out would change the answers)");
        assertThat(dir.resolve("spark.csv")).doesNotExist();
    }

    @Test
    void ownership_shiftedStakeRow_exit3_asKordonOwnership() throws Exception {
        Path[] in = stakes("X,A,60,60,shareholding,,\nY,A,10,10,shareholding,2020-01-01,,extra\n", "X\n");
        KordonCli.Run ref = KordonCli.run("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--output", dir.resolve("single.csv").toString());
        Run run = spark("ownership", "--stakes", in[0].toString(), "--listed", in[1].toString(), "--regime", "ofac",
                "--output", dir.resolve("spark.csv").toString(), "--master", "local[2]");

        assertThat(ref.code()).as(ref.err()).isEqualTo(3);
        assertThat(run.code()).as(run.err()).isEqualTo(KordonSpark.BAD_INPUT);
        assertThat(run.err()).contains("kordon spark: stakes.csv: a record does not fit the header")
                .contains("'Y,A,10,10,shareholding,2020-01-01,,extra'; nothing written");
        assertThat(dir.resolve("spark.csv")).doesNotExist();
    }

    // ---- anomalies

    @Test
    void anomalies_implausibleFigure_exit3NamingTheField_asKordonTrade() throws Exception {
        for (String figure : List.of("1e308", "1.5e15", "Infinity")) {
            Path flows = Files.writeString(dir.resolve("flows.csv"), ComtradeFixtures.HAND.replace("60000,30,0", figure + ",30,0"));
            KordonCli.Run ref = KordonCli.run("trade", "anomalies", "--flows", flows.toString(), "--hubs", "KZ",
                    "--output", dir.resolve("single.csv").toString());
            Run run = spark("anomalies", "--flows", flows.toString(), "--hubs", "KZ", "--output", dir.resolve("spark.csv").toString(),
                    "--master", "local[2]");

            String problem = "field primaryValue: '" + figure + "' is not a plausible figure (a number from 0 to 1e+15)";
            assertThat(ref.code()).as(figure).isEqualTo(3);
            assertThat(ref.err()).contains("flows.csv line 4: " + problem);
            assertThat(run.code()).as(run.err()).isEqualTo(KordonSpark.BAD_INPUT);
            assertThat(run.err()).startsWith("kordon spark: ").contains("flows.csv: " + problem);
            assertThat(dir.resolve("spark.csv")).doesNotExist();
        }
    }

    @Test
    void anomalies_largestPlausibleFigure_accepted_asKordonTrade() throws Exception {
        Path flows = Files.writeString(dir.resolve("flows.csv"), ComtradeFixtures.HAND.replace("M,2022-01-01,DEU,X,USA,TOTAL,230000",
                "M,2022-01-01,DEU,X,USA,TOTAL,1e15"));
        KordonCli.Run ref = KordonCli.run("trade", "anomalies", "--flows", flows.toString(), "--hubs", "KZ",
                "--output", dir.resolve("single.csv").toString());
        Run run = spark("anomalies", "--flows", flows.toString(), "--hubs", "KZ", "--output", dir.resolve("spark.csv").toString(),
                "--master", "local[2]");
        assertThat(ref.code()).as(ref.err()).isZero();
        assertThat(run.code()).as(run.err()).isZero();
    }
}
