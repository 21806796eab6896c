package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kordon screen --input}: a subject is screened on its valid fields and never dropped for a bad one; a broken
 * file stops the run before anything is written; results.csv is written whole or not at all (issue 17).
 */
class ScreenBatchTest {
    static final String HEADER = "id,name,schema,birth_date,country,identifier\n";
    static Path sample;
    @TempDir Path tmp;

    @BeforeAll
    static void unpackSample() {
        sample = ListOptions.BundledSample.extract();
    }

    private KordonRun screen(String queries, Path out) throws Exception {
        Path in = Files.writeString(tmp.resolve("queries.csv"), queries, StandardCharsets.UTF_8);
        return KordonRun.of("screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(), "--top", "1");
    }

    private List<String> rows(Path out, String id) throws Exception {
        return Files.readAllLines(out).stream().filter(l -> l.startsWith(id + ",")).toList();
    }

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void malformedBirthDate_subjectIsScreenedOnItsName_andTheResultSaysWhatWasIgnored() throws Exception {
        Path out = tmp.resolve("results.csv");
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,Person,1948-13-16,ru,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(rows(out, "q1")).singleElement().satisfies(l -> assertThat(l).startsWith("q1,1,ofac-sdn:35096,")
                .endsWith("; ignored birth_date '1948-13-16' (month 13)\",eu:32014R0269-I.PERSONS-669"));
        assertThat(r.err()).contains("kordon: warning: queries.csv line 2: ignored birth_date '1948-13-16' (month 13); "
                + "screened on the other fields").contains("screened 1 (1 with fields ignored), matched 1, rejected 0 row(s)");
    }

    @Test
    void unpaddedBirthDate_isReadAsTheOnlyDateItCanBe() throws Exception {
        Path out = tmp.resolve("results.csv");
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,Person,1952-10-7,,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(rows(out, "q1")).singleElement().satisfies(l -> assertThat(l).contains("1952-10-07").doesNotContain("ignored"));
        assertThat(r.err()).doesNotContain("kordon: warning: queries.csv").contains("(0 with fields ignored)");
    }

    @Test
    void impossibleDayUnknownCountryAndSchema_areEachIgnoredAndNamed() throws Exception {
        Path out = tmp.resolve("results.csv");
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,Persn,1952-02-30,zz,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(rows(out, "q1")).singleElement().satisfies(l -> assertThat(l).startsWith("q1,1,ofac-sdn:35096,")
                .contains("ignored schema 'Persn' (not Person, Organization, Company, LegalEntity, Vessel or Aircraft)")
                .contains("ignored birth_date '1952-02-30' (no day 30 in 1952-02)")
                .contains("ignored country 'zz' (not an ISO 3166-1 alpha-2 code such as ru or kz)"));
    }

    @Test
    void subjectWithNoMatchAndAnIgnoredField_countsAsScreenedWithFieldsIgnored() throws Exception {
        Path out = tmp.resolve("results.csv");
        KordonRun r = screen(HEADER + "q1,Zebulon Quaxworth,Person,20.08.1962,,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(ScreenCommand.SCREEN_HEADER.stream().reduce((a, b) -> a + "," + b).orElseThrow());
        assertThat(r.err()).contains("line 2: ignored birth_date '20.08.1962' (not YYYY, YYYY-MM or YYYY-MM-DD)")
                .contains("screened 1 (1 with fields ignored), matched 0, rejected 0 row(s)");
    }

    @Test
    void onlyRowsWithoutAUsableNameAreSkipped_eachWithItsPhysicalLine() throws Exception {
        Path out = tmp.resolve("results.csv");
        // q1's quoted name spans two lines, so the rows after it start one line later than their record number says
        KordonRun r = screen(HEADER + "q1,\"Vladimir\nPutin\",,,,\n" + "q2,,,,,\n" + "\n" + "q3,---,,,,\n" + "q4,Putin, Vladimir,Person,1952,ru,P123\n"
                + ",Vladimir Putin,,,,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: queries.csv line 4: field name is empty; row skipped")
                .contains("kordon: queries.csv line 6: field name: '---' has no letter or digit to screen; row skipped")
                .contains("kordon: queries.csv line 7: has 7 fields but the header has 6 (a value holding a comma must be quoted); row skipped")
                .contains("kordon: warning: queries.csv line 8: field id is empty; its results have query_id 'line:8'")
                .contains("screened 2 (0 with fields ignored), matched 2, rejected 3 row(s)");
        assertThat(rows(out, "q1")).singleElement().satisfies(l -> assertThat(l).startsWith("q1,1,ofac-sdn:35096,"));
        assertThat(rows(out, "line:8")).singleElement().satisfies(l -> assertThat(l).startsWith("line:8,1,ofac-sdn:35096,"));
    }

    @Test
    void brokenQuoteAtLine5000_stopsBeforeScreening_namesTheLine_andLeavesEarlierResultsByteIdentical() throws Exception {
        Path out = Files.writeString(tmp.resolve("results.csv"), "query_id,rank,entity_id,score,matched_name,schema,explanation\n"
                + "old,1,ofac-sdn:35096,1.0000,PUTIN,Person,earlier run\n");
        byte[] before = Files.readAllBytes(out);
        StringBuilder q = new StringBuilder(HEADER);
        for (int i = 2; i < 5000; i++) {
            q.append('q').append(i).append(",Subject ").append(i).append(",,,,\n");
        }
        q.append("q5000,\"Vladimir Putin,Person,1952,ru,\n");
        for (int i = 5001; i < 5100; i++) {
            q.append('q').append(i).append(",Subject ").append(i).append(",,,,\n");
        }
        KordonRun r = screen(q.toString(), out);
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("kordon: queries.csv line 5000: a quoted field is never closed (the file ends inside it)")
                .doesNotContain("loaded").doesNotContain("screened");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(filesIn(tmp)).as("no temporary file left").isEqualTo(2);
    }

    @Test
    void outputInAMissingDirectory_failsWithIoErrorBeforeLoadingTheLists() throws Exception {
        Path out = tmp.resolve("no-such-dir/results.csv");
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,,,,\n", out);
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("cannot write " + out + ": no such directory").doesNotContain("loaded");
    }

    @Test
    void successfulRun_replacesAnEarlierOutputWhole_andLeavesNoTemporaryFile() throws Exception {
        Path out = Files.writeString(tmp.resolve("results.csv"), "stale\n".repeat(1000));
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,Person,1952,ru,\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).noneMatch(l -> l.equals("stale"));
        assertThat(filesIn(tmp)).isEqualTo(2);
    }

    @Test
    void singleName_kazakhBinWithWrongCheckDigit_ignoredWithWarningAndNameScreened() {
        KordonRun bad = KordonRun.of("screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--identifier", "BIN 971240001314");
        assertThat(bad.code()).as(bad.err()).isZero();
        assertThat(bad.err()).contains("kordon: warning: --identifier 'BIN 971240001314' ignored (BIN 971240001314: check digit 4, expected 5);"
                + " the name is screened without it");
        assertThat(bad.out()).contains("PUTIN");
    }

    @Test
    void batch_kazakhIinWithWrongCheckDigit_ignoredInExplanationAndWarning() throws Exception {
        KordonRun r = screen(HEADER + "q1,Vladimir Putin,Person,1952,ru,IIN 910402300123\n", tmp.resolve("results.csv"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("results.csv"))).contains("; ignored identifier 'IIN 910402300123' (IIN 910402300123: check digit 3, expected 4)");
        assertThat(r.err()).contains("queries.csv line 2: ignored identifier 'IIN 910402300123' (IIN 910402300123: check digit 3, expected 4)");
    }

    @Test
    void singleName_unpaddedBirthDateAccepted_impossibleOneIgnoredWithWarningAndNameScreened() {
        KordonRun ok = KordonRun.of("screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--birth-date", "1952-10-7");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("1952-10-07");
        KordonRun bad = KordonRun.of("screen", "--list", sample.toString(), "--name", "Vladimir Putin", "--birth-date", "1948-13-16",
                "--country", "Russia");
        assertThat(bad.code()).as(bad.err()).isZero();
        assertThat(bad.err()).contains("--birth-date '1948-13-16' ignored (month 13)").contains("--country 'Russia' ignored");
        assertThat(bad.out()).contains("PUTIN");
    }

    @Test
    void misspeltColumn_isNamedOnceAsNotRead() throws Exception {
        Path out = tmp.resolve("results.csv");
        KordonRun r = screen("id,name,birthdate,nationality\nq1,Vladimir Putin,1952,ru\nq2,Ivan Petrov,1960,ru\n", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).containsOnlyOnce("kordon: warning: queries.csv line 1: columns 'birthdate', 'nationality' are not read "
                + "(read: id, name, schema, birth_date, country, identifier)");
    }
}
