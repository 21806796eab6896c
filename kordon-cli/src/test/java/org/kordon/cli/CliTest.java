package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kordon command as a user runs it: arguments in; stdout, stderr and exit code out. */
class CliTest {
    @TempDir static Path tmp;
    static Path sample;

    static KordonRun kordon(String... args) {
        return KordonRun.of(args);
    }

    @BeforeAll
    static void unpackSample() {
        sample = ListOptions.BundledSample.extract();
    }

    @Test
    void screen_singleName_printsRankedMatchWithExplanation() {
        KordonRun r = kordon("screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--birth-date", "1952");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ofac-sdn:35096").contains("PUTIN").contains("why:");
        assertThat(r.err()).contains("loaded");
    }

    @Test
    void screen_cyrillicName_findsLatinListing() {
        KordonRun r = kordon("screen", "--list", sample.toString(), "--name", "Путин Владимир Владимирович");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ofac-sdn:35096");
    }

    @Test
    void screen_unlistedName_saysNoMatch() {
        KordonRun r = kordon("screen", "--list", sample.toString(), "--name", "Angela Merkel");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("No match for \"Angela Merkel\"");
    }

    @Test
    void screen_batch_writesResults_ignoresBadFieldsAndSkipsNamelessRowsWithLineNumbers() throws Exception {
        Path in = tmp.resolve("queries.csv");
        Files.writeString(in, """
                id,name,schema,birth_date,country,identifier,extra
                q1,Vladimir Putin,Person,1952,ru,,ignored
                q2,Sberbank of Russia,Organization,,,,
                q3,Emma Daniels,,not-a-date,,,
                q4,,,,,,
                q5,Angela Merkel,Person,1954,de,,
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("results.csv");
        KordonRun r = kordon("screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(), "--top", "2");
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,entity_id,score,matched_name,schema,explanation,same_as");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q1,1,ofac-sdn:35096,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("q2,1,"));
        assertThat(lines.stream().filter(l -> l.startsWith("q1,"))).hasSizeLessThanOrEqualTo(2);
        assertThat(r.err()).contains("kordon: warning: queries.csv line 4: ignored birth_date 'not-a-date' (not YYYY, YYYY-MM or YYYY-MM-DD); "
                        + "screened on the other fields")
                .contains("queries.csv line 5: field name is empty; row skipped")
                .contains("kordon: screened 4 (1 with fields ignored), matched ").contains("rejected 1 row(s)");
    }

    @Test
    void screen_batchWithoutNameColumn_failsWithBadInput() throws Exception {
        Path in = tmp.resolve("noname.csv");
        Files.writeString(in, "id,full_name\n1,Vladimir Putin\n");
        KordonRun r = kordon("screen", "--list", sample.toString(), "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("noname.csv line 1: missing required column 'name'");
    }

    @Test
    void screen_batchWithAnUnclosedQuote_failsWithBadInputNamingTheLineWhereTheRecordStarts() throws Exception {
        // CsvTable throws InputFormatException; Main maps every module's InputFormatException to exit 3 in one place
        Path in = tmp.resolve("unclosed.csv");
        Files.writeString(in, "id,name\nq1,a\nq2,\"Vladimir Putin\nq3,b\n");
        KordonRun r = kordon("screen", "--list", sample.toString(), "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("kordon: unclosed.csv line 3: a quoted field is never closed (the file ends inside it)");
    }

    @Test
    void screen_batchNotUtf8_failsWithBadInputNamingTheLine() throws Exception {
        Path in = tmp.resolve("latin1.csv");
        Files.write(in, "id,name\nq1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        KordonRun r = kordon("screen", "--list", sample.toString(), "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: latin1.csv line 2: not valid UTF-8 (save the file as UTF-8)");
    }

    @Test
    void screen_batchInputMissing_isAnIoErrorNamingTheFile() {
        Path in = tmp.resolve("none.csv");
        KordonRun r = kordon("screen", "--list", sample.toString(), "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("kordon: cannot read " + in + ": no such file");
    }

    @Test
    void screen_badThreshold_isUsageError() {
        KordonRun r = kordon("screen", "--list", sample.toString(), "--name", "X", "--threshold", "1.5");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--threshold must be between 0 and 1");
    }

    @Test
    void listsStats_countsEntitiesBySchemaAndProgramme() {
        KordonRun r = kordon("lists", "stats", sample.resolve("ofac").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Entities:").contains("Person").contains("RUSSIA-EO14024");
    }

    @Test
    void listsResolve_printsListingsEntitiesAndLinksByReason() {
        KordonRun r = kordon("lists", "resolve", sample.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("listings: [0-9]+\n").containsPattern("entities: [0-9]+ \\([0-9]+ of two or more listings\\)")
                .contains("links followed, by reason:").contains("possibly the same (not merged): ")
                .contains("links refused for a conflict: ");
    }

    @Test
    void listsShow_knownId_printsAllFields() {
        KordonRun r = kordon("lists", "show", "ofac-sdn:35096", "--list", sample.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("PUTIN, Vladimir Vladimirovich").contains("Birth date").contains("1952-10-07");
    }

    @Test
    void listsShow_unknownId_exitsNotFound() {
        KordonRun r = kordon("lists", "show", "ofac-sdn:0", "--list", sample.toString());
        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err()).contains("no entity with id 'ofac-sdn:0'");
    }

    @Test
    void listsDiff_reportsAddedAndRemovedAsJson() throws Exception {
        Path oldDir = Files.createDirectories(tmp.resolve("old"));
        Path newDir = Files.createDirectories(tmp.resolve("new"));
        List<String> rows = Files.readAllLines(sample.resolve("ofac/sdn.csv"), StandardCharsets.ISO_8859_1);
        // rows ends with OFAC's end marker 0x1A, which each version keeps
        Files.writeString(oldDir.resolve("sdn.csv"), String.join("\r\n", rows.subList(0, rows.size() - 2)) + "\r\n\u001a",
                StandardCharsets.ISO_8859_1);
        Files.writeString(newDir.resolve("sdn.csv"), String.join("\r\n", rows.subList(1, rows.size())), StandardCharsets.ISO_8859_1);
        KordonRun r = kordon("lists", "diff", oldDir.resolve("sdn.csv").toString(), newDir.resolve("sdn.csv").toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"added\" : 1").contains("\"removed\" : 1");
    }

    @Test
    void listsDiff_severalLists_saysWhichEntitiesANewListNames() throws Exception {
        Path oldDir = Files.createDirectories(tmp.resolve("old-all"));
        for (String f : List.of("ofac/sdn.csv", "ofac/alt.csv", "ofac/add.csv", "un/UN_consolidated.xml")) {
            Files.createDirectories(oldDir.resolve(f).getParent());
            Files.copy(sample.resolve(f), oldDir.resolve(f));
        }

        KordonRun r = kordon("lists", "diff", oldDir.toString(), sample.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Entities (listings of one party across lists")
                .containsPattern("ke:\\S+  .*PUTIN.*: newly listed by eu-32014R0269 \\(eu:[^)]+\\); already listed by ofac-sdn");
        assertThat(r.err()).contains("both versions resolved into entities");
    }

    @Test
    void malformedList_failsWithFileAndLine() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad")).resolve("sdn.csv");
        Files.writeString(bad, "35096,\"PUTIN, Vladimir\",\"individual\"\r\nnot-a-number,\"X\"\r\n\u001a", StandardCharsets.ISO_8859_1);
        KordonRun r = kordon("lists", "stats", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("sdn.csv").contains("line");
    }

    @Test
    void noListsAnywhere_usesBundledSampleAndSaysSo() throws Exception {
        String old = System.getProperty("kordon.home");
        System.setProperty("kordon.home", Files.createDirectories(tmp.resolve("home/kordon")).toString());
        try {
            KordonRun r = kordon("screen", "--data-dir", tmp.resolve("empty").toString(), "--name", "Sergei Lavrov");
            assertThat(r.code()).isZero();
            assertThat(r.err()).contains("bundled sample");
            assertThat(r.out()).contains("ofac-sdn:35233");
        } finally {
            if (old == null) {
                System.clearProperty("kordon.home");
            } else {
                System.setProperty("kordon.home", old);
            }
        }
    }

    @Test
    void listsUpdate_fromMirror_thenScreensFromDataDirectory() throws Exception {
        byte[] un = Files.readAllBytes(sample.resolve("un/UN_consolidated.xml"));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            boolean found = ex.getRequestURI().getPath().equals("/UN_consolidated.xml");
            ex.sendResponseHeaders(found ? 200 : 404, found ? un.length : -1);
            if (found) {
                ex.getResponseBody().write(un);
            }
            ex.close();
        });
        server.start();
        try {
            Path data = tmp.resolve("data-update");
            KordonRun up = KordonRun.withCache(null, "lists", "update", "--source", "un", "--data-dir", data.toString(),
                    "--mirror", "http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(up.code()).as(up.err()).isZero();
            assertThat(up.err()).contains("1 of 1 source(s) updated").contains("resolved into");
            KordonRun screen = KordonRun.withCache(null, "screen", "--data-dir", data.toString(), "--name", "Abdul Rahman");
            assertThat(screen.code()).as(screen.err()).isZero();
            assertThat(screen.err()).as("the update resolved the lists in advance, in the data directory")
                    .contains("read from the cache in " + data.resolve(".cache"));
            KordonRun stats = kordon("lists", "stats", "--data-dir", data.toString());
            assertThat(stats.err()).contains("lists from the data directory");
            assertThat(stats.out()).contains("Entities: 26");

            KordonRun missing = kordon("lists", "update", "--source", "ofac-sdn", "--data-dir", data.toString(),
                    "--mirror", "http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(missing.code()).isEqualTo(ExitCode.IO_ERROR);
            assertThat(missing.err()).contains("ofac-sdn: download failed, kept the previous version").contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    /**
     * One run (the clean-name set makes each run take some seconds): tables on stdout, three charts, Markdown, and the
     * clean names that alert as CSV.
     */
    @Test
    void eval_onSample_printsTables_writesChartsBesideTheChartAndAlertTablesInMarkdown() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("eval-charts"));
        KordonRun r = kordon("eval", "--list", sample.toString(), "--chart", dir.resolve("eval.png").toString(),
                "--markdown", dir.resolve("eval.md").toString(), "--clean-alerts", dir.resolve("alerts.csv").toString(),
                "--errors", dir.resolve("errors.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("kordon at threshold").contains("precision").contains("F1").contains("cross-script")
                .contains("top-1").contains("Alerts per 100,000 clean names screened").contains("kordon scores: Brier");
        for (String png : List.of("eval.png", "eval-recall.png", "eval-operating.png", "eval-reliability.png")) {
            assertThat(javax.imageio.ImageIO.read(dir.resolve(png).toFile())).as(png).isNotNull();
        }
        assertThat(Files.readString(dir.resolve("eval.md"))).contains("## Alerts per 100,000 clean names")
                .contains("| clean-person |").contains("| clean-company |").contains("| ofac: all clean, with birth date and country |")
                .contains("top-1").contains("Alert budget: 30").contains("## Reliability of the scores")
                .contains("| score band | pairs | mean score | share true |");
        assertThat(r.err()).contains("kordon: eval clean names:").contains("charts written to");
        // every alerting clean name, one row each, at the default threshold; as many as the alert table counts
        List<String> csv = Files.readAllLines(dir.resolve("alerts.csv"));
        assertThat(csv.get(0)).isEqualTo("set,locale,query,birth_date,country,entity_id,entity_name,matched_name,score,explanation");
        for (String row : csv.subList(1, csv.size())) {
            assertThat(row).startsWith("clean-");
        }
        assertThat(r.err()).contains("kordon: " + String.format(java.util.Locale.ROOT, "%,d", csv.size() - 1)
                + " clean-name alerts written to");
        // every labelled case wrong at the default threshold, as many as the table's misses and false alerts
        List<String> errors = Files.readAllLines(dir.resolve("errors.csv"));
        assertThat(errors.get(0)).isEqualTo("category,tags,kind,query,birth_date,country,expected,expected_score,"
                + "expected_name,top_id,top_name,top_score,top_explanation");
        for (String row : errors.subList(1, errors.size())) {
            assertThat(row).containsAnyOf(",miss,", ",false-alert,");
        }
        assertThat(r.err()).contains("kordon: " + String.format(java.util.Locale.ROOT, "%,d", errors.size() - 1)
                + " misses and false alerts written to");
    }

    @Test
    void eval_cleanAlertsInMissingDirectory_failsBeforeEvaluating_exit4() {
        KordonRun r = kordon("eval", "--list", sample.toString(), "--clean-alerts", tmp.resolve("no/such/dir/alerts.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("no such directory").doesNotContain("kordon: eval clean names:");
    }

    @Test
    void eval_chartSiblings_takeTheSuffixBeforeTheExtension() {
        assertThat(EvalCommand.sibling(Path.of("docs", "images", "eval.png"), "-recall"))
                .isEqualTo(Path.of("docs", "images", "eval-recall.png"));
        assertThat(EvalCommand.sibling(Path.of("chart"), "-operating")).isEqualTo(Path.of("chart-operating"));
        assertThat(EvalCommand.sibling(null, "-recall")).isNull();
    }
}
